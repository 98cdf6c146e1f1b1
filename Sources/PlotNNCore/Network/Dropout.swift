/// Dropout on one layer (Srivastava et al. 2014, section 3.12 of the chapter): `rate` of the
/// layer's units are dropped, chosen reproducibly from `seed`.
///
/// The rule, so any implementation can reproduce the drawing: k = round(rate × n) units
/// (halves away from zero, Swift's `rounded()`) are dropped; they are the first k entries of
/// a Fisher–Yates shuffle of 0..<n driven by ``SplitMix64Stream`` seeded with `seed`
/// (for i in 0..<k: j = i + below(n − i), swap). The same seed and size drop the same units
/// everywhere; a fixed count, not a coin per unit, so a rate of 0.5 on 4 units always
/// drops exactly 2, as the text's figure shows.
public struct Dropout: Sendable, Hashable {
  /// The fraction of units dropped, in [0, 1).
  public var rate: Double
  public var seed: UInt64

  public init(rate: Double, seed: UInt64 = 0) {
    self.rate = rate
    self.seed = seed
  }

  /// How many of `n` units are dropped: round(rate × n).
  public func droppedCount(of n: Int) -> Int {
    guard rate.isFinite, rate > 0, n > 0 else { return 0 }
    return min(n, Int((rate * Double(n)).rounded()))
  }

  /// The dropped units of a layer of `n`, sorted.
  public func droppedUnits(of n: Int) -> [Int] {
    let k = droppedCount(of: n)
    guard k > 0 else { return [] }
    var generator = SplitMix64Stream(seed: seed)
    // A partial shuffle that touches only the k first places (a dictionary for the moved
    // entries), so a 100 000-unit layer costs k steps, not n.
    var moved: [Int: Int] = [:]
    var picked: [Int] = []
    for i in 0..<k {
      let j = i + generator.below(n - i)
      let atJ = moved[j] ?? j
      moved[j] = moved[i] ?? i
      picked.append(atJ)
    }
    return picked.sorted()
  }
}
