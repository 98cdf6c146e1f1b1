import Testing

@testable import PlotNNCore

/// Every construct ``MathParser`` reads, as the atoms it must give, and every fault with its
/// position and suggestion.
@Suite struct MathParserTests {
  func parse(_ tex: String) throws -> [MathAtom] { try MathParser.parse(tex) }
  func sym(_ s: String, _ k: MathAtom.Kind = .ord) -> MathAtom { MathAtom(k, .symbol(s)) }

  @Test func lettersItalicDigitsUprightOperatorsClassed() throws {
    #expect(try parse("x+1") == [sym("𝑥"), sym("+", .bin), sym("1")])
    #expect(try parse("a-b=c") == [sym("𝑎"), sym("−", .bin), sym("𝑏"), sym("=", .rel), sym("𝑐")])
    #expect(try parse("(x),") == [sym("(", .open), sym("𝑥"), sym(")", .close), sym(",", .punct)])
    #expect(try parse("h") == [sym("ℎ")])
  }

  @Test func greekAndSymbols() throws {
    #expect(try parse("\\alpha\\Gamma") == [sym("𝛼"), sym("Γ")])
    #expect(try parse("\\varepsilon \\phi") == [sym("𝜀"), sym("𝜙")])
    #expect(try parse("\\le\\infty\\cdot") == [sym("≤", .rel), sym("∞"), sym("⋅", .bin)])
    #expect(try parse("\\to") == [sym("→", .rel)])
  }

  /// amsmath's `\\dots` rules (amsmath.sty `\\mdots@`, `\\dotso@`, `\\extra@`, `\\dotsc`): centred
  /// before a typed binary or relation, a thin space before a right delimiter or the end,
  /// none before a comma; `\\ldots` and `\\cdots` add nothing.
  @Test func amsmathDotsLookAhead() throws {
    let dots = sym("…", .inner)
    let thin = MathAtom(.ord, .space(3))
    #expect(try parse("a = \\dots") == [sym("𝑎"), sym("=", .rel), dots, thin])
    #expect(try parse("(1, \\dots)") == [sym("(", .open), sym("1"), sym(",", .punct), dots, thin, sym(")", .close)])
    #expect(try parse("x_1 + \\dots + x_n").contains(sym("⋯", .inner)))
    #expect(try parse("\\dots, x") == [dots, sym(",", .punct), sym("𝑥")])
    #expect(try parse("\\dots x") == [dots, sym("𝑥")])
    #expect(try parse("a = \\ldots") == [sym("𝑎"), sym("=", .rel), dots])
    #expect(try parse("a \\cdots") == [sym("𝑎"), sym("⋯", .inner)])
    #expect(try parse("\\dotsc;") == [dots, thin, sym(";", .punct)])
    #expect(try parse("\\dotsb") == [sym("⋯", .inner), thin])
  }

