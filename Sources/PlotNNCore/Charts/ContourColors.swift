import Foundation

/// The colours of a contour panel, derived from its style: contour levels along the part
/// of viridis that stays visible on the background, and a path colour that stands apart
/// from all of them.
struct ContourColors {
  let style: Style

  /// The least contrast a contour or the path keeps with the background: 3:1, WCAG 2.1's
  /// minimum for graphical objects (success criterion 1.4.11, non-text contrast).
  static let minimumContrast = 3.0

  /// The colour of level k of n: evenly over ``ramp``, low loss at the dark end.
  func level(_ k: Int, of n: Int) -> Color { Viridis.color(at: position(k, of: n)) }

  /// Where on viridis level k of n sits: lo + (hi − lo)·k/(n − 1) over ``ramp``.
  func position(_ k: Int, of n: Int) -> Double {
    let range = ramp
    return n > 1
      ? range.lowerBound + (range.upperBound - range.lowerBound) * Double(k) / Double(n - 1) : range.lowerBound
  }

  /// The part of viridis whose every colour keeps ``minimumContrast`` with the background,
  /// in steps of 1/255 (the table's): from the dark end up on a light background, [0, 0.6]
  /// on white (viridis' green-yellow half is too pale there: the old [0, 0.85] ended at a
  /// contrast of 1.7:1 and the outer rings faded out), and from the bright end down on a
  /// dark one, [0.34, 1] on the dark theme's #16181D. Viridis' luminance rises
  /// monotonically, so one end suffices. The whole ramp if its end does not reach the contrast.
  var ramp: ClosedRange<Double> {
    let bg = Self.relativeLuminance(style.background)
    let light = bg > 0.5
    let steps = Viridis.count - 1
    let at = { (k: Int) in Double(light ? k : steps - k) / Double(steps) }
    guard Self.contrast(Viridis.color(at: at(0)), bg) >= Self.minimumContrast else { return 0...1 }
    var k = 0
    while k < steps, Self.contrast(Viridis.color(at: at(k + 1)), bg) >= Self.minimumContrast { k += 1 }
    return light ? 0...at(k) : at(k)...1
  }

  /// The path's colour: of the palette colours with ``minimumContrast`` against the
  /// background, the one farthest (CIE76 ΔE in L*a*b*) from the nearest contour colour of
  /// the ramp, sampled at 32 points; the first palette colour on a tie or when none has
  /// the contrast. That is the vermillion #D55E00 in both themes: on white the blues and
  /// greens of the palette lie on viridis itself, and on the dark theme its orange #E69F00
  /// (the series colour 1 there) would melt into the yellow outer rings.
  var path: Color {
    let bg = Self.relativeLuminance(style.background)
    let range = ramp
    let ramp = (0...31).map {
      Self.lab(Viridis.color(at: range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / 31))
    }
    var best: (distance: Double, color: Color)?
    for color in style.palette where Self.contrast(color, bg) >= Self.minimumContrast {
      let c = Self.lab(color)
      let nearest = ramp.map { Self.distance(c, $0) }.min() ?? 0
      if nearest > best?.distance ?? -1 { best = (nearest, color) }
    }
    return best?.color ?? style.color(0)
  }

  /// WCAG 2.1 contrast ratio (L₁ + 0.05)/(L₂ + 0.05) of `color` against a background of
  /// relative luminance `background`, the lighter over the darker.
  static func contrast(_ color: Color, _ background: Double) -> Double {
    let l = relativeLuminance(color)
    return (max(l, background) + 0.05) / (min(l, background) + 0.05)
  }

  /// The linear-light value of an sRGB component (IEC 61966-2-1): c/12.92 up to 0.04045,
  /// else ((c + 0.055)/1.055)^2.4.
  static func linear(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }

  /// WCAG 2.1 relative luminance: 0.2126·R + 0.7152·G + 0.0722·B of the linear components.
  static func relativeLuminance(_ c: Color) -> Double {
    0.2126 * linear(c.red) + 0.7152 * linear(c.green) + 0.0722 * linear(c.blue)
  }

  /// CIE L*a*b* of an sRGB colour (D65 white, the sRGB matrix to XYZ).
  static func lab(_ c: Color) -> (l: Double, a: Double, b: Double) {
    let (r, g, b) = (linear(c.red), linear(c.green), linear(c.blue))
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
  }

  static func distance(_ p: (l: Double, a: Double, b: Double), _ q: (l: Double, a: Double, b: Double)) -> Double {
    ((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b)).squareRoot()
  }
}
