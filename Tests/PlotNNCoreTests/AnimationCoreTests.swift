import Testing

@testable import PlotNNCore

/// The animation's plan (frames, steps, delays), its manifest keys and gallery entry, and
/// the descent path cut at a step.
@Suite struct AnimationCoreTests {
  @Test func framesRunFromNoStepToTheLastAndDelaysAreWholeCentiseconds() {
    #expect(Animation().steps(forStepCount: 28) == Array(0...28))  // one a step
    #expect(Animation(frames: 5).steps(forStepCount: 28) == [0, 7, 14, 21, 28])
    #expect(Animation(frames: 50).steps(forStepCount: 3) == [0, 1, 2, 3])  // cut to steps + 1
    #expect(Animation().steps(forStepCount: 500).count == Animation.defaultFrameCap)
    #expect(Animation().steps(forStepCount: 0) == [0])
    let a = Animation(fps: 30, hold: 0.5)
    #expect(a.frameDelay == 3 && a.lastDelay == 53)
    #expect(Animation(fps: 50).frameDelay == 2)
    #expect(a.delays(count: 3) == [3, 3, 53])
  }

  @Test func rulesNameTheirKey() {
    let bad: [(Animation, String)] = [
      (Animation(frames: 0), "frames"), (Animation(frames: 1001), "frames"), (Animation(fps: 0), "fps"),
      (Animation(fps: 51), "fps"), (Animation(fps: .nan), "fps"), (Animation(loop: .times(0)), "loop"),
      (Animation(hold: -1), "hold"), (Animation(hold: .infinity), "hold"),
    ]
    for (animation, field) in bad {
      #expect(throws: FigureSpecError.self) { try animation.validate() }
      do { try animation.validate() } catch { #expect(error.field == field) }
    }
  }

  static func manifest(_ entries: [(String, ManifestNode)]) throws -> Manifest {
    var line = 2
    let fields = ([("name", ManifestNode.scalar("a", line: 2)), ("kind", .scalar("descent", line: 2))] + entries).map {
      line += 1
      return ManifestNode.Entry(key: $0.0, line: line, value: $0.1)
    }
    return try Manifest.decode(
      .mapping([.init(key: "figures", line: 1, value: .sequence([.mapping(fields, line: 2)], line: 2))], line: 1),
      file: "m.yaml", schema: ManifestSchema(formats: ["png", "svg", "pdf", "gif", "anim.svg"]))
  }

  @Test func manifestKeysSetTheAnimationAndTheGalleryShowsTheGIF() throws {
    let m = try Self.manifest([
      ("formats", .sequence([.scalar("gif", line: 3), .scalar("anim.svg", line: 3)], line: 3)),
      ("frames", .scalar("12", line: 4)), ("fps", .scalar("20", line: 5)), ("loop", .scalar("3", line: 6)),
      ("hold", .scalar("1.5", line: 7)),
    ])
    let figure = try #require(m.figures.first)
    #expect(figure.spec.animation == Animation(frames: 12, fps: 20, loop: .times(3), hold: 1.5))
    let md = Gallery.markdown(m, source: "m.yaml")
    #expect(md.contains("![a](a.gif)"))
    #expect(md.contains("[GIF](a.gif) · [ANIM.SVG](a.anim.svg)"))
    #expect(try Self.manifest([("loop", .scalar("forever", line: 3))]).figures[0].spec.animation.loop == .forever)
    let loop = try Self.manifest([("loop", .scalar("often", line: 3))]).failures.map(\.description)
    #expect(loop.count == 1 && loop[0].contains("key 'loop': expected forever or a whole number of plays"))
    let fps = try Self.manifest([("fps", .scalar("100", line: 3))]).failures.map(\.description)
    #expect(fps.count == 1 && fps[0].contains("key 'fps': fps must be greater than 0 and at most 50"))
  }

  @Test func theAnimatedSVGExtensionWinsOverSVG() throws {
    struct Stub: RenderBackend {
      var formats: [FileFormat]
      func render(_ chart: any Chart, size: Size, scale: Double, formats: [FileFormat]) throws(RenderError)
        -> RenderedFigure
      { RenderedFigure(files: []) }
    }
    let registry = FileFormats([
      Stub(formats: [FileFormat(id: "svg", medium: .vector, mediaType: "image/svg+xml")]),
      Stub(formats: [FileFormat(id: "anim.svg", medium: .vector, mediaType: "image/svg+xml")]),
    ])
    #expect(try registry.format(forPath: "out/d.anim.svg").id == "anim.svg")
    #expect(try registry.format(forPath: "D.ANIM.SVG").id == "anim.svg")
    #expect(try registry.format(forPath: "d.svg").id == "svg")
    #expect(try registry.format(forPath: "anim.svg").id == "svg")  // a name, then the extension
    #expect(throws: RenderError.self) { try registry.format(forPath: ".svg") }
  }

  /// A frame's path is a part of the whole path's drawing: the same segments, dots and heads
  /// up to its step, none placed anew; the first frame draws no segment, the last all.
  @Test func descentPathCutIsAPrefixOfTheWholeDrawing() throws {
    let zigzag = (0..<30).map { k in Point(100 + Double(k) * 9, 100 + (k % 2 == 0 ? 0 : 40) - Double(k)) }
    let whole = DescentPathGeometry(points: zigzag, minimum: nil)
    #expect(whole.cut(atStep: 0).segments.isEmpty && whole.cut(atStep: 0).dots.isEmpty)
    #expect(whole.cut(atStep: 29).segments.count == whole.segments.count)
    #expect(whole.cut(atStep: 29).heads == whole.heads)
    var previous = 0
    for step in 0...29 {
      let cut = whole.cut(atStep: step)
      #expect(cut.segments.count == min(step, 29))
      #expect(cut.segments.count >= previous)
      previous = cut.segments.count
      #expect(zip(cut.segments, whole.segments).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 })
      #expect(cut.heads == Array(whole.heads.prefix(cut.heads.count)))
      #expect(cut.dots == Array(whole.dots.prefix(cut.dots.count)))
      #expect(cut.start == whole.start)
    }
  }

  /// The contract of ``AnimatableChart``: the last frame draws what the chart draws, and
  /// every frame draws the first frame's commands (the static parts) in order, plus its path.
  @Test func descentFramesKeepTheStaticDrawing() throws {
    let chart = ContourChart.descent()
    let size = Size(width: 720, height: 360)
    func commands(_ c: any Chart) -> [RecordingCanvas.Command] {
      let canvas = RecordingCanvas()
      c.draw(on: canvas, size: size, tolerance: 0.1)
      return canvas.commands
    }
    #expect(chart.animationSteps == 28)
    let whole = commands(chart)
    #expect(commands(chart.frame(step: chart.animationSteps)) == whole)
    let first = commands(chart.frame(step: 0))
    let pathStrokes = { (list: [RecordingCanvas.Command]) in
      list.filter {
        if case .stroke(_, let s) = $0 { return s.width == DescentPathPainter.lineWidth } else { return false }
      }
    }
    #expect(pathStrokes(first).isEmpty)
    #expect(pathStrokes(whole).count == 2)
    for step in [1, 5, 14] {
      var rest = commands(chart.frame(step: step))[...]
      for command in first {
        guard let at = rest.firstIndex(of: command) else {
          Issue.record("frame \(step) lacks a command of the first frame")
          break
        }
        rest = rest[(at + 1)...]
      }
    }
  }

  /// The surface figure keeps the same contract: its last frame is the static figure, its
  /// first draws no stretch of the path, and each frame's path is a part of the next one's.
  @Test func surfaceFramesCutThePathOnly() throws {
    let chart = try #require(try FigureSpec(SurfaceFigure()).chart(catalog: .standard) as? SurfaceChart)
    let size = Size(width: 480, height: 360)
    func commands(_ c: any Chart) -> [RecordingCanvas.Command] {
      let canvas = RecordingCanvas()
      c.draw(on: canvas, size: size, tolerance: 0.1)
      return canvas.commands
    }
    let pathColor = chart.style.color(1)
    func pathPoints(_ list: [RecordingCanvas.Command]) -> Int {
      list.reduce(0) { total, command in
        guard case .stroke(let path, let s) = command, s.color == pathColor, s.width == chart.style.curveWidth
        else { return total }
        return total + path.elements.count
      }
    }
    #expect(chart.animationSteps == chart.path.count - 1)
    let whole = commands(chart)
    #expect(commands(chart.frame(step: chart.animationSteps)) == whole)
    #expect(pathPoints(commands(chart.frame(step: 0))) == 0)
    var previous = 0
    for step in [1, 2, 10, 100, chart.animationSteps] {
      let points = pathPoints(commands(chart.frame(step: step)))
      #expect(points >= previous)
      previous = points
    }
    #expect(previous == pathPoints(whole) && previous > 0)
  }
  /// A mark's label appears with its mark, when the path reaches it, where the whole figure
  /// has it: the end's ("第 300 步") only in the last frame, the corner's ("第 2 步") from
  /// frame 2 on; the start's and the minimum's in every frame. (Frame 1 used to show the
  /// end's label beside a path one step long.)
  @Test func surfaceMarkLabelsAppearWhenThePathReachesThem() throws {
    let chart = try #require(try FigureSpec(SurfaceFigure()).chart(catalog: .standard) as? SurfaceChart)
    let size = Size(width: 800, height: 600)
    func texts(_ c: any Chart) -> [String: Point] {
      let canvas = RecordingCanvas()
      c.draw(on: canvas, size: size, tolerance: 0.1)
      var found: [String: Point] = [:]
      for case .text(let text, let point, _, _, _) in canvas.commands { found[text.plainText] = point }
      return found
    }
    let end = try #require(chart.endLabel?.plainText)
    let corner = try #require(chart.stepMarks.first)
    let start = try #require(chart.startLabel?.plainText)
    let minimum = try #require(chart.minimumLabel?.plainText)
    let whole = texts(chart)
    for label in [end, corner.label.plainText, start, minimum] { #expect(whole[label] != nil, "\(label)") }
    let last = chart.animationSteps
    for step in [0, 1, corner.step, last - 1, last] {
      let frame = texts(chart.frame(step: step))
      #expect((frame[end] != nil) == (step == last), "end label at step \(step)")
      #expect((frame[corner.label.plainText] != nil) == (step >= corner.step), "corner label at step \(step)")
      for label in [start, minimum] { #expect(frame[label] == whole[label], "\(label) at step \(step)") }
      if let at = frame[end] { #expect(at == whole[end]) }
    }
  }
}