  /// TeX's infix fractions, `\\not`, explicit spaces, braces and extensible arrows.
  @Test func infixNegationSpacesBracesArrows() throws {
    #expect(try parse("a \\over b") == [MathAtom(.ord, .fraction(MathFraction([sym("𝑎")], [sym("𝑏")])))])
    #expect(
      try parse("{n \\choose k}") == [
        MathAtom(
          .ord,
          .list([
            MathAtom(.ord, .fraction(MathFraction([sym("𝑛")], [sym("𝑘")], hasRule: false, left: "(", right: ")")))
          ]))
      ])
    #expect(try parse("a \\not= b") == [sym("𝑎"), sym("≠", .rel), sym("𝑏")])
    #expect(try parse("x \\not\\in A") == [sym("𝑥"), sym("∉", .rel), sym("𝐴")])
    #expect(try parse("\\hspace{1em}") == [MathAtom(.ord, .space(18))])
    #expect(try parse("\\kern2pt") == [MathAtom(.ord, .kern(2))])
    #expect(try parse("\\mkern-3mu") == [MathAtom(.ord, .space(-3))])
    #expect(try parse("a\\ b") == [sym("𝑎"), MathAtom(.ord, .interwordSpace), sym("𝑏")])
    #expect(
      try parse("\\overbrace{x}^{n}") == [
        MathAtom(.op, .brace([sym("𝑥")], over: true), sup: [sym("𝑛")], limits: .limits)
      ])
    #expect(
      try parse("\\xrightarrow[b]{a}") == [MathAtom(.rel, .arrow("→", over: [sym("𝑎")], under: [sym("𝑏")]))])
  }

  /// `\\color` marks the rest of its list, `\\textcolor` its argument (a group); names are
  /// xcolor's base colours (xcolor.sty: orange is rgb 1, .5, 0), hex and `[HTML]`.
  @Test func colours() throws {
    let red = Color(red: 1, green: 0, blue: 0)
    #expect(try parse("a \\color{red} b") == [sym("𝑎"), MathAtom(.ord, .color(red)), sym("𝑏")])
    #expect(try parse("\\textcolor{red}{x}") == [MathAtom(.ord, .list([MathAtom(.ord, .color(red)), sym("𝑥")]))])
    #expect(try parse("\\color{orange}") == [MathAtom(.ord, .color(Color(red: 1, green: 0.5, blue: 0)))])
    #expect(try parse("\\color[HTML]{0072B2}") == [MathAtom(.ord, .color(Color(hex: 0x0072B2)))])
    #expect(try parse("\\color{#0072B2}") == [MathAtom(.ord, .color(Color(hex: 0x0072B2)))])
    #expect(fault("\\color{reddish} x")?.fault == .unknownColor("reddish"))
    #expect(fault("\\color[cmyk]{1,0,0,0} x")?.fault == .unknownColor("[cmyk]"))
  }

  @Test func scriptsAndPrimes() throws {
    #expect(try parse("x^2") == [MathAtom(.ord, .symbol("𝑥"), sup: [sym("2")])])
    #expect(try parse("x_i^2") == [MathAtom(.ord, .symbol("𝑥"), sub: [sym("𝑖")], sup: [sym("2")])])
    #expect(try parse("e^{-x}") == [MathAtom(.ord, .symbol("𝑒"), sup: [sym("−", .bin), sym("𝑥")])])
    #expect(try parse("f'") == [MathAtom(.ord, .symbol("𝑓"), sup: [sym("′")])])
    #expect(try parse("f''") == [MathAtom(.ord, .symbol("𝑓"), sup: [sym("″")])])
    #expect(try parse("f'^2") == [MathAtom(.ord, .symbol("𝑓"), sup: [sym("′"), sym("2")])])
    #expect(try parse("^2") == [MathAtom(.ord, .list([]), sup: [sym("2")])])
  }

  @Test func fractionsAndBinomials() throws {
    #expect(try parse("\\frac{1}{2}") == [MathAtom(.ord, .fraction(MathFraction([sym("1")], [sym("2")])))])
    #expect(try parse("\\frac12") == [MathAtom(.ord, .fraction(MathFraction([sym("1")], [sym("2")])))])
    #expect(
      try parse("\\dfrac{a}{b}") == [MathAtom(.ord, .fraction(MathFraction([sym("𝑎")], [sym("𝑏")], style: .display)))])
    #expect(
      try parse("\\tfrac{a}{b}") == [MathAtom(.ord, .fraction(MathFraction([sym("𝑎")], [sym("𝑏")], style: .text)))])
    #expect(
      try parse("\\binom{n}{k}") == [
        MathAtom(.ord, .fraction(MathFraction([sym("𝑛")], [sym("𝑘")], hasRule: false, left: "(", right: ")")))
      ])
  }

  @Test func radicals() throws {
    #expect(try parse("\\sqrt{x}") == [MathAtom(.ord, .radical(degree: nil, radicand: [sym("𝑥")]))])
    #expect(try parse("\\sqrt[3]{x}") == [MathAtom(.ord, .radical(degree: [sym("3")], radicand: [sym("𝑥")]))])
  }

  @Test func delimiters() throws {
    #expect(
      try parse("\\left( x \\middle| y \\right.") == [
        MathAtom(.inner, .delimited(delimiters: ["(", "|", ""], pieces: [[sym("𝑥")], [sym("𝑦")]]))
      ])
    #expect(
      try parse("\\left\\{ x \\right\\}") == [
        MathAtom(.inner, .delimited(delimiters: ["{", "}"], pieces: [[sym("𝑥")]]))
      ])
    #expect(
      try parse("\\big( \\Bigr]") == [
        MathAtom(.ord, .sizedDelimiter("(", size: MathSymbols.bigSizes["big"] ?? 0)),
        MathAtom(.close, .sizedDelimiter("]", size: MathSymbols.bigSizes["Big"] ?? 0)),
      ])
  }

  @Test func accentsBarsAndStacks() throws {
    #expect(try parse("\\hat{x}") == [MathAtom(.ord, .accent("\u{302}", base: [sym("𝑥")], wide: false))])
    #expect(try parse("\\widehat{xy}") == [MathAtom(.ord, .accent("\u{302}", base: [sym("𝑥"), sym("𝑦")], wide: true))])
    for (command, mark) in [("bar", "\u{304}"), ("tilde", "\u{303}"), ("vec", "\u{20D7}"), ("dot", "\u{307}")] {
      #expect(try parse("\\\(command) a") == [MathAtom(.ord, .accent(mark, base: [sym("𝑎")], wide: false))])
    }
    #expect(try parse("\\overline{x}") == [MathAtom(.ord, .bar([sym("𝑥")], over: true))])
    #expect(try parse("\\underline{x}") == [MathAtom(.ord, .bar([sym("𝑥")], over: false))])
    #expect(
      try parse("\\overset{!}{=}") == [
        MathAtom(.rel, .stack(base: [sym("=", .rel)], over: [sym("!", .close)], under: nil))
      ])
    #expect(try parse("\\underset{x}{y}") == [MathAtom(.ord, .stack(base: [sym("𝑦")], over: nil, under: [sym("𝑥")]))])
  }

  @Test func alphabetsAndText() throws {
    #expect(try parse("\\mathrm{d}x") == [MathAtom(.ord, .text("d", .roman)), sym("𝑥")])
    #expect(try parse("\\mathbf{W}") == [MathAtom(.ord, .text("W", .bold))])
    #expect(try parse("\\mathbb{R}") == [sym("ℝ")])
    #expect(try parse("\\mathcal{L}") == [sym("ℒ")])
    #expect(try parse("\\boldsymbol{x}") == [sym("𝒙")])
    #expect(
      try parse("\\mathbf{Wx}") == [
        MathAtom(.ord, .list([MathAtom(.ord, .text("W", .bold)), MathAtom(.ord, .text("x", .bold))]))
      ])
    #expect(
      try parse("\\mathsf{A}\\mathtt{a}\\mathit{1}") == [
        sym("𝖠"), MathAtom(.ord, .text("a", .monospace)), MathAtom(.ord, .text("1", .italic)),
      ])
    #expect(try parse("\\text{Batch_Size}") == [MathAtom(.ord, .text("Batch_Size"))])
    #expect(try parse("\\operatorname{softmax}") == [MathAtom(.op, .text("softmax", .operator), limits: .nolimits)])
  }

  @Test func namedFunctionsAndLimits() throws {
    #expect(try parse("\\sin") == [MathAtom(.op, .text("sin", .operator), limits: .nolimits)])
    #expect(try parse("\\lim_{n}") == [MathAtom(.op, .text("lim", .operator), sub: [sym("𝑛")])])
    for name in ["log", "exp", "tanh", "ln"] { #expect(try parse("\\" + name).first?.kind == .op) }
    #expect(try parse("\\max").first?.limits == .auto)
    #expect(try parse("\\sum\\nolimits_i").first?.limits == .nolimits)
    #expect(try parse("\\int\\limits_0^1").first?.limits == .limits)
    #expect(try parse("\\int").first?.limits == .nolimits)
  }

  @Test func spacing() throws {
    #expect(try parse("\\,\\:\\;\\!\\quad\\qquad") == [3, 4, 5, -3, 18, 36].map { MathAtom(.ord, .space($0)) })
  }

  @Test func environments() throws {
    let cases = try parse("\\begin{cases} a & b \\\\ c & d \\end{cases}")
    guard case .table(let t) = cases.first?.nucleus else { Issue.record("no table"); return }
    #expect(t.rows.count == 2 && t.rows.allSatisfy { $0.count == 2 })
    #expect(t.left == "{" && t.alignments == [.left, .left])
    for (env, l, r) in [("matrix", "", ""), ("pmatrix", "(", ")"), ("bmatrix", "[", "]"), ("vmatrix", "|", "|")] {
      let atoms = try parse("\\begin{\(env)} 1 & 2 \\\\ 3 & 4 \\end{\(env)}")
      guard case .table(let m) = atoms.first?.nucleus else { Issue.record("no table for \(env)"); continue }
      #expect(m.left == l && m.right == r && m.rows.count == 2)
    }
    let aligned = try parse("\\begin{aligned} a &= b \\\\ &= c \\end{aligned}")
    guard case .table(let a) = aligned.first?.nucleus else { Issue.record("no aligned"); return }
    #expect(a.alignments == [.right, .left])
    let array = try parse("\\begin{array}{l|cr} 1 & 2 & 3 \\end{array}")
    guard case .table(let b) = array.first?.nucleus else { Issue.record("no array"); return }
    #expect(b.alignments == [.left, .center, .right] && b.rulesBefore == [1])
    #expect(try parse("\\sum_{\\substack{i<n \\\\ j}}").count == 1)
  }

  func fault(_ tex: String) -> MathError? {
    do {
      _ = try MathParser.parse(tex)
      return nil
    } catch { return error }
  }

  @Test func unknownCommandSuggestsTheClosest() {
    let e = fault("x + \\frca{1}{2}")
    #expect(e?.offset == 4)
    guard case .unknownCommand("frca", let closest)? = e?.fault else {
      Issue.record("\(String(describing: e))"); return
    }
    #expect(closest.first == "frac")
    #expect(e?.description.contains("did you mean \\frac") == true)
    #expect(e?.caretMessage(source: "x + \\frca{1}{2}").hasSuffix("\n  x + \\frca{1}{2}\n      ^") == true)
  }

  @Test func faultsAndPositions() {
    let cases: [(String, MathError.Fault, Int)] = [
      ("{x", .unbalancedOpen, 0), ("x}", .unbalancedClose, 1), ("\\left( x", .leftWithoutRight, 0),
      ("x \\right)", .rightWithoutLeft, 2), ("a & b", .misplacedAlignment, 2), ("a \\\\ b", .misplacedLineBreak, 2),
      ("x^1^2", .doubleScript("^"), 3), ("x_1_2", .doubleScript("_"), 3), ("\\frac{1}", .missingArgument("frac"), 8),
      ("\\left< x \\right@", .badDelimiter("@"), 15),
      ("\\begin{x} \\end{x}", .unknownEnvironment("x", closest: []), 6),
      ("\\begin{cases} a \\end{matrix}", .mismatchedEnd(expected: "cases", found: "matrix"), 16),
      ("\\begin{array}{lx} a \\end{array}", .badColumnSpec("lx"), 13),
      ("a \\not\\alpha", .cannotNegate("\\alpha"), 6), ("a\\hspace{3cm}", .badLength("3cm"), 1),
      ("a\\kern2 b", .badLength("2"), 1),
    ]
    for (tex, expected, offset) in cases {
      let e = fault(tex)
      if case .unknownEnvironment = expected, case .unknownEnvironment("x", _)? = e?.fault {
        #expect(e?.offset == offset)
        continue
      }
      #expect(e?.fault == expected, "\(tex): \(String(describing: e))")
      #expect(e?.offset == offset, "\(tex): \(String(describing: e))")
    }
  }

  @Test func boundsOnLengthAndNesting() {
    #expect(
      fault(String(repeating: "x", count: MathParser.maximumLength + 1))?.fault
        == .tooLong(limit: MathParser.maximumLength))
    #expect(fault(String(repeating: "x", count: MathParser.maximumLength)) == nil)
    #expect(
      fault(String(repeating: "{", count: 200) + String(repeating: "}", count: 200))?.fault
        == .tooDeep(limit: MathParser.maximumDepth))
    #expect(fault(String(repeating: "\\sqrt{", count: 100))?.fault == .tooDeep(limit: MathParser.maximumDepth))
    #expect(fault(String(repeating: "\\left(", count: 100))?.fault == .tooDeep(limit: MathParser.maximumDepth))
    #expect(fault(String(repeating: "x^{", count: 100) + "x")?.fault == .tooDeep(limit: MathParser.maximumDepth))
    #expect(fault("x^x^x")?.fault == .doubleScript("^"))
    #expect(fault(String(repeating: "{", count: 20) + "x" + String(repeating: "}", count: 20)) == nil)
  }
}
