/// A text whose place is decided: drawn with its `anchor` at `at`, on a halo of the panel
/// colour when `halo` is set (the halo fills ``box``, which already includes it).
struct PlacedLabel {
  let text: RichText
  let at: Point
  let anchor: TextAnchor
  let style: TextStyle
  let halo: Bool
  /// The text's box, grown by ``haloMargin`` across when it has a halo.
  let box: Rect

  /// How far a halo reaches past the text on the left and right.
  static let haloMargin = 2.0

  init(_ text: RichText, at: Point, anchor: TextAnchor, style: TextStyle, halo: Bool, on canvas: Canvas) {
    self.text = text
    self.at = at
    self.anchor = anchor
    self.style = style
    self.halo = halo
    let extent = canvas.measure(text, style: style)
    let (dx, dy) = anchor.offset(for: extent)
    let grow = halo ? Self.haloMargin : 0
    box = Rect(x: at.x + dx - grow, y: at.y + dy, width: extent.width + 2 * grow, height: extent.height)
  }

  func draw(on canvas: Canvas, panel: Color) {
    if halo { canvas.fill(.rectangle(box), color: panel) }
    canvas.text(text, at: at, style: style, anchor: anchor)
  }
}
