import Foundation

/// How a value in a range maps to a colour-map position t ∈ [0, 1]: the colour scale of a
/// ``SurfaceChart`` and its ``ColorBar``.
///
/// - ``linear``: t = (v − lo)/(hi − lo), matplotlib's `Normalize`.
/// - ``squareRoot``: t = √((v − lo)/(hi − lo)), matplotlib's `PowerNorm(gamma=0.5)`
///   (`((v − vmin)/(vmax − vmin))^γ`). For a quadratic bowl L(w) = L_min + ½(w − w*)ᵀH(w − w*)
///   with lo = L_min, √(L − L_min) is proportional to the H-weighted distance from the minimum,
///   so equal colour steps are equal steps of that distance and the colour bands are evenly
///   spaced rings. On the linear scale half of the 3.6.4 bowl's area lies in the lowest fifth
///   of the colours and 89 % in the lower half (viridis' purples), as a quadratic keeps most
///   of its area near its floor; on the √ scale the lowest fifth covers 12 % (measured on a
///   401 × 401 grid of the textbook loss).
///
/// Values outside the range clamp to its ends; NaN maps to 0; a range of zero width maps
/// everything to ½.
public enum ColorScale: String, Sendable, Hashable, CaseIterable {
  case linear
  case squareRoot

  /// The colour-map position of `value` over `range`.
  public func fraction(_ value: Double, over range: ClosedRange<Double>) -> Double {
    let span = range.upperBound - range.lowerBound
    guard span > 0, span.isFinite else { return 0.5 }
    guard !value.isNaN else { return 0 }
    let linear = min(max((value - range.lowerBound) / span, 0), 1)
    switch self {
    case .linear: return linear
    case .squareRoot: return linear.squareRoot()
    }
  }

  /// The value whose position is `t` (the inverse of ``fraction(_:over:)`` on [0, 1]).
  public func value(atFraction t: Double, over range: ClosedRange<Double>) -> Double {
    let c = min(max(t, 0), 1)
    let s = self == .linear ? c : c * c
    return range.lowerBound + s * (range.upperBound - range.lowerBound)
  }
}
