/// How a stroke looks.
public struct StrokeStyle: Sendable, Hashable {
  public enum Cap: Sendable, Hashable { case butt, round, square }
  public enum Join: Sendable, Hashable { case miter, round, bevel }

  public var color: Color
  public var width: Double
  /// Dash lengths in points, alternating on/off; empty for a solid line.
  public var dash: [Double]
  public var cap: Cap
  public var join: Join

  public init(color: Color, width: Double, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
    self.color = color
    self.width = width
    self.dash = dash
    self.cap = cap
    self.join = join
  }
}

/// Where a text's anchor point sits on its ink box.
public struct TextAnchor: Sendable, Hashable {
  public enum Horizontal: Sendable, Hashable { case left, center, right }
  public enum Vertical: Sendable, Hashable { case top, middle, baseline, bottom }
  public var horizontal: Horizontal
  public var vertical: Vertical
  public init(_ horizontal: Horizontal, _ vertical: Vertical) {
    self.horizontal = horizontal
    self.vertical = vertical
  }
}

extension TextAnchor {
  /// Where the top left of a text `extent` large lies relative to its anchor point:
  /// (0, −w/2 or −w) across for left, centre, right; (0, −h/2, −baseline or −h) down for
  /// top, middle, baseline, bottom.
  public func offset(for extent: TextExtent) -> (dx: Double, dy: Double) {
    let dx: Double
    switch horizontal {
    case .left: dx = 0
    case .center: dx = -extent.width / 2
    case .right: dx = -extent.width
    }
    let dy: Double
    switch vertical {
    case .top: dy = 0
    case .middle: dy = -extent.height / 2
    case .baseline: dy = -extent.baseline
    case .bottom: dy = -extent.height
    }
    return (dx, dy)
  }
}

/// The logical extent of a laid-out text.
public struct TextExtent: Sendable, Hashable {
  public var width: Double
  public var height: Double
  /// Distance from the top to the first baseline.
  public var baseline: Double
  public init(width: Double, height: Double, baseline: Double) {
    self.width = width
    self.height = height
    self.baseline = baseline
  }
}

/// The small drawing surface every chart draws on. A canvas never knows what a chart
/// is, and a chart never knows the output format (DESIGN.md, "Layers").
///
/// Implementations: `CairoCanvas` (PNG, SVG, PDF) and ``RecordingCanvas`` (tests).
public protocol Canvas: AnyObject {
  /// Fills a closed path (non-zero winding).
  func fill(_ path: Path, color: Color)
  /// Strokes a path.
  func stroke(_ path: Path, style: StrokeStyle)
  /// Draws `text` in `style` at `point`, the anchor placing the text's logical box,
  /// rotated by `rotation` radians counter-clockwise about `point`.
  func text(_ text: RichText, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double)
  /// The logical extent `text` would take in `style`, unrotated.
  func measure(_ text: RichText, style: TextStyle) -> TextExtent
  /// Restricts drawing to `rect` while `body` runs.
  func clipped(to rect: Rect, _ body: () -> Void)
}

extension Canvas {
  /// Draws unrotated text.
  public func text(_ text: RichText, at point: Point, style: TextStyle, anchor: TextAnchor) {
    self.text(text, at: point, style: style, anchor: anchor, rotation: 0)
  }
}
