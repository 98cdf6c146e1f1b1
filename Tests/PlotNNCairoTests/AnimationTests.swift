import CGif
import Foundation
import Testing

@testable import PlotNNCairo
@testable import PlotNNCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The animated formats of the descent figure, read back independently: the GIF by giflib's
/// decoder (``DecodedGIF``), the animated SVG by Foundation's XML parser; the path's device
/// points from the figure's own recorded drawing.
@Suite struct AnimationTests {
  /// 480 × 240 pixels, 20 fps, played 3 times, 1.5 s on the last frame.
  static var spec: FigureSpec {
    var spec = FigureSpec(DescentFigure())
    spec.size = FigureSize(px: 480, 240)
    spec.animation = Animation(fps: 20, loop: .times(3), hold: 1.5)
    return spec
  }

  static func render(_ format: String, spec: FigureSpec = spec) throws -> [UInt8] {
    try FileFormats.cairo().render(spec, formats: [format])[0]
  }

  @Test func gifIsWellFormedWithOnePaletteLoopAndDelays() throws {
    let chart = try #require(try Self.spec.chart(catalog: .standard) as? ContourChart)
    let expectedFrames = Self.spec.animation.steps(forStepCount: chart.animationSteps).count
    #expect(chart.animationSteps == 28)  // the unnormalized panel converges in 28 steps
    #expect(expectedFrames == 29)
    let gif = try DecodedGIF(try Self.render("gif"))
    #expect(gif.width == 480 && gif.height == 240)
    #expect(gif.frames.count == expectedFrames)
    #expect(gif.globalPalette.count == 256)
    #expect(gif.frames.allSatisfy { !$0.hasLocalPalette })
    #expect(gif.loopCount == 2)  // 3 plays: the first and 2 repeats
    // 20 fps: 5 cs a frame; the last 5 + 150.
    #expect(gif.frames.dropLast().allSatisfy { $0.delay == 5 })
    #expect(gif.frames.last?.delay == 155)
    let first = try #require(gif.frames.first)
    #expect(first.left == 0 && first.top == 0 && first.width == 480 && first.height == 240)
    #expect(gif.frames.allSatisfy { $0.disposal == DISPOSE_DO_NOT })
  }

  @Test func loopOnceHasNoNetscapeBlockAndForeverHasZero() throws {
    var spec = Self.spec
    spec.animation.frames = 3
    spec.animation.loop = .times(1)
    #expect(try DecodedGIF(try Self.render("gif", spec: spec)).loopCount == nil)
    spec.animation.loop = .forever
    let gif = try DecodedGIF(try Self.render("gif", spec: spec))
    #expect(gif.loopCount == 0)
    #expect(gif.frames.count == 3)
  }

  @Test func gifAndAnimatedSVGAreByteIdenticalAcrossRuns() throws {
    #expect(try Self.render("gif") == (try Self.render("gif")))
    #expect(try Self.render("anim.svg") == (try Self.render("anim.svg")))
  }

  /// The path's polyline in device pixels, from the whole chart's recorded drawing: the
  /// strokes in the path's colour and width.
  static func pathPixels(_ spec: FigureSpec) throws -> [[(Double, Double)]] {
    let chart = try spec.chart(catalog: .standard)
    let scale = spec.pixelsPerPoint
    let color = ContourColors(style: spec.resolvedStyle).path
    let recording = try FontMapPool().withFontMap(chart.fontFamilies) { map throws(RenderError) in
      try CairoBackend.record(chart, size: spec.resolvedSize, tolerance: 0.1 / scale, fontMap: map).0
    }
    return recording.commands.compactMap { command -> [(Double, Double)]? in
      guard case .stroke(let path, let style) = command, style.color == color,
        style.width == DescentPathPainter.lineWidth
      else { return nil }
      return path.elements.compactMap { element -> (Double, Double)? in
        switch element {
        case .move(let p), .line(let p): return (p.x * scale, p.y * scale)
        default: return nil
        }
      }
    }
  }

