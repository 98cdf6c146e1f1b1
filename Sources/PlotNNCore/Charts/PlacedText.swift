import Foundation

/// A text placed by the centre of its logical box, unrotated or rotated by a quarter turn.
struct PlacedText {
  let text: RichText
  let center: Point
  let extent: TextExtent
  /// Radians counter-clockwise; the box is exact for multiples of π/2.
  let rotation: Double

  /// The text's box on the canvas (width and height swapped for a quarter turn).
  var box: Rect {
    let quarter = abs(sin(rotation)) > 0.5
    let w = quarter ? extent.height : extent.width
    let h = quarter ? extent.width : extent.height
    return Rect(x: center.x - w / 2, y: center.y - h / 2, width: w, height: h)
  }

  func draw(on canvas: Canvas, style: TextStyle) {
    canvas.text(text, at: center, style: style, anchor: TextAnchor(.center, .middle), rotation: rotation)
  }
}
