extension LineChart {
  /// The rows of a data series (a CSV file's columns): drawn as given, never resampled.
  ///
  /// Decision: a data series is not a function to sample. Its line is the polyline through
  /// the rows in file order, each row a vertex at its exact device point (so a loss curve
  /// that goes back in x, or a scatter, is drawn as written), and its markers sit on the
  /// rows themselves, not every so many points of arc length as a function's
  /// (``CurveMarker``). The ``LineChart/Series/function`` beside it interpolates linearly
  /// between the rows sorted by x (NaN outside them), for what reads a curve as a function
  /// (regions between curves); the y range reads the rows (``extent(over:)``).
  public struct DataPoints: Sendable {
    public var x: [Double]
    public var y: [Double]
    /// Whether the rows are joined by a line, and marked.
    public var line: Bool
    public var points: Bool

    public init(x: [Double], y: [Double], line: Bool = true, points: Bool = false) {
      let n = Swift.min(x.count, y.count)
      self.x = Array(x.prefix(n))
      self.y = Array(y.prefix(n))
      self.line = line
      self.points = points
    }

    /// The y extent of the rows whose x lies in `range` (nil when none does).
    public func extent(over range: ClosedRange<Double>) -> ClosedRange<Double>? {
      var (lo, hi) = (Double.infinity, -Double.infinity)
      for (x, y) in zip(x, y) where range.contains(x) && y.isFinite {
        lo = Swift.min(lo, y)
        hi = Swift.max(hi, y)
      }
      return lo <= hi ? lo...hi : nil
    }

    /// The x extent of the rows (nil for none).
    public var xExtent: ClosedRange<Double>? {
      let finite = x.filter(\.isFinite)
      guard let lo = finite.min(), let hi = finite.max() else { return nil }
      return lo...hi
    }

    /// The rows in device points (those with finite coordinates: a row a log axis cannot
    /// show is NaN, ``LineChart/applyAxisScales(x:y:)``).
    func devicePoints(xScale: LinearScale, yScale: LinearScale) -> [Point] {
      zip(x, y).filter { $0.isFinite && $1.isFinite }.map { Point(xScale($0), yScale($1)) }
    }

    /// The curve drawn: a polyline through the rows (none for points only, or one row),
    /// broken where a row is not finite.
    func curve(xScale: LinearScale, yScale: LinearScale) -> SampledCurve {
      guard line else { return SampledCurve() }
      var pieces: [[Point]] = [[]]
      for (x, y) in zip(x, y) {
        if x.isFinite && y.isFinite {
          pieces[pieces.count - 1].append(Point(xScale(x), yScale(y)))
        } else if !(pieces.last?.isEmpty ?? true) {
          pieces.append([])
        }
      }
      let drawn = pieces.filter { $0.count >= 2 }
      return drawn.isEmpty ? SampledCurve() : SampledCurve(pieces: drawn)
    }

    /// Linear interpolation between the finite rows sorted by x; NaN outside them.
    public var function: PlotFunction {
      let rows = zip(x, y).filter { $0.isFinite && $1.isFinite }.sorted { $0.0 < $1.0 }
      let xs = rows.map(\.0)
      let ys = rows.map(\.1)
      return PlotFunction { t in
        guard let first = xs.first, let last = xs.last, first <= t, t <= last else { return .nan }
        // The first row with x ≥ t (binary search).
        var (lo, hi) = (0, xs.count - 1)
        while lo < hi {
          let mid = (lo + hi) / 2
          if xs[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, xs[lo] != t else { return ys[lo] }
        let (x0, x1) = (xs[lo - 1], xs[lo])
        return ys[lo - 1] + (ys[lo] - ys[lo - 1]) * (t - x0) / (x1 - x0)
      }
    }
  }

  /// A series' finite y extent over the x range: its rows' for a data series, else its
  /// function's sampled (``extent(of:over:work:)``).
  func extent(of series: Series) -> ClosedRange<Double>? {
    if let data = series.data { return data.extent(over: xRange) }
    return Self.extent(of: series.function, over: xRange, work: curveWork)
  }
}

extension LineChart.Series {
  /// A series drawn from data rows (``LineChart/DataPoints``), its look `look`; markers
  /// default to circles when the rows are marked.
  public static func data(
    label: RichText, points: LineChart.DataPoints, colorIndex: Int, look: CurveLook = CurveLook()
  ) -> Self {
    var look = look
    if points.points && look.marker == nil { look.marker = .circle }
    var series = Self(label: label, function: points.function, colorIndex: colorIndex, look: look)
    series.data = points
    return series
  }
}