  /// Frame 0 shows none of the path; the last frame shows all of it: pixels at the middle of
  /// every long step (away from the start marker) are the path's colour in the last frame
  /// and far from it in the first.
  @Test func firstFrameHasNoPathAndLastFrameTheWholePath() throws {
    var spec = Self.spec
    spec.size = FigureSize(px: 960, 480)
    let gif = try DecodedGIF(try Self.render("gif", spec: spec))
    let first = gif.composite(through: 0)
    let last = gif.composite(through: gif.frames.count - 1)
    let c = ContourColors(style: Self.spec.resolvedStyle).path
    let path = (Int((c.red * 255).rounded()), Int((c.green * 255).rounded()), Int((c.blue * 255).rounded()))
    func distance(_ picture: [(UInt8, UInt8, UInt8)], _ x: Int, _ y: Int) -> Int {
      // The nearest of the 3 × 3 pixels around (x, y): the line is 2 pixels wide.
      var best = Int.max
      for dy in -1...1 {
        for dx in -1...1 {
          let p = picture[(y + dy) * gif.width + x + dx]
          let (r, g, b) = (Int(p.0) - path.0, Int(p.1) - path.1, Int(p.2) - path.2)
          best = min(best, r * r + g * g + b * b)
        }
      }
      return best
    }
    let runs = try Self.pathPixels(spec)
    #expect(runs.count == 2)  // one polyline a panel
    var checked = 0
    for run in runs {
      // The start marker and the minimum's star (radius 7 pt) cover the path where they sit.
      guard let start = run.first, let end = run.last else { continue }
      for (a, b) in zip(run, run.dropFirst()) where hypot(b.0 - a.0, b.1 - a.1) > 16 {
        let mid = ((a.0 + b.0) / 2, (a.1 + b.1) / 2)
        guard hypot(mid.0 - start.0, mid.1 - start.1) > 12, hypot(mid.0 - end.0, mid.1 - end.1) > 14 else { continue }
        let (x, y) = (Int(mid.0), Int(mid.1))
        #expect(distance(last, x, y) < 40 * 40, "last frame at \(x),\(y)")
        #expect(distance(first, x, y) > 100 * 100, "first frame at \(x),\(y)")
        checked += 1
      }
    }
    #expect(checked >= 4)
  }

  /// The animated SVG parses as XML; one `<animate>` a frame that changes the drawing: at
  /// least one for each GIF frame with a changed pixel, at most one a frame; every one with the GIF's total duration, the loop
  /// count, key times on frame boundaries, and only the last frame's layer left visible.
  @Test func animatedSVGParsesAndKeepsTheGIFsTiming() throws {
    let bytes = try Self.render("anim.svg")
    let animates = try AnimateElements(bytes).attributes
    let gif = try DecodedGIF(try Self.render("gif"))
    let changing = gif.frames.dropFirst().filter { frame in
      frame.indices.contains { Int($0) != frame.transparent }
    }
    #expect(animates.count >= changing.count && animates.count <= gif.frames.count - 1)
    #expect(changing.count >= 5)
    let total = gif.frames.reduce(0) { $0 + $1.delay }
    #expect(total == 28 * 5 + 155)
    for (k, animate) in animates.enumerated() {
      #expect(animate["attributeName"] == "visibility")
      #expect(animate["calcMode"] == "discrete")
      #expect(animate["dur"] == "2.95s")
      #expect(animate["repeatCount"] == "3")
      let values = (animate["values"] ?? "").split(separator: ";")
      let times = (animate["keyTimes"] ?? "").split(separator: ";").compactMap {
        Double($0)
      }
      #expect(values.count == times.count && times.first == 0)
      for t in times {
        let centiseconds = t * Double(total)
        #expect(abs(centiseconds / 5 - (centiseconds / 5).rounded()) < 1e-3, "key time \(t) on a frame boundary")
      }
      #expect(values.last == (k == animates.count - 1 ? "visible" : "hidden"))
    }
  }

  @Test func chartsWithoutPathsAreRefused() throws {
    var spec = FigureSpec(LineFigure(functions: ["relu"]))
    spec.size = FigureSize(px: 320, 240)
    #expect(throws: RenderError.self) { try FileFormats.cairo().render(spec, formats: ["gif"]) }
  }

  @Test func tooManyFramePixelsAreRefusedBeforeDrawing() throws {
    #expect(throws: RenderError.self) {
      try Animation.checkPixels(frames: 1000, width: 1920, height: 1080)
    }
    try Animation.checkPixels(frames: 96, width: 1920, height: 1080)
  }
}

/// The attributes of every `<animate>` element of an XML document, in document order, read
/// by Foundation's `XMLParser` (which fails on a document that is not well-formed).
final class AnimateElements: NSObject, XMLParserDelegate {
  var attributes: [[String: String]] = []

  struct Malformed: Error { var message: String }

  init(_ bytes: [UInt8]) throws {
    super.init()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = self
    guard parser.parse() else { throw Malformed(message: "\(parser.parserError.map { "\($0)" } ?? "?")") }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes attributeDict: [String: String]
  ) {
    if elementName == "animate" { attributes.append(attributeDict) }
  }
}
