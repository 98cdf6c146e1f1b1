/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014): 64 bits of state, one addition and two multiply-xorshifts a number, all in
/// wrapping UInt64 arithmetic, so a seed gives the same numbers on every machine and every
/// Swift version (unlike `SystemRandomNumberGenerator` or a library's unspecified one).
public struct SplitMix64Stream: RandomNumberGenerator, Sendable, Hashable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in 0..<n (n > 0) as `next() % n`: the modulo bias is below n / 2⁶⁴,
  /// nothing a figure can show, and the rule is one line anyone can re-implement.
  public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}
