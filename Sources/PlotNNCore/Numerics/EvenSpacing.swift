/// Evenly spaced values between two ends, computed without overflow.
enum EvenSpacing {
  /// The `k`-th of `n` equal steps from `lo` to `hi` (k = n gives `hi` exactly):
  /// lo + (hi − lo)·k/n, which keeps decimal steps exact (−3 + 10·3/10 = 0, not
  /// 3·10⁻¹⁶ off); when (hi − lo)·k overflows, lo + (hi − lo)·(k/n); when hi − lo itself
  /// overflows (ends beyond ±9e307), lo·(1 − t) + hi·t with t = k/n.
  static func value(_ k: Int, of n: Int, from lo: Double, to hi: Double) -> Double {
    guard n > 0, k != n else { return k == n ? hi : lo }
    let width = hi - lo
    let t = Double(k) / Double(n)
    guard width.isFinite else { return lo * (1 - t) + hi * t }
    let scaled = width * Double(k)
    return scaled.isFinite ? lo + scaled / Double(n) : lo + width * t
  }
}
