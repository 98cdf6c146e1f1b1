extension LineChartLayout {
  /// The outline pieces of a region between curves (``DataAnnotation/Shape/betweenCurves(_:_:)``,
  /// ``DataAnnotation/Shape/betweenCurveAndLine(_:y:)``) in device points, and each
  /// sample's x with the two device ys, for placing its label; empty for other shapes.
  ///
  /// Decision: the region is sampled afresh at two x a point of plot width (at most
  /// ``DataAnnotation/maximumRegionSamples``), not taken from the stroked curves, whose
  /// vertices do not share x; it breaks where either side is not finite (a pole, a gap),
  /// and each side is clamped to a band just outside the plot, so a curve off to infinity
  /// fills to the plot's edge (the fill is clipped to the plot). Where the two sides cross,
  /// both lobes are filled, as matplotlib's `fill_between` without `where`.
  func region(of shape: DataAnnotation.Shape, chart: LineChart) -> (
    pieces: [[Point]], samples: [(Double, Double, Double)]
  ) {
    let first: Int
    let second: Int?
    let line: Double
    switch shape {
    case .betweenCurves(let a, let b): (first, second, line) = (a, b, 0)
    case .betweenCurveAndLine(let a, let y): (first, second, line) = (a, nil, y)
    default: return ([], [])
    }
    guard chart.series.indices.contains(first), second.map({ chart.series.indices.contains($0) }) ?? true else {
      return ([], [])
    }
    let scale = { (i: Int) in
      self.onRight.indices.contains(i) && self.onRight[i] ? (self.rightAxis?.scale ?? self.yScale) : self.yScale
    }
    let (lo, hi) = (plot.minY - 4, plot.maxY + 4)
    let clamp = { (y: Double) in Swift.min(Swift.max(y, lo), hi) }
    let f = chart.series[first].function
    let g = second.map { chart.series[$0].function }
    // A line reads on its curve's axis (the right one for a derivative drawn there).
    let (fy, gy) = (scale(first), second.map(scale) ?? scale(first))
    let n = Swift.min(DataAnnotation.maximumRegionSamples, Swift.max(2, Int(2 * plot.width)))
    let (x0, x1) = (chart.xRange.lowerBound, chart.xRange.upperBound)
    var pieces: [[Point]] = []
    var samples: [(Double, Double, Double)] = []
    var top: [Point] = []
    var bottom: [Point] = []
    func close() {
      if top.count >= 2 { pieces.append(top + bottom.reversed()) }
      (top, bottom) = ([], [])
    }
    for k in 0...n {
      let x = EvenSpacing.value(k, of: n, from: x0, to: x1)
      let a = f(x)
      let b = g.map { $0(x) } ?? line
      guard a.isFinite, b.isFinite else {
        close()
        continue
      }
      let px = xScale(x)
      let (ya, yb) = (clamp(fy(a)), clamp(gy(b)))
      top.append(Point(px, ya))
      bottom.append(Point(px, yb))
      samples.append((px, ya, yb))
    }
    close()
    return (pieces, samples)
  }
}
