extension MathLayout {
  /// An environment's grid: each row at least a strut tall (LaTeX's array: 0.7 and 0.3 of a
  /// 1.2 em \baselineskip, × 1.2 for `cases`' \arraystretch, × the table's row spacing),
  /// columns as wide as their widest cell, aligned l/c/r, the gaps between them in em
  /// (\arraycolsep 5 pt each side: 1 em; `cases` a \quad); `aligned` adds \jot (0.3 em)
  /// between rows. The whole grid centred on the axis, then its delimiters as `\left \right`.
  func table(_ t: MathTable, style outer: MathStyle) -> MathBox {
    let style = t.cellStyle.map { MathStyle(min(max($0, outer.level), .scriptScript), cramped: outer.cramped) } ?? outer
    let em = styleSize(style)
    let stretch = t.left == "{" && t.right.isEmpty ? 1.2 : 1.0
    let strutHeight = 0.84 * em * stretch * t.rowSpacing
    let strutDepth = 0.36 * em * stretch * t.rowSpacing
    let jot = t.cellStyle == nil && t.rowSpacing == 1 && t.alignments.count > 1 ? 0.3 * em : 0
    let cells = t.rows.map { $0.map { list($0, style: style) } }
    let columns = max(t.alignments.count, cells.map(\.count).max() ?? 0)
    var widths = Array(repeating: 0.0, count: columns)
    for row in cells { for (j, cell) in row.enumerated() { widths[j] = max(widths[j], cell.width) } }
    var xs: [Double] = []
    let edge = t.edges * em
    var x = edge
    for j in 0..<columns {
      xs.append(x)
      x += widths[j]
      if j < columns - 1 { x += (j < t.columnGaps.count ? t.columnGaps[j] : 1) * em }
    }
    let width = x + edge
    var box = MathBox(width: width)
    var y = 0.0
    var rows: [(baseline: Double, box: [MathBox])] = []
    for (i, row) in cells.enumerated() {
      let h = max(strutHeight, row.map(\.height).max() ?? 0)
      let d = max(strutDepth, row.map(\.depth).max() ?? 0)
      if i > 0 { y += jot }
      y += h
      rows.append((y, row))
      y += d
    }
    let total = y
    let axis = c(.axisHeight, style)
    let top = total / 2 + axis
    for (baseline, row) in rows {
      for (j, cell) in row.enumerated() {
        let align = j < t.alignments.count ? t.alignments[j] : .center
        let slack = widths[j] - cell.width
        let dx = xs[j] + (align == .left ? 0 : (align == .center ? slack / 2 : slack))
        box.place(cell, dx: dx, dy: baseline - top)
      }
    }
    let rule = 0.04 * em
    for j in t.rulesBefore.sorted() {
      let at = j < xs.count ? xs[j] - (j > 0 ? (t.columnGaps[safe: j - 1] ?? 1) * em / 2 : edge) : width - edge
      box.items.append(.rule(x: at - rule / 2, y: -top, width: rule, height: total))
    }
    box.height = top
    box.depth = total - top
    guard !t.left.isEmpty || !t.right.isEmpty else { return box }
    return fenced(box, left: t.left, right: t.right, style: outer)
  }
}

extension Array {
  /// The element at `index`, nil out of range.
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
