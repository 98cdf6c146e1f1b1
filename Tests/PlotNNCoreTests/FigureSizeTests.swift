import Testing

@testable import PlotNNCore

/// Reading sizes and lengths, and the canvas size a spec resolves to. Points per unit are
/// the definitions (CSS Values and Units Level 3, 6.2: 1in = 2.54cm = 25.4mm = 72pt = 96px).
@Suite struct FigureSizeTests {
  @Test(
    arguments: [
      ("640x480", Length(640, .px), Length(480, .px)),
      ("640X480", Length(640, .px), Length(480, .px)),
      (" 640 x 480 ", Length(640, .px), Length(480, .px)),
      ("640×480", Length(640, .px), Length(480, .px)),
      ("640pxx480px", Length(640, .px), Length(480, .px)),
      ("640px x 480", Length(640, .px), Length(480, .px)),
      ("3.25inx2.5in", Length(3.25, .in), Length(2.5, .in)),
      ("3.25INx2.5In", Length(3.25, .in), Length(2.5, .in)),
      ("8cmx6cm", Length(8, .cm), Length(6, .cm)),
      ("90mmx60mm", Length(90, .mm), Length(60, .mm)),
      ("234ptx180pt", Length(234, .pt), Length(180, .pt)),
      ("3.25inx180pt", Length(3.25, .in), Length(180, .pt)),
      (".5inx1e2", Length(0.5, .in), Length(100, .px)),
      ("-5x10", Length(-5, .px), Length(10, .px)),
    ])
  func sizesRead(text: String, width: Length, height: Length) throws {
    #expect(try FigureSize(text: text) == FigureSize(width: width, height: height))
  }

  @Test(
    arguments: [
      ("3.25furlongx2in", SizeSyntaxError.Problem.unit("furlong")),
      ("3.25inx2furlongs", .unit("furlongs")),
      ("640", .separator),
      ("640px480", .separator),
      ("640x", .number(.height)),
      ("x480", .number(.width)),
      ("", .number(.width)),
      ("infxinf", .number(.width)),
      ("640x480 2", .trailing),
    ])
  func badSizesSayWhatIsWrong(text: String, problem: SizeSyntaxError.Problem) {
    #expect(throws: SizeSyntaxError(text: text, form: .size, problem: problem)) { try FigureSize(text: text) }
  }

  @Test func lengthsRead() throws {
    #expect(try Length(text: "3.25in") == Length(3.25, .in))
    #expect(try Length(text: "640") == Length(640, .px))
    #expect(throws: SizeSyntaxError(text: "3in x", form: .length, problem: .trailing)) { try Length(text: "3in x") }
    #expect(throws: SizeSyntaxError(text: "3ft", form: .length, problem: .unit("ft"))) { try Length(text: "3ft") }
  }

  @Test func textReadsBack() throws {
    for text in ["640x480", "3.25inx2.5in", "8cmx180pt", "0.5mmx1e-3pt"] {
      let size = try FigureSize(text: text)
      #expect(try FigureSize(text: size.text) == size)
    }
    #expect(FigureSize(px: 640, 480).text == "640x480")
  }

  @Test func pointsFollowTheUnitDefinitions() {
    #expect(FigureSize(px: 640, 480).points == Size(width: 480, height: 360))
    #expect(Length(3.25, .in).points == 234)
    #expect(abs(Length(2.54, .cm).points - 72) < 1e-12 && abs(Length(25.4, .mm).points - 72) < 1e-12)
    #expect(Length(96, .px).points == 72)
  }

  /// Nothing given: the kind's default; a width alone: its height from the kind's aspect
  /// (descent figures are 2:1, line figures 4:3).
  @Test func aSpecResolvesItsCanvas() {
    var line = FigureSpec(LineFigure(functions: ["relu"]))
    #expect(line.resolvedSize == Size(width: 480, height: 360))
    #expect(line.pixelSize == (640, 480))
    line.width = Length(3.25, .in)
    #expect(line.resolvedSize == Size(width: 234, height: 175.5))
    var descent = FigureSpec(DescentFigure())
    descent.width = Length(8, .in)
    #expect(descent.resolvedSize == Size(width: 576, height: 288))
    descent.dpi = 300
    descent.scale = 2
    #expect(descent.pixelSize == (4800, 2400))
  }
}
