/// A canvas that records what was drawn, for tests of charts without Cairo.
///
/// Text is measured with a fixed estimate (0.6 em a character, 1.2 em a line) so
/// layout is deterministic and independent of fonts.
public final class RecordingCanvas: Canvas {
  public enum Command: Sendable, Hashable {
    case fill(Path, Color)
    case stroke(Path, StrokeStyle)
    case text(String, Point, TextStyle, TextAnchor, rotation: Double)
    case beginClip(Rect)
    case endClip
  }

  public private(set) var commands: [Command] = []

  public init() {}

  public func fill(_ path: Path, color: Color) { commands.append(.fill(path, color)) }

  public func stroke(_ path: Path, style: StrokeStyle) { commands.append(.stroke(path, style)) }

  public func text(_ markup: String, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double) {
    commands.append(.text(markup, point, style, anchor, rotation: rotation))
  }

  public func measure(_ markup: String, style: TextStyle) -> TextExtent {
    let plain = Markup.plainText(markup)
    return TextExtent(width: 0.6 * style.size * Double(plain.count), height: 1.2 * style.size, baseline: 0.95 * style.size)
  }

  public func clipped(to rect: Rect, _ body: () -> Void) {
    commands.append(.beginClip(rect))
    body()
    commands.append(.endClip)
  }

  /// The strings of every text command, markup included, in drawing order.
  public var texts: [String] {
    commands.compactMap { if case .text(let s, _, _, _, _) = $0 { return s } else { return nil } }
  }
}
