import Testing

@testable import PlotNNCore

/// No string makes the math parser or the layout crash or overflow the stack: every input
/// parses and lays out with finite dimensions, or fails with a ``MathError`` whose position
/// lies within the string (or just after it).
@Suite struct MathFuzzTests {
  static let pieces = [
    "x", "1", "+", "-", "=", "^", "_", "{", "}", "{", "}", "(", ")", "[", "]", "\\frac", "\\sqrt", "\\left(",
    "\\right)", "\\middle|", "\\left.", "\\right.", "&", "\\\\", "\\begin{cases}", "\\end{cases}", "\\begin{pmatrix}",
    "\\end{pmatrix}", "\\begin{array}{c|l}", "\\end{array}", "\\text{a b}", "\\mathbf", "\\hat", "\\widehat",
    "\\overline", "\\sum", "\\int", "\\lim", "\\limits", "\\nolimits", "\\alpha", "\\,", "\\quad", "'", "\\big(",
    "\\Bigg]", "\\binom", "\\overset", "\\frca", "\\", " ", "中", "é", "$", "\\displaystyle", "\\operatorname*{a}",
    "\\substack{a\\\\b}", "\\sqrt[3]", "\\text{", "\\begin{", "\\end{x}",
  ]

  static let seeds = [
    "f(x) = \\frac{1}{1+e^{-x}}", "\\begin{cases} \\alpha x, & x < 0 \\\\ x, & x > 0 \\end{cases}",
    "\\sigma(z)_j = \\frac{e^{z_j}}{\\sum_{k=1}^K e^{z_k}}", "\\left( \\sum_i x_i \\right)^2 \\sqrt[n]{y}",
    "\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\varepsilon}}",
  ]

  func check(_ tex: String) {
    do {
      let atoms = try MathParser.parse(tex)
      for level in [MathStyle.Level.display, .text, .script] {
        let box = MathLayout(font: FakeMathFont(), size: 10).layout(atoms, style: MathStyle(level))
        #expect(box.width.isFinite && box.height.isFinite && box.depth.isFinite, "\(tex)")
      }
    } catch {
      #expect(error.offset >= 0 && error.offset <= tex.count, "\(tex): \(error)")
      #expect(!error.description.isEmpty)
    }
  }

  @Test func randomStringsNeverCrash() {
    var rng = SplitMix64(state: 0x5EED_0011)
    for _ in 0..<1500 {
      var text = rng.pick(Self.seeds)
      for _ in 0..<rng.below(6) {
        var chars = Array(text)
        let i = rng.below(chars.count + 1)
        switch rng.below(3) {
        case 0: chars.insert(contentsOf: Array(rng.pick(Self.pieces)), at: i)
        case 1: if i < chars.count { chars.remove(at: i) }
        default: if i < chars.count { chars[i] = rng.pick(Array("{}^_\\&$()x1")) }
        }
        text = String(chars)
      }
      check(text)
      let soup = (0..<rng.below(20)).map { _ in rng.pick(Self.pieces) }.joined()
      check(soup)
    }
  }

  @Test func deepNestingIsRefusedNotOverflowed() {
    for opener in ["{", "\\sqrt{", "\\frac{", "x^{", "\\left(", "\\begin{cases}", "\\hat{", "\\mathbf{", "\\text{"] {
      for count in [10, 47, 48, 49, 1000, 3900 / max(1, opener.count)] {
        check(String(repeating: opener, count: count))
        check(String(repeating: opener, count: count) + String(repeating: "}", count: count))
      }
    }
    check(String(repeating: "x^{x_{", count: 500))
    check(String(repeating: "\\left(\\right)", count: 300))
  }
}
