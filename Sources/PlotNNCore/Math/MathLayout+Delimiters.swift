extension MathLayout {
  /// `\left … \middle … \right` (rule 19): every delimiter at least
  /// max(2δ × \delimiterfactor/1000, 2δ − \delimitershortfall) tall, δ the pieces' larger
  /// extent from the axis, with plain TeX's \delimiterfactor 901 and \delimitershortfall
  /// 5 pt (0.5 em), centred on the axis.
  func delimited(_ delimiters: [String], pieces: [[MathAtom]], style: MathStyle) -> MathBox {
    let boxes = pieces.map { list($0, style: style) }
    let axis = c(.axisHeight, style)
    let delta = boxes.map { max($0.height - axis, $0.depth + axis) }.max() ?? 0
    let target = max(2 * delta * 0.901, 2 * delta - 0.5 * styleSize(style))
    var out = MathBox()
    for (k, d) in delimiters.enumerated() {
      out.append(delimiter(d, target: target, style: style))
      if k < boxes.count { out.append(boxes[k]) }
    }
    out.italicCorrection = 0
    return out
  }

  /// `box` between delimiters sized as `\left … \right` would size them.
  func fenced(_ box: MathBox, left: String, right: String, style: MathStyle) -> MathBox {
    let axis = c(.axisHeight, style)
    let delta = max(box.height - axis, box.depth + axis)
    let target = max(2 * delta * 0.901, 2 * delta - 0.5 * styleSize(style))
    var out = delimiter(left, target: target, style: style)
    out.append(box)
    out.append(delimiter(right, target: target, style: style))
    return out
  }

  /// One delimiter at least `target` tall, centred on the axis; "" is the null delimiter
  /// (\nulldelimiterspace, 0.12 em).
  func delimiter(_ d: String, target: Double, style: MathStyle) -> MathBox {
    guard !d.isEmpty else { return .space(0.12 * size) }
    return centered(stretched(d, to: target, style: style, vertical: true), style: style)
  }

  /// `character` at least `target` points long (tall or wide): the first variant long enough,
  /// else the font's assembly of parts, else the longest variant.
  func stretched(_ character: String, to target: Double, style: MathStyle, vertical: Bool) -> MathBox {
    guard let scalar = character.unicodeScalars.first else { return MathBox() }
    let k = scale(style)
    let g = font.glyph(for: scalar) ?? 0
    let variants = font.variants(of: g, vertical: vertical)
    func length(_ box: MathBox) -> Double { vertical ? box.height + box.depth : box.width }
    for variant in variants {
      let box = glyphBox(variant.glyph, style: style)
      // Horizontal: the glyph's own advance, as LuaTeX measures a variant (the MATH
      // table's variant advance for Latin Modern's ← is 886 units, its glyph 1000 wide).
      if vertical ? length(box) >= target : max(variant.advance * k, box.width) >= target { return box }
    }
    if let assembly = font.assembly(of: g, vertical: vertical), !assembly.parts.isEmpty {
      return assemble(assembly, to: target, style: style, vertical: vertical)
    }
    return glyphBox(variants.last?.glyph ?? g, style: style)
  }

  /// An assembly (OpenType MATH GlyphAssembly) `target` long: the fewest repeats of the
  /// extenders that reach it with MinConnectorOverlap, then one overlap for every joint
  /// so the length is `target` (but never under the minimum overlap).
  func assemble(_ assembly: MathAssembly, to target: Double, style: MathStyle, vertical: Bool) -> MathBox {
    let k = scale(style)
    let minOverlap = font.minConnectorOverlap(vertical: vertical) * k
    var parts: [MathAssembly.Part] = []
    for repeats in 0...64 {
      parts = assembly.parts.flatMap { $0.isExtender ? Array(repeating: $0, count: repeats) : [$0] }
      let full = parts.reduce(0) { $0 + $1.fullAdvance * k }
      if full - Double(max(0, parts.count - 1)) * minOverlap >= target { break }
    }
    let full = parts.reduce(0) { $0 + $1.fullAdvance * k }
    let joints = Double(max(1, parts.count - 1))
    let overlap = max(minOverlap, (full - target) / joints)
    var box = MathBox()
    var position = 0.0
    let size = styleSize(style)
    for part in parts {
      let b = font.bounds(of: part.glyph)
      if vertical {
        let baseline = position - b.bottom * k
        box.items.append(.glyph(part.glyph, size: size, x: 0, y: -baseline))
        box.width = max(box.width, font.advance(of: part.glyph) * k)
      } else {
        box.items.append(.glyph(part.glyph, size: size, x: position - b.left * k, y: 0))
        box.height = max(box.height, b.top * k)
        box.depth = max(box.depth, -b.bottom * k)
      }
      position += part.fullAdvance * k - overlap
    }
    let length = position + overlap
    if vertical {
      box.height = length
      box.depth = 0
    } else {
      box.width = length
    }
    box.italicCorrection = assembly.italicCorrection * k
    return box
  }
}
