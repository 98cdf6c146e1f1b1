/// A laid-out formula: its width, height above and depth below the baseline, in points, and
/// what to draw, each item placed relative to the box's origin on its baseline (x right,
/// y down, as the canvas).
public struct MathBox: Sendable, Hashable {
  public enum Item: Sendable, Hashable {
    /// A glyph of the math font at `size` points, its origin at (x, y).
    case glyph(UInt32, size: Double, x: Double, y: Double)
    /// Text in the text font in `face` at `size` points, its baseline origin at (x, y).
    case text(String, face: MathTextFace, size: Double, x: Double, y: Double)
    /// A filled rectangle (fraction bars, radical overbars, table rules).
    case rule(x: Double, y: Double, width: Double, height: Double)
    /// From here on, glyphs, rules and text in this colour (`\color`); nil ends the
    /// innermost colour begun, back to the one before it (or the text's own).
    case color(Color?)
  }

  public var width: Double
  public var height: Double
  public var depth: Double
  public var items: [Item]
  /// Italic correction of the last glyph, for scripts after it (TeXbook rule 17).
  public var italicCorrection: Double = 0
  /// The single glyph the box is, when it is one (for accents and math kerning).
  public var glyph: UInt32?

  public init(width: Double = 0, height: Double = 0, depth: Double = 0, items: [Item] = []) {
    self.width = width
    self.height = height
    self.depth = depth
    self.items = items
  }

  /// An empty box `width` wide (a kern or glue).
  public static func space(_ width: Double) -> MathBox { MathBox(width: width) }

  /// Adds `box`'s items with its origin at (dx, dy), dy down; grows height and depth.
  public mutating func place(_ box: MathBox, dx: Double, dy: Double) {
    for item in box.items {
      switch item {
      case .glyph(let g, let size, let x, let y): items.append(.glyph(g, size: size, x: x + dx, y: y + dy))
      case .rule(let x, let y, let w, let h): items.append(.rule(x: x + dx, y: y + dy, width: w, height: h))
      case .color: items.append(item)
      case .text(let t, let face, let size, let x, let y):
        items.append(.text(t, face: face, size: size, x: x + dx, y: y + dy))
      }
    }
    height = max(height, box.height - dy)
    depth = max(depth, box.depth + dy)
  }

  /// Appends `box` on the baseline, raised by `shift` (up), to the right.
  public mutating func append(_ box: MathBox, raised shift: Double = 0) {
    place(box, dx: width, dy: -shift)
    width += box.width
    italicCorrection = box.italicCorrection
    glyph = nil
  }

  /// The ink-free logical rectangle as (x, y, width, height), y down from the box's top.
  public var extent: (width: Double, height: Double, baseline: Double) { (width, height + depth, height) }
}
