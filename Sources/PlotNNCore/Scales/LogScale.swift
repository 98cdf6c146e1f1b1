import Foundation

/// A logarithmic map from a positive data interval onto a device interval: equal ratios
/// take equal lengths, so a loss falling from 10² to 10⁻⁸ shows each decade alike.
///
///     d(v) = start + (log₁₀ v − log₁₀ lo)·(end − start)/(log₁₀ hi − log₁₀ lo)
///
/// A value ≤ 0 (or NaN) has no position: it maps to −∞ in log space, here clamped to
/// 10 decades below `lo`, far outside any plot, so a line to it runs off the axis (where
/// the chart clips it) instead of producing NaN coordinates.
public struct LogScale: Sendable, Hashable {
  /// Positive ends, low < high.
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

  /// Device units per decade.
  public var slopePerDecade: Double { (end - start) / (log10(domain.upperBound) - log10(domain.lowerBound)) }

  public func callAsFunction(_ v: Double) -> Double {
    let low = log10(domain.lowerBound)
    let exponent = v > 0 ? log10(v) : low - 10
    return start + (max(exponent, low - 10) - low) * slopePerDecade
  }

  /// The data value at device coordinate `d`.
  public func invert(_ d: Double) -> Double {
    pow(10, log10(domain.lowerBound) + (d - start) / slopePerDecade)
  }

  /// The smallest whole-decade range holding `low`...`high` (both > 0): [10^⌊log lo⌋,
  /// 10^⌈log hi⌉], at least one decade wide, so the axis always has two labelled decades
  /// (matplotlib's log axis falls back to linear ticks on a range under a decade).
  public static func decades(containing low: Double, _ high: Double) -> ClosedRange<Double> {
    guard low > 0, high >= low, low.isFinite, high.isFinite else { return 1...10 }
    let a = floor(log10(low))
    var b = ceil(log10(high))
    if b <= a { b = a + 1 }
    return pow(10, a)...pow(10, b)
  }
}
