import Foundation

/// How an axis maps data values before its linear device scale: the identity, log₁₀, or
/// matplotlib's symmetric log (`SymmetricalLogTransform`, base 10, `linscale` 1).
///
/// A line chart on a non-linear axis works in **scale space**: every data value v of that
/// axis is replaced by ``forward(_:)`` of it (ranges, curves, marks, annotations), the chart
/// draws scale space with its ordinary ``LinearScale``, and only the ticks read back through
/// ``inverse(_:)`` (``LineChart/xAxisScale``). So the sampler bisects where the curve bends
/// on the page: exp on a log y axis is a straight line there, and is drawn as one.
///
/// Decision: symlog is matplotlib's exactly, `linscale` fixed at 1 and base 10:
///
///     T(v) = v·c                                    for |v| ≤ t
///     T(v) = sign(v)·t·(c + log₁₀(|v|/t))           for |v| > t,  c = linscale/(1 − 1/10) = 10/9
///
/// with t = `linthresh`, defaulting to matplotlib's default, 2 (``defaultLinearThreshold``).
public enum AxisScale: Sendable, Hashable {
  case linear
  /// Base-10 logarithm; values ≤ 0 have no place (``forward(_:)`` is NaN there).
  case log
  /// Linear within ±`linearThreshold`, logarithmic beyond (matplotlib's `linthresh`).
  case symlog(linearThreshold: Double)

  /// matplotlib's `SymmetricalLogScale` default `linthresh`: 2.
  public static let defaultLinearThreshold = 2.0

  /// matplotlib's `linscale / (1 − 1/base)` with linscale 1 and base 10.
  static let linearScaleAdjusted = 1 / (1 - 1 / 10.0)

  /// The names the command line and the manifest use.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case linear, log, symlog
  }

  /// The scale of a kind, with `linearThreshold` for symlog (nil: the default).
  public init(_ kind: Kind, linearThreshold: Double? = nil) {
    switch kind {
    case .linear: self = .linear
    case .log: self = .log
    case .symlog: self = .symlog(linearThreshold: linearThreshold ?? Self.defaultLinearThreshold)
    }
  }

  public var kind: Kind {
    switch self {
    case .linear: return .linear
    case .log: return .log
    case .symlog: return .symlog
    }
  }

  public var isLinear: Bool { self == .linear }

  /// Whether the data value 0 has a place on the axis (so origin-style axes may cross there):
  /// all but log.
  public var hasZero: Bool { self != .log }

  /// The scale-space value of data value `v`; NaN where the axis has no place for it (v ≤ 0
  /// on a log axis), so the sampler leaves a gap rather than a line to −∞.
  public func forward(_ v: Double) -> Double {
    switch self {
    case .linear: return v
    case .log: return v > 0 ? log10(v) : .nan
    case .symlog(let t):
      let c = Self.linearScaleAdjusted
      let a = abs(v)
      if a <= t { return v * c }
      return (v < 0 ? -1 : 1) * t * (c + log10(a / t))
    }
  }

  /// The data value at scale-space value `u` (``forward(_:)``'s inverse).
  public func inverse(_ u: Double) -> Double {
    switch self {
    case .linear: return u
    case .log: return pow(10, u)
    case .symlog(let t):
      let c = Self.linearScaleAdjusted
      let a = abs(u)
      if a <= t * c { return u / c }
      return (u < 0 ? -1 : 1) * t * pow(10, a / t - c)
    }
  }

  /// `range` (data values) in scale space, nil when an end has no place.
  public func forward(_ range: ClosedRange<Double>) -> ClosedRange<Double>? {
    let (a, b) = (forward(range.lowerBound), forward(range.upperBound))
    guard a.isFinite, b.isFinite, a <= b else { return nil }
    return a...b
  }
}
