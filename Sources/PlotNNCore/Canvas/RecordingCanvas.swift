/// A canvas that records what was drawn: for tests of charts without Cairo, and to draw a
/// chart once and ``replay(on:)`` it onto several output canvases (PNG and SVG of one figure).
///
/// Text is measured by the `measure` closure given at creation, by default a fixed estimate
/// (0.6 em a character of ``RichText/plainText``, 1.2 em a line) so tests' layouts are
/// independent of fonts; a
/// renderer passes its real text measurement so the replay lays out exactly as a direct
/// drawing would.
public final class RecordingCanvas: Canvas {
  public enum Command: Sendable, Hashable {
    case fill(Path, Color)
    case stroke(Path, StrokeStyle)
    case text(RichText, Point, TextStyle, TextAnchor, rotation: Double)
    case beginClip(Rect)
    case endClip
  }

  public private(set) var commands: [Command] = []
  private let measurer: ((RichText, TextStyle) -> TextExtent)?
  /// Extents already measured (colour does not change an extent).
  private var measured: [MeasureKey: TextExtent] = [:]

  private struct MeasureKey: Hashable {
    let text: RichText
    let size: Double
    let bold: Bool
    let families: [String]
    let monospaceFamilies: [String]
    let mathFamily: String
  }

  public init() { measurer = nil }

  /// A recorder whose text is measured by `measure` (e.g. a Cairo canvas's Pango layout).
  public init(measure: @escaping (RichText, TextStyle) -> TextExtent) { measurer = measure }

  public func fill(_ path: Path, color: Color) { commands.append(.fill(path, color)) }

  public func stroke(_ path: Path, style: StrokeStyle) { commands.append(.stroke(path, style)) }

  public func text(_ text: RichText, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double) {
    commands.append(.text(text, point, style, anchor, rotation: rotation))
  }

  public func measure(_ text: RichText, style: TextStyle) -> TextExtent {
    if let measurer {
      // Layout code measures the same labels many times (tick thinning tries several bin
      // counts); a Pango layout per call was a good part of a line chart's time.
      let key = MeasureKey(
        text: text, size: style.size, bold: style.bold, families: style.families,
        monospaceFamilies: style.monospaceFamilies, mathFamily: style.mathFamily)
      if let known = measured[key] { return known }
      let extent = measurer(text, style)
      measured[key] = extent
      return extent
    }
    let plain = text.plainText
    return TextExtent(
      width: 0.6 * style.size * Double(plain.count), height: 1.2 * style.size, baseline: 0.95 * style.size)
  }

  public func clipped(to rect: Rect, _ body: () -> Void) {
    commands.append(.beginClip(rect))
    body()
    commands.append(.endClip)
  }

  /// The text of every text command, in drawing order.
  public var texts: [RichText] {
    commands.compactMap { if case .text(let s, _, _, _, _) = $0 { return s } else { return nil } }
  }

  /// Draws the recorded commands, in order, on `canvas`.
  public func replay(on canvas: Canvas) {
    var index = commands.startIndex
    replay(on: canvas, from: &index, to: commands.endIndex)
  }

  /// Draws `commands[range]`, a stretch that may begin inside clips and end inside others:
  /// `clips` are the clips open where it begins (``openClips(before:)``), reopened first;
  /// clips still open at its end are closed there. Replaying `0..<k` and then `k..<n` within
  /// the clips open at k paints what replaying `0..<n` paints: a clip only limits the
  /// drawing after it, so reopening it changes nothing already drawn. What lets an
  /// animation rasterise the commands all its frames share once (``AnimationBackend``).
  public func replay(on canvas: Canvas, commands range: Range<Int>, within clips: [Rect]) {
    var index = max(range.lowerBound, commands.startIndex)
    let end = min(range.upperBound, commands.endIndex)
    func resume(_ depth: Int) {
      if depth < clips.count { canvas.clipped(to: clips[depth]) { resume(depth + 1) } }
      replay(on: canvas, from: &index, to: end)
    }
    resume(0)
  }

  /// The clips open just before `commands[index]`, outermost first.
  public func openClips(before index: Int) -> [Rect] {
    var open: [Rect] = []
    for command in commands[..<min(index, commands.endIndex)] {
      switch command {
      case .beginClip(let rect): open.append(rect)
      case .endClip: _ = open.popLast()
      default: break
      }
    }
    return open
  }

  /// Replays until the `endClip` that closes the current clip (or `end`).
  private func replay(on canvas: Canvas, from index: inout Int, to end: Int) {
    while index < end {
      let command = commands[index]
      index += 1
      switch command {
      case .fill(let path, let color): canvas.fill(path, color: color)
      case .stroke(let path, let style): canvas.stroke(path, style: style)
      case .text(let text, let point, let style, let anchor, let rotation):
        canvas.text(text, at: point, style: style, anchor: anchor, rotation: rotation)
      case .beginClip(let rect): canvas.clipped(to: rect) { replay(on: canvas, from: &index, to: end) }
      case .endClip: return
      }
    }
  }
}
