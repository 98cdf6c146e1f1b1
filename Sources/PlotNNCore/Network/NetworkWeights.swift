/// Edge weights of a network: the reproducible random ones of `weights-seed`, and how a
/// weight is drawn (width and a diverging colour, symmetric about 0).
public enum NetworkWeights {
  /// SplitMix64's increment (``SplitMix64Stream``): the k-th number of a stream seeded with
  /// s is the mix of s + (k + 1)·γ, so any one weight is found without drawing the others.
  static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// The random weight from unit `from` of layer `layer − 1` to unit `to` of `layer`, for
  /// figure seed `seed`, uniform in [−1, 1).
  ///
  /// The rule, so any implementation reproduces it: the layer pair into layer i (1-based
  /// from the second layer: i = 1 for the first pair) uses the SplitMix64 stream seeded with
  /// `seed + i − 1` (wrapping, the seeds dropout's CLI gives hidden layers); the weight of
  /// (s, t) is its number k = t·columns + s (row-major W, `columns` the units before plus
  /// one for a bias), x = (number >> 11)·2⁻⁵³ in [0, 1), weight 2x − 1. Row-major by index,
  /// not by drawing order, so an elided 784-unit layer gives its drawn edges the weights
  /// the full matrix has.
  public static func random(seed: UInt64, layer: Int, from: Int, to: Int, columns: Int) -> Double {
    let k = UInt64(to) &* UInt64(columns) &+ UInt64(from)
    var stream = SplitMix64Stream(seed: (seed &+ UInt64(layer - 1)) &+ k &* gamma)
    let x = Double(stream.next() >> 11) * 0x1p-53
    return 2 * x - 1
  }

  /// Thinnest and thickest edge: a weight's stroke width is
  /// `thinnest + (thickest − thinnest)·|w|/m`, m the largest |w| drawn (linear in |w|, so
  /// twice the weight reads as twice the extra ink).
  public static let thinnest = 0.5
  public static let thickest = 3.2

  public static func width(_ w: Double, maximum m: Double) -> Double {
    guard m > 0 else { return thinnest }
    return thinnest + (thickest - thinnest) * min(1, abs(w) / m)
  }

  /// The diverging ramp at t ∈ [0, 1] (0: −m, ½: 0, 1: +m): ColorBrewer RdBu's ends
  /// (#2166AC blue below 0, #B2182B red above) through a middle that is white on a light
  /// background and the background lifted 12 % toward the foreground on a dark one, so a
  /// weight near 0 fades into the page in either theme instead of glowing white on black;
  /// on a dark background the ends are RdBu's lighter #4393C3 and #D6604D. Linear in sRGB
  /// on each half, symmetric about ½.
  public static func color(at t: Double, style: Style) -> Color {
    let dark = style.theme == .dark
    let low = Color(hex: dark ? 0x4393C3 : 0x2166AC)
    let high = Color(hex: dark ? 0xD6604D : 0xB2182B)
    let middle = dark ? style.background.mixed(with: style.foreground, by: 0.12) : Color(hex: 0xF7F7F7)
    let u = min(1, max(0, t))
    return u < 0.5 ? low.mixed(with: middle, by: u / 0.5) : middle.mixed(with: high, by: (u - 0.5) / 0.5)
  }

  /// A weight's colour: the ramp at ½ + w/(2m).
  public static func color(_ w: Double, maximum m: Double, style: Style) -> Color {
    color(at: m > 0 ? 0.5 + 0.5 * max(-1, min(1, w / m)) : 0.5, style: style)
  }
}
