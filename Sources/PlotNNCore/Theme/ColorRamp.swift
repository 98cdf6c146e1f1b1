/// A continuous colour map: colours at evenly spaced stops, linearly interpolated in sRGB.
public struct ColorRamp: Sendable, Hashable {
  /// The colours at t = 0, 1/(n−1), …, 1.
  public var stops: [Color]

  public init(stops: [Color]) {
    self.stops = stops
  }

  /// The colour at `t`, clamped to [0, 1] (NaN gives the first stop).
  public func color(at t: Double) -> Color {
    guard let first = stops.first else { return .black }
    guard stops.count > 1, t > 0 else { return first }
    let u = min(t, 1) * Double(stops.count - 1)
    let k = min(Int(u), stops.count - 2)
    let f = u - Double(k)
    let a = stops[k]
    let b = stops[k + 1]
    return Color(
      red: a.red + f * (b.red - a.red), green: a.green + f * (b.green - a.green),
      blue: a.blue + f * (b.blue - a.blue), alpha: a.alpha + f * (b.alpha - a.alpha))
  }

  /// Viridis, matplotlib's default colour map (van der Walt & Smith, 2015): perceptually
  /// uniform, readable in grey and by colour-blind readers. 17 stops sampled from
  /// matplotlib 3.11's `viridis` at t = k/16; piecewise-linear between them, every channel
  /// is within 6/255 of matplotlib's full 256-entry table.
  public static let viridis = ColorRamp(
    stops: [
      0x440154, 0x48186A, 0x472D7B, 0x424086, 0x3B528B, 0x33638D, 0x2C728E, 0x26828E, 0x21918C,
      0x1FA088, 0x28AE80, 0x3FBC73, 0x5EC962, 0x84D44B, 0xADDC30, 0xD8E219, 0xFDE725,
    ].map { Color(hex: $0) })
}
