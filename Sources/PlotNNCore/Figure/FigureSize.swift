/// A figure's size as an author asks for it: a width and a height, each a ``Length`` in its
/// own unit (`640x480` in CSS pixels, `3.25inx2.5in`, `8cmx6cm`, `3.25inx180pt`).
///
/// The drawing happens in points (``points``); the units are kept so messages and the
/// manifest's gallery can say what was asked for.
public struct FigureSize: Sendable, Hashable {
  public var width: Length
  public var height: Length

  public init(width: Length, height: Length) {
    self.width = width
    self.height = height
  }

  /// A size in CSS pixels: `FigureSize(px: 640, 480)` is `640x480`.
  public init(px width: Double, _ height: Double) {
    self.init(width: Length(width, .px), height: Length(height, .px))
  }

  /// The canvas size, in points.
  public var points: Size { Size(width: width.points, height: height.points) }

  /// Width over height, in like units (4/3 for `640x480`).
  public var aspectRatio: Double { width.points / height.points }

  /// `3.25inx2.5in`, `640x480`, as ``init(text:)`` reads it.
  public var text: String { width.text + "x" + height.text }

  /// `WIDTHxHEIGHT`, each side a number with an optional unit (``Length/Unit``), any case,
  /// `x` or `×` between, blanks around ignored: `640x480`, `3.25in x 2.5in`, `90mmx60mm`.
  public init(text: String) throws(SizeSyntaxError) {
    var scanner = SizeScanner(text)
    let width = try scanner.length(in: text, form: .size, side: .width)
    guard scanner.separator() else { throw SizeSyntaxError(text: text, form: .size, problem: .separator) }
    let height = try scanner.length(in: text, form: .size, side: .height)
    guard scanner.atEnd else { throw SizeSyntaxError(text: text, form: .size, problem: .trailing) }
    self.init(width: width, height: height)
  }
}
