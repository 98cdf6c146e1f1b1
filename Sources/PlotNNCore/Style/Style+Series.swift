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
  /// foreground (darker on white, lighter on the dark theme): where f and f′ coincide (ReLU
  /// and ReLU′ for x < 0) the dashes of f′ drawn over f show as a deeper run on the line,
  /// where one hue would hide one curve. Toward the foreground, not the background, so f′,
  /// the subject of a derivative figure, keeps more contrast than f (a 45 % tint toward
  /// white left it at 1.6–2.3:1 on the page).
  public func seriesLine(index: Int, derivative: Bool) -> SeriesLine {
    let n = max(palette.count, 1)
    let round = (index >= 0 ? index : -index - 1) / n
    let patterns = derivative ? derivativeDashes : functionDashes
    let dash = patterns.isEmpty ? [] : patterns[round % patterns.count]
    let base = color(index)
    return SeriesLine(color: derivative ? base.mixed(with: foreground, by: derivativeTint) : base, dash: dash)
  }

  /// The dash of a curve drawn on top of an earlier one it coincides with
  /// (``LineChartLayout/coincidentCurves(halfWidth:)``): gaps as long as the dashes so the
  /// curve underneath shows every other stretch, and a pattern no series uses, so the two
  /// read as two curves on one line. (A narrower overlay, tried first, blends with the curve
  /// under it into a third colour at 1×.)
  public func overlayDash(derivative: Bool) -> [Double] { derivative ? [3, 8] : [9, 9] }

  /// The dash a series drawn over an earlier curve takes, its own pattern being `own`
  /// (``seriesLine(index:derivative:)``): ``overlayDash(derivative:)``, except in a style
  /// of one colour.
  ///
  /// Decision: with one palette colour (`print`) the dash pattern is all that tells curves
  /// apart, so it is kept even over another curve: a patterned curve shows the one under
  /// it through its gaps anyway. Replacing it made every activation after the first, all
  /// of which run along y = 0 for x < 0, the same [9, 9] dash in greyscale.
  public func dash(over own: [Double], derivative: Bool) -> [Double] {
    palette.count <= 1 ? own : overlayDash(derivative: derivative)
  }

  /// A jump dot's radius and outline width (the open and filled circles at a curve's
  /// jumps): 3.6 and 1.6 points beside the book's 2.2 point curves, in proportion to
  /// ``curveWidth``, the radius at least 2.5 points so an open dot still shows its hole.
  public var jumpDot: (radius: Double, outline: Double) {
    let radius = max(2.5, 3.6 * curveWidth / 2.2)
    return (radius, 1.6 * radius / 3.6)
  }

  /// The axis arrowhead's length and half width: 9 and 3.5 points beside the book's
  /// 1.1 point axis lines, in proportion to ``axisWidth``, at least 4 points long.
  public var arrowhead: (length: Double, halfWidth: Double) {
    let length = max(4, 9 * axisWidth / 1.1)
    return (length, 3.5 * length / 9)
  }

  /// How far a derivative's colour moves toward the foreground (``seriesLine(index:derivative:)``).
  public var derivativeTint: Double { 0.35 }
}
