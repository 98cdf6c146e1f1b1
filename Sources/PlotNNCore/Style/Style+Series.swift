/// How one series of a chart is drawn: its colour and dash pattern.
public struct SeriesLine: Sendable, Hashable {
  public var color: Color
  /// Dash lengths in points (empty: solid).
  public var dash: [Double]

  public init(color: Color, dash: [Double]) {
    self.color = color
    self.dash = dash
  }

  /// ``dash`` for a line of `width` with butt caps that looks like the curve drawn with
  /// round caps (legend swatches): every dash a width longer, every gap a width shorter.
  public func buttDash(width: Double) -> [Double] {
    guard dash.count >= 2 else { return dash }
    return dash.enumerated().map { i, d in i % 2 == 0 ? d + width : max(d - width, 0.01) }
  }
}

extension Style {
  /// The look of the `index`-th series, a function's or (`derivative`) its derivative's:
  /// the palette's colour `index mod n`, and the dash pattern of round ⌊index / n⌋ of the
  /// palette (``functionDashes`` or ``derivativeDashes``, cycled), so the eighth curve of a
  /// seven-colour palette is the first colour dotted, not a repeat of the first curve. A
  /// derivative keeps its function's colour and takes the derivative pattern of the same
  /// round, which differs from every function pattern. Distinct looks: n × 3 functions, each
  /// with its derivative (21 with Okabe–Ito); beyond that the cycle repeats.
  ///
  /// A derivative's colour is its function's mixed ``derivativeTint`` of the way toward the
  /// background: where f and f′ coincide (ReLU and ReLU′ for x < 0) the dashes of f′ drawn
  /// over f still show as a lighter run on the darker line, where one hue would hide one curve.
  public func seriesLine(index: Int, derivative: Bool) -> SeriesLine {
    let n = max(palette.count, 1)
    let round = (index >= 0 ? index : -index - 1) / n
    let patterns = derivative ? derivativeDashes : functionDashes
    let dash = patterns.isEmpty ? [] : patterns[round % patterns.count]
    let base = color(index)
    return SeriesLine(color: derivative ? base.mixed(with: background, by: derivativeTint) : base, dash: dash)
  }

  /// How far a derivative's colour moves toward the background (``seriesLine(index:derivative:)``).
  public var derivativeTint: Double { 0.45 }
}
