/// Line breaking and width-bounded elision of rich text, done in the core so every canvas
/// wraps alike and tests see the lines (the canvas only measures single lines).
///
/// Break opportunities (a small subset of Unicode's line-breaking algorithm, UAX #14, that
/// covers plotnn's titles): after a run of spaces, and on either side of a CJK ideograph or
/// kana except before closing punctuation (，。：；！？、）」』】》) and after opening
/// punctuation (（「『【《). A math node is never split. A forced break is "\n".
extension RichText {
  /// One character of a run, or a whole math node: what line breaking moves around.
  private enum Unit: Hashable {
    case character(Character, TextAttributes)
    case math(String, Bool)

    var character: Character? {
      if case .character(let c, _) = self { return c }
      return nil
    }
  }

  private var units: [Unit] {
    nodes.flatMap { node -> [Unit] in
      switch node {
      case .run(let run): return run.text.map { .character($0, run.attributes) }
      case .math(let source, let display): return [.math(source, display)]
      }
    }
  }

  private init(units: some Sequence<Unit>) {
    self.init(
      nodes: units.map { unit in
        switch unit {
        case .character(let c, let a): return .run(TextRun(String(c), a))
        case .math(let source, let display): return .math(source, display: display)
        }
      })
  }

  /// The text split at its forced line breaks ("\n"), the breaks removed.
  public var paragraphs: [RichText] {
    var out: [[Unit]] = [[]]
    for unit in units {
      if unit.character == "\n" { out.append([]) } else { out[out.count - 1].append(unit) }
    }
    return out.map { RichText(units: $0) }
  }

  private static let closing: Set<Character> = [
    "，", "。", "：", "；", "！", "？", "、", "）", "」", "』", "】", "》", ",", ".", ":", ";", "!", "?", ")",
  ]
  private static let opening: Set<Character> = ["（", "「", "『", "【", "《", "("]

  private static func isIdeographic(_ c: Character) -> Bool {
    guard let v = c.unicodeScalars.first?.value else { return false }
    return (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FA1F).contains(v)
  }

  /// Whether a line may break between `a` and `b`.
  private static func mayBreak(between a: Unit, _ b: Unit) -> Bool {
    let (ca, cb) = (a.character, b.character)
    if let cb, closing.contains(cb) { return false }
    if let ca, opening.contains(ca) { return false }
    if ca == " " && cb != " " { return true }
    if cb == " " { return false }
    return (ca.map(isIdeographic) ?? false) || (cb.map(isIdeographic) ?? false)
  }

  /// The text cut into pieces at each break opportunity; joined they give the text back.
  private var breakPieces: [[Unit]] {
    var pieces: [[Unit]] = []
    var current: [Unit] = []
    for unit in units {
      if let last = current.last, Self.mayBreak(between: last, unit) {
        pieces.append(current)
        current = []
      }
      current.append(unit)
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }

  /// The text without spaces at either end.
  public var trimmed: RichText {
    var u = units
    while u.last?.character == " " { u.removeLast() }
    while u.first?.character == " " { u.removeFirst() }
    return RichText(units: u)
  }

  /// Greedy line filling: as many pieces on each line as fit in `width` by `measure`; a
  /// piece wider than `width` alone takes a line of its own (and stays too wide). Spaces at
  /// the ends of lines are dropped. Forced breaks start a new line.
  ///
  /// A line's width grows with the pieces on it, so the most that fit are found by
  /// doubling the count, then bisecting: O(log n) measurements a line. Trying one more
  /// piece at a time measured every prefix of the line, each in full: a 1000-character
  /// Chinese title (a break opportunity at every character) on a 5792-point figure took
  /// over a second to wrap.
  public func wrapped(toWidth width: Double, measure: (RichText) -> Double) -> [RichText] {
    var lines: [RichText] = []
    for paragraph in paragraphs {
      let pieces = paragraph.breakPieces
      guard !pieces.isEmpty else {
        lines.append(.empty)
        continue
      }
      func fits(_ range: Range<Int>) -> Bool { measure(RichText(units: pieces[range].joined()).trimmed) <= width }
      var start = 0
      repeat {
        // The line is pieces[start..<end]: at least one piece, then as many as fit.
        var (good, step) = (start + 1, 1)
        var bad = pieces.count + 1
        while good < pieces.count {
          let next = min(good + step, pieces.count)
          if fits(start..<next) { good = next } else { bad = next; break }
          step *= 2
        }
        while bad - good > 1 && good < pieces.count {
          let mid = (good + bad) / 2
          if fits(start..<mid) { good = mid } else { bad = mid }
        }
        lines.append(RichText(units: pieces[start..<good].joined()).trimmed)
        start = good
      } while start < pieces.count
    }
    return lines
  }

  /// The longest start of the text that, followed by "…", fits in `width` by `measure`
  /// (at least "…"); the text itself when it fits.
  public func elided(toWidth width: Double, measure: (RichText) -> Double) -> RichText {
    if measure(self) <= width { return self }
    let all = units
    let ellipsis = { (k: Int) -> RichText in
      let attributes: TextAttributes
      if case .character(_, let a)? = all[..<k].last { attributes = a } else { attributes = TextAttributes() }
      return RichText(units: all[..<k]).trimmed + RichText(runs: [TextRun("…", attributes)])
    }
    // Widths grow with k: the largest k that fits, by bisection.
    var (lo, hi) = (0, all.count)
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if measure(ellipsis(mid)) <= width { lo = mid } else { hi = mid - 1 }
    }
    return ellipsis(lo)
  }
}
