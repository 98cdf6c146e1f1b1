/// A canvas that draws on another one shifted by ``offset``: what a panel of a
/// ``PanelsChart`` draws on, so each panel's chart lays itself out at the origin of its
/// own cell and never knows it is one of several.
///
/// Decision: a translation, not a general transform. Panels are never scaled (a panel's
/// text keeps the style's sizes, as matplotlib's subplots do), so nothing but positions
/// changes, and the measured extents stay the base canvas's own.
public final class OffsetCanvas: Canvas {
  public let base: Canvas
  public let offset: Point

  public init(_ base: Canvas, offset: Point) {
    self.base = base
    self.offset = offset
  }

  private func moved(_ p: Point) -> Point { Point(p.x + offset.x, p.y + offset.y) }

  /// `path` with every point moved by ``offset``.
  func moved(_ path: Path) -> Path {
    var out = Path()
    for element in path.elements {
      switch element {
      case .move(let p): out.move(to: moved(p))
      case .line(let p): out.line(to: moved(p))
      case .curve(let c1, let c2, let p): out.curve(to: moved(p), control1: moved(c1), control2: moved(c2))
      case .close: out.close()
      }
    }
    return out
  }

  public func fill(_ path: Path, color: Color) { base.fill(moved(path), color: color) }

  public func stroke(_ path: Path, style: StrokeStyle) { base.stroke(moved(path), style: style) }

  public func text(_ text: RichText, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double) {
    base.text(text, at: moved(point), style: style, anchor: anchor, rotation: rotation)
  }

  public func measure(_ text: RichText, style: TextStyle) -> TextExtent { base.measure(text, style: style) }

  public func clipped(to rect: Rect, _ body: () -> Void) {
    base.clipped(
      to: Rect(x: rect.minX + offset.x, y: rect.minY + offset.y, width: rect.width, height: rect.height), body)
  }
}
