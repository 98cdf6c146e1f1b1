import Foundation

/// softmax(z)_j = e^(z_j) / Σ_k e^(z_k), computed as e^(z_j − m) / Σ_k e^(z_k − m) with
/// m = max z, so no exponential overflows: logits of ±1000 work (the standard shift,
/// e.g. Goodfellow et al., *Deep Learning*, §4.1).
public enum Softmax {
  /// The definition in TeX math, as the book writes it (without `$$`).
  public static let tex = #"\sigma(z)_j = \frac{e^{z_j}}{\sum_{k=1}^{K} e^{z_k}}"#

  public static func probabilities(_ z: [Double]) -> [Double] {
    guard let m = z.max() else { return [] }
    let e = z.map { exp($0 - m) }
    let sum = e.reduce(0, +)
    return e.map { $0 / sum }
  }
}
