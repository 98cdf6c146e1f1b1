/// Text as a value: runs of characters with attributes (slant, weight, family, colour,
/// script level), and math nodes. Charts hand it to a ``Canvas``; what users type (Pango-style
/// markup) is parsed once, here in the core, by ``init(markup:)``, so every entry point
/// refuses bad markup the same way (DESIGN.md, "Text is a value").
///
/// Adjacent runs with equal attributes are merged and empty runs dropped, so two values
/// that draw alike compare equal (`<i>a</i><i>b</i>` is `<i>ab</i>`).
public struct RichText: Sendable, Hashable {
  /// One piece of a rich text.
  public enum Node: Sendable, Hashable {
    /// Characters in one set of attributes.
    case run(TextRun)
    /// A formula in TeX notation, e.g. `\frac{1}{1+e^{-x}}`, in text style (`$…$`) or
    /// display style (`$$…$$`): parsed by ``MathParser`` and laid out by ``MathLayout``
    /// where the canvas draws it.
    case math(String, display: Bool = false)
  }

  public private(set) var nodes: [Node]

  /// A rich text of `nodes`, adjacent equal runs merged.
  public init(nodes: [Node]) {
    self.nodes = []
    for node in nodes { append(node) }
  }

  /// A rich text of `runs`.
  public init(runs: [TextRun]) { self.init(nodes: runs.map { .run($0) }) }

  /// `text` as it is: no markup is interpreted (`plain("a < b")` reads "a < b").
  public static func plain(_ text: String) -> RichText { RichText(runs: [TextRun(text)]) }

  /// `text` in italic, as math variables are set.
  public static func italic(_ text: String) -> RichText {
    RichText(runs: [TextRun(text, TextAttributes(italic: true))])
  }

  /// The empty text.
  public static let empty = RichText(nodes: [])

  /// Whether there is nothing to draw.
  public var isEmpty: Bool { nodes.isEmpty }

  /// The runs, math nodes left out.
  public var runs: [TextRun] {
    nodes.compactMap { if case .run(let r) = $0 { r } else { nil } }
  }

  /// The visible characters: runs' text, a math node's source, and a superscript written
  /// `^x`, or `^(…)` when longer than one character, so `<i>e</i><sup>−<i>x</i></sup>`
  /// reads `e^(−x)` (subscripts read inline: θ₁ is "θ1").
  public var plainText: String {
    var out = ""
    var group = ""
    var inSuperscript = false
    let flush = {
      if inSuperscript { out += group.count == 1 ? "^" + group : "^(" + group + ")" }
      group = ""
    }
    for node in nodes {
      switch node {
      case .math(let source, _):
        flush()
        inSuperscript = false
        out += source
      case .run(let run):
        let superscript = run.attributes.scripts.first == .superscript
        if superscript != inSuperscript {
          flush()
          inSuperscript = superscript
        }
        if superscript { group += Self.inlineText(run) } else { out += run.text }
      }
    }
    flush()
    return out
  }

  /// A run inside a superscript group: deeper superscripts marked again.
  private static func inlineText(_ run: TextRun) -> String {
    run.attributes.scripts.dropFirst().contains(.superscript) ? "^" + run.text : run.text
  }

  /// `self` then `other`.
  public static func + (a: RichText, b: RichText) -> RichText {
    var out = a
    for node in b.nodes { out.append(node) }
    return out
  }

  /// `self` one script level further down (superscript or subscript of its surroundings).
  public func scripted(_ script: TextAttributes.Script) -> RichText {
    RichText(
      nodes: nodes.map { node in
        guard case .run(var run) = node else { return node }
        run.attributes.scripts.insert(script, at: 0)
        return .run(run)
      })
  }

  /// Appends `node`, merging it into the last run when the attributes agree.
  private mutating func append(_ node: Node) {
    guard case .run(let run) = node else {
      nodes.append(node)
      return
    }
    guard !run.text.isEmpty else { return }
    if case .run(var last)? = nodes.last, last.attributes == run.attributes {
      last.text += run.text
      nodes[nodes.count - 1] = .run(last)
    } else {
      nodes.append(node)
    }
  }
}
