import Foundation

@testable import PlotNNCore

/// What a chart drew, read back from a ``RecordingCanvas`` by rules of its own: texts'
/// boxes from the recorder's fixed estimate (0.6 em a character, 1.2 em a line, computed
/// here, not by the code under test), curves as every stroke drawn inside a clip (each
/// segment reaching half its own stroke's width) and the outlines of fills there (dense
/// curves' bands, markers; Béziers flattened into chords here), and the opaque boxes
/// (halos, legend and mark backgrounds) as the rectangles filled in the panel colour
/// outside a clip.
struct RecordedDrawing {
  struct TextBox: CustomStringConvertible {
    let text: String
    let style: TextStyle
    let rect: Rect
    var description: String { "\"\(text)\" \(rect)" }
  }

  var texts: [TextBox] = []
  /// Curve segments as drawn, each with how far its ink reaches either side of it.
  var curveSegments: [(Point, Point, reach: Double)] = []
  /// Rectangles filled with the panel colour (halos, legend box, mark label boxes).
  var panels: [Rect] = []

  init(_ canvas: RecordingCanvas, style: Style) {
    var clipDepth = 0
    for command in canvas.commands {
      switch command {
      case .beginClip: clipDepth += 1
      case .endClip: clipDepth -= 1
      case .text(let rich, let p, let textStyle, let anchor, let rotation):
        texts.append(
          TextBox(text: rich.plainText, style: textStyle, rect: Self.box(rich, p, textStyle, anchor, rotation)))
      case .stroke(let path, let s) where clipDepth > 0:
        curveSegments += Self.segments(path).map { ($0.0, $0.1, reach: s.width / 2) }
      case .fill(let path, let color) where clipDepth == 0 && color == style.panel:
        if let r = Self.rectangle(path) { panels.append(r) }
      case .fill(let path, _) where clipDepth > 0:
        // A dense curve's band or a marker: its outline counts as the curve (with the
        // curve width's reach, as before markers: a margin for antialiasing).
        curveSegments += Self.segments(path).map { ($0.0, $0.1, reach: style.curveWidth / 2) }
      default: break
      }
    }
  }

  /// A path's lines, its Béziers as 8 chords each (de Casteljau's formula), closes included.
  static func segments(_ path: Path) -> [(Point, Point)] {
    var out: [(Point, Point)] = []
    var last: Point?
    var first: Point?
    for element in path.elements {
      switch element {
      case .move(let p): (last, first) = (p, p)
      case .line(let p):
        if let a = last { out.append((a, p)) }
        last = p
      case .curve(let c1, let c2, let p):
        guard let a = last else { break }
        var previous = a
        for k in 1...8 {
          let t = Double(k) / 8
          let u = 1 - t
          let x = u * u * u * a.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * p.x
          let y = u * u * u * a.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * p.y
          out.append((previous, Point(x, y)))
          previous = Point(x, y)
        }
        last = p
      case .close:
        if let a = last, let b = first { out.append((a, b)) }
        last = first
      }
    }
    return out
  }

  /// The box of a text by the recorder's estimate, turned a quarter when rotated so.
  static func box(_ rich: RichText, _ p: Point, _ style: TextStyle, _ anchor: TextAnchor, _ rotation: Double) -> Rect {
    let n = Double(rich.plainText.count)
    let (w, h) = (0.6 * style.size * n, 1.2 * style.size)
    let dx: Double
    switch anchor.horizontal {
    case .left: dx = 0
    case .center: dx = -w / 2
    case .right: dx = -w
    }
    let dy: Double
    switch anchor.vertical {
    case .top: dy = 0
    case .middle: dy = -h / 2
    case .baseline: dy = -0.95 * style.size
    case .bottom: dy = -h
    }
    guard abs(sin(rotation)) > 0.5 else { return Rect(x: p.x + dx, y: p.y + dy, width: w, height: h) }
    // Counter-clockwise quarter turn about p (y down): (u, v) → (v, −u).
    return Rect(x: p.x + min(dy, dy + h), y: p.y + min(-dx, -(dx + w)), width: h, height: w)
  }

  /// The rectangle a closed axis-aligned four-corner path outlines.
  private static func rectangle(_ path: Path) -> Rect? {
    let points = path.elements.compactMap { e -> Point? in
      switch e {
      case .move(let p), .line(let p): return p
      default: return nil
      }
    }
    let xs = points.map(\.x)
    let ys = points.map(\.y)
    guard points.count == 4, let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else {
      return nil
    }
    return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
  }

  /// The segments whose ink touches `r` (each grown by its own reach).
  func segments(meeting r: Rect) -> [(Point, Point)] {
    curveSegments.filter { r.insetBy(-$0.reach).meets(segmentFrom: $0.0, to: $0.1) }.map { ($0.0, $0.1) }
  }
}
