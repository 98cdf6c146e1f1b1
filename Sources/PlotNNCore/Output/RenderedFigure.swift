/// A figure's files and what its drawing left out for lack of room (``LayoutNotes``): what
/// a ``RenderBackend`` returns, so the note travels with the drawing it is about.
public struct RenderedFigure: Sendable {
  /// One file per format asked for, in that order.
  public var files: [[UInt8]]
  public var notes: LayoutNotes

  public init(files: [[UInt8]], notes: LayoutNotes = LayoutNotes()) {
    self.files = files
    self.notes = notes
  }
}
