/// The curves of one ``LineChart`` sampled during one draw, kept by what they were sampled
/// for, so that every layout pass with the same plot reuses them.
///
/// Decision: curves are sampled in device space, where the sampler's tolerance is defined,
/// so a sampling holds for one plot rectangle (its x scale, and its width, which sets the
/// band limit of ``SampledCurve/envelope(limit:column:)``), one y scale (the y range its
/// ticks gave the plot's height) and one tolerance and work. ``LineChart/arranged(on:size:tolerance:)``
/// lays a chart out up to three times and starts again when the heading or the legend gives
/// way, and each pass sampled every curve anew: eight dense sines at 5792×5792 were sampled
/// three times. They are sampled once for each distinct key now, and a pass that lands on a
/// plot already sampled (the legend left out, the plot unchanged) takes those curves. A
/// curve is a deterministic function of the key, so every figure is byte for byte what
/// sampling in every pass made.
///
/// Rejected: sampling once in data space at the largest plot and mapping the points into
/// each pass's plot. The curve drawn would no longer be the sampler's for the plot it is
/// drawn in: the tolerance holds only at the scale sampled, the vertices differ, and every
/// figure whose plot moves between passes (a legend strip, labels moved to the frame)
/// would change.
struct LineChartCurves {
  /// What a sampling depends on, besides the chart's series.
  struct Key: Hashable {
    var plot: Rect
    var xScale: LinearScale
    var yScale: LinearScale
    /// The right-hand axis's scale, for the series drawn on it (``LineChart/derivativeAxis``).
    var rightScale: LinearScale?
    var onRight: [Bool]
    var tolerance: Double
    var work: Int
    var widestCurve: Double
  }

  private var sampled: [Key: [SampledCurve]] = [:]
  /// How many times the series were sampled: once per distinct key (for tests).
  private(set) var samplings = 0

  init() {}

  /// `chart`'s curves for a plot `plot` with scales `xScale` and `yScale`, sampled within
  /// `tolerance` device units, then dense stretches turned into bands; sampled at the first
  /// request for a key, reused after. Every request of one instance is for the same series.
  /// Series flagged in `onRight` are sampled on `rightScale` (the right-hand axis).
  mutating func curves(
    of chart: LineChart, plot: Rect, xScale: LinearScale, yScale: LinearScale, rightScale: LinearScale? = nil,
    onRight: [Bool] = [], tolerance: Double
  ) -> [SampledCurve] {
    let widestLine = chart.widestCurve
    let key = Key(
      plot: plot, xScale: xScale, yScale: yScale, rightScale: rightScale, onRight: onRight, tolerance: tolerance,
      work: chart.curveWork, widestCurve: widestLine)
    if let known = sampled[key] { return known }
    let band = (plot.minY - 4 - widestLine)...(plot.maxY + 4 + widestLine)
    var sampler = AdaptiveSampler(xScale: xScale, yScale: yScale, yBand: band, tolerance: tolerance)
    sampler.maximumWork = chart.curveWork
    var rightSampler = sampler
    if let rightScale {
      rightSampler = AdaptiveSampler(xScale: xScale, yScale: rightScale, yBand: band, tolerance: tolerance)
      rightSampler.maximumWork = chart.curveWork
    }
    // More than 2 vertices a point of plot width (ordinary curves have a few hundred in all)
    // is drawn as its envelope on columns of half a point (``SampledCurve/envelope(limit:column:)``):
    // 64 curves sin(k·x) over ±1000 took 26 s as plain strokes, 2 s so.
    let limit = Int(clamping: 2 * plot.width, to: 1_000...1_000_000)
    let (xlo, xhi) = (chart.xRange.lowerBound, chart.xRange.upperBound)
    let curves = chart.series.indices.map { i in
      let right = i < onRight.count && onRight[i]
      if let data = chart.series[i].data {
        return data.curve(xScale: xScale, yScale: right ? rightScale ?? yScale : yScale)
      }
      return (right ? rightSampler : sampler).sample(chart.series[i].function, from: xlo, to: xhi)
        .envelope(limit: limit, column: 0.5)
    }
    sampled[key] = curves
    samplings += 1
    return curves
  }
}
