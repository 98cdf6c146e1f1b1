/// An affine map from a data interval onto a device interval.
///
/// The y flip lives here (DESIGN.md): a y scale maps `domain.lowerBound` to the bottom
/// of the plot (larger device y) simply by being built with `range: bottom...top` reversed
/// through `flipped: true`.
public struct LinearScale: Sendable, Hashable {
  public var domain: ClosedRange<Double>
  /// Device coordinate of `domain.lowerBound`.
  public var start: Double
  /// Device coordinate of `domain.upperBound`.
  public var end: Double

  public init(domain: ClosedRange<Double>, start: Double, end: Double) {
    self.domain = domain
    self.start = start
    self.end = end
  }

  /// Device units per data unit (negative for a flipped y scale).
  public var slope: Double { (end - start) / (domain.upperBound - domain.lowerBound) }

  /// The device coordinate of data value `v`: start + (v − lo)·slope.
  public func callAsFunction(_ v: Double) -> Double {
    start + (v - domain.lowerBound) * slope
  }

  /// The data value at device coordinate `d` (inverse map).
  public func invert(_ d: Double) -> Double {
    domain.lowerBound + (d - start) / slope
  }
}
