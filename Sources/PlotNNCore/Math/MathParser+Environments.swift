extension MathParser {
  /// The environments known, for "did you mean".
  static let environments = [
    "cases", "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "aligned", "align",
    "align*", "gathered", "array", "split",
  ]

  /// `\begin{name} … \end{name}` (the `\begin` already read).
  mutating func environment(at start: Int) throws(MathError) -> MathAtom {
    let nameAt = index
    let name = try rawArgument(of: "begin")
    guard Self.environments.contains(name) else {
      throw MathError(
        .unknownEnvironment(
          name,
          closest: NameSuggestions.closest(to: name, among: Self.environments.map { [$0] }, threshold: 3, limit: 3)),
        at: nameAt)
    }
    var alignments: [MathTable.Alignment] = []
    var rules: Set<Int> = []
    if name == "array" {
      let specAt = index
      let spec = try rawArgument(of: "begin{array}")
      for c in spec where !c.isWhitespace {
        switch c {
        case "l": alignments.append(.left)
        case "c": alignments.append(.center)
        case "r": alignments.append(.right)
        case "|": rules.insert(alignments.count)
        default: throw MathError(.badColumnSpec(spec), at: specAt)
        }
      }
    }
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { throw MathError(.tooDeep(limit: Self.maximumDepth), at: index) }
    let rows = try tableRows(environment: name)
    guard index < characters.count, peekCommand() == "end" else { throw MathError(.unbalancedOpen, at: start) }
    let endAt = index
    _ = readCommand()
    let end = try rawArgument(of: "end")
    guard end == name else { throw MathError(.mismatchedEnd(expected: name, found: end), at: endAt) }
    let columns = rows.map(\.count).max() ?? 0
    let table: MathTable
    switch name {
    case "cases":
      table = MathTable(
        rows: rows, alignments: [.left, .left], columnGaps: [1], cellStyle: .text, left: "{", right: "")
    case "aligned", "align", "align*", "split":
      // Pairs of right- then left-aligned columns glued together, 2 em between pairs; a
      // relation opening a left column keeps its space (amsmath puts `{}` before it).
      let glued = rows.map { row in
        row.enumerated().map { k, cell in k % 2 == 1 ? [MathAtom(.ord, .list([]))] + cell : cell }
      }
      table = MathTable(
        rows: glued, alignments: (0..<columns).map { $0 % 2 == 0 ? .right : .left },
        columnGaps: (0..<max(0, columns - 1)).map { $0 % 2 == 0 ? 0 : 2 }, cellStyle: nil)
    case "gathered":
      table = MathTable(rows: rows, alignments: [.center], columnGaps: [], cellStyle: nil)
    case "array":
      table = MathTable(
        rows: rows, alignments: alignments, rulesBefore: rules,
        columnGaps: Array(repeating: 1, count: max(0, alignments.count - 1)), cellStyle: .text, edges: 0.5)
    default:
      let fences: [String: (String, String)] = [
        "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"), "vmatrix": ("|", "|"),
        "Vmatrix": ("‖", "‖"),
      ]
      let (l, r) = fences[name] ?? ("", "")
      table = MathTable(
        rows: rows, alignments: Array(repeating: .center, count: columns),
        columnGaps: Array(repeating: 1, count: max(0, columns - 1)),
        cellStyle: name == "smallmatrix" ? .script : .text, left: l, right: r)
    }
    if name == "array", let widest = rows.map(\.count).max(), widest > alignments.count {
      throw MathError(.misplacedAlignment, at: start)
    }
    return MathAtom(.inner, .table(table))
  }

  /// Rows of cells up to `\end` or `}`: cells split at `&`, rows at `\\`.
  mutating func tableRows(environment: String) throws(MathError) -> [[[MathAtom]]] {
    inTable += 1
    defer { inTable -= 1 }
    var rows: [[[MathAtom]]] = []
    var row: [[MathAtom]] = []
    while true {
      row.append(try parseList())
      guard index < characters.count else { break }
      if characters[index] == "&" {
        index += 1
        continue
      }
      if let name = peekCommand(), name == "\\" || name == "cr" {
        _ = readCommand()
        rows.append(row)
        row = []
        skipOptionalLength()
        continue
      }
      break
    }
    if !(row.count == 1 && row[0].isEmpty && !rows.isEmpty) { rows.append(row) }
    return rows
  }

  /// `\\[2pt]`: the extra row space is read and ignored.
  mutating func skipOptionalLength() {
    skipSpaces()
    guard index < characters.count, characters[index] == "[" else { return }
    if let close = characters[index...].prefix(20).firstIndex(of: "]") { index = close + 1 }
  }
}
