import Foundation

/// How contour levels are spread between a minimum and a maximum value.
public enum ContourSpacing: String, Sendable, Hashable, CaseIterable {
  /// Lₖ = lo + (hi − lo)·(k/(K+1))², k = 1 … K. On a quadratic bowl L − L_min grows with
  /// the square of the (Mahalanobis) distance from the minimum, so these levels are rings
  /// at evenly spaced distances 1/(K+1), 2/(K+1), … of the way to the farthest point: the
  /// textbook look, and the same spacing along the short and the long axis of an
  /// elongated bowl. The default.
  case quadratic
  /// Lₖ = lo + (hi − lo)·k/(K+1): even in value, crowded at the rim of a bowl.
  case linear
  /// Lₖ = lo + (hi − lo)·r^(k−K−1), r = 4: each ring four times the loss excess of the
  /// one inside it (twice the distance on a quadratic), detail near the minimum.
  case geometric

  /// `count` levels strictly between `lo` and `hi`, increasing (none when count < 1 or the
  /// range is empty or not finite).
  public func levels(from lo: Double, to hi: Double, count: Int) -> [Double] {
    guard count >= 1, lo.isFinite, hi.isFinite, hi > lo else { return [] }
    let k1 = Double(count + 1)
    return (1...count).map { k -> Double in
      let t = Double(k) / k1
      switch self {
      case .quadratic: return lo + (hi - lo) * t * t
      case .linear: return lo + (hi - lo) * t
      case .geometric: return lo + (hi - lo) * pow(4, Double(k) - k1)
      }
    }
  }

  /// `count` increasing levels in (lo, hi], the last exactly `hi`: the same spacing with
  /// k/K for k/(K+1), so the outermost contour passes through a chosen point (the descent
  /// figure's start): quadratic lo + (hi − lo)·(k/K)², linear lo + (hi − lo)·k/K, geometric
  /// lo + (hi − lo)·4^(k−K). None when count < 1 or the range is empty or not finite.
  public func levels(from lo: Double, through hi: Double, count: Int) -> [Double] {
    guard count >= 1, lo.isFinite, hi.isFinite, hi > lo else { return [] }
    let k1 = Double(count)
    return (1...count).map { k -> Double in
      if k == count { return hi }
      let t = Double(k) / k1
      switch self {
      case .quadratic: return lo + (hi - lo) * t * t
      case .linear: return lo + (hi - lo) * t
      case .geometric: return lo + (hi - lo) * pow(4, Double(k) - k1)
      }
    }
  }
}
