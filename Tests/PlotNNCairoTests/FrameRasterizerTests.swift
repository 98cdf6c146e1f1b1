import Testing

@testable import PlotNNCairo
@testable import PlotNNCore

/// Frames drawn from the shared base (``FrameRasterizer``) are byte for byte the frames
/// replayed whole (``CairoBackend/pixels(_:size:scale:fontMap:)``): for the descent figure,
/// whose shared commands end inside the first panel's clip, and for the 3-D surface, whose
/// quads are shared.
@Suite struct FrameRasterizerTests {
  static func frames(_ spec: FigureSpec, steps: [Int]) throws -> (whole: [[UInt8]], shared: [[UInt8]], prefix: Int) {
    let chart = try #require(try spec.chart(catalog: .standard) as? any AnimatableChart)
    let size = spec.resolvedSize
    let scale = spec.pixelsPerPoint
    return try FontMapPool().withFontMap(chart.fontFamilies) { map throws(RenderError) in
      let recordings = try steps.map { (k: Int) throws(RenderError) -> RecordingCanvas in
        try CairoBackend.record(chart.frame(step: k), size: size, tolerance: 0.1 / scale, fontMap: map).0
      }
      let whole = try recordings.map { (r: RecordingCanvas) throws(RenderError) -> [UInt8] in
        try CairoBackend.pixels(r, size: size, scale: scale, fontMap: map)
      }
      let rasterizer = FrameRasterizer(size: size, scale: scale, fontMap: map)
      try rasterizer.share(between: recordings[0], and: recordings[recordings.count - 1])
      let shared = try recordings.map { (r: RecordingCanvas) throws(RenderError) -> [UInt8] in
        try rasterizer.pixels(r)
      }
      let prefix = zip(recordings[0].commands, recordings[recordings.count - 1].commands).prefix { $0 == $1 }.count
      return (whole, shared, prefix)
    }
  }

  @Test func descentFramesFromTheBaseEqualWholeReplays() throws {
    var spec = FigureSpec(DescentFigure())
    spec.size = FigureSize(px: 480, 240)
    let (whole, shared, prefix) = try Self.frames(spec, steps: [0, 3, 11, 28])
    #expect(prefix > 0)
    #expect(whole.count == shared.count)
    for (k, (a, b)) in zip(whole, shared).enumerated() { #expect(a == b, "frame \(k)") }
    #expect(whole[0] != whole[3])  // the frames differ: the path grows
  }

  @Test func surfaceFramesFromTheBaseEqualWholeReplays() throws {
    var spec = FigureSpec(SurfaceFigure())
    spec.size = FigureSize(px: 400, 300)
    let (whole, shared, prefix) = try Self.frames(spec, steps: [0, 1, 40, 300])
    #expect(prefix > 100)  // the quads at least
    for (k, (a, b)) in zip(whole, shared).enumerated() { #expect(a == b, "frame \(k)") }
    #expect(whole[1] != whole[3])
  }

  /// A clip open where the shared commands end is reopened for the rest: replaying 0..<k
  /// and then k..<n within the clips open at k draws what 0..<n draws.
  @Test func replayInTwoStretchesWithinOpenClipsMatchesOneReplay() {
    let recording = RecordingCanvas()
    recording.fill(.rectangle(Rect(x: 0, y: 0, width: 10, height: 10)), color: .black)
    recording.clipped(to: Rect(x: 1, y: 1, width: 5, height: 5)) {
      recording.fill(.rectangle(Rect(x: 0, y: 0, width: 3, height: 3)), color: .black)
      recording.clipped(to: Rect(x: 2, y: 2, width: 2, height: 2)) {
        recording.fill(.rectangle(Rect(x: 0, y: 0, width: 4, height: 4)), color: .black)
      }
      recording.fill(.rectangle(Rect(x: 4, y: 4, width: 4, height: 4)), color: .black)
    }
    recording.fill(.rectangle(Rect(x: 8, y: 8, width: 1, height: 1)), color: .black)
    let whole = RecordingCanvas()
    recording.replay(on: whole)
    for k in 0...recording.commands.count {
      let split = RecordingCanvas()
      recording.replay(on: split, commands: 0..<k, within: [])
      recording.replay(on: split, commands: k..<recording.commands.count, within: recording.openClips(before: k))
      // The same drawing, though a split adds the clip it closes and reopens.
      #expect(drawn(split) == drawn(whole), "split at \(k)")
    }
    #expect(
      recording.openClips(before: 4) == [Rect(x: 1, y: 1, width: 5, height: 5), Rect(x: 2, y: 2, width: 2, height: 2)])
  }

  /// Each fill with the clips it is drawn within.
  private func drawn(_ recording: RecordingCanvas) -> [String] {
    var open: [Rect] = []
    var out: [String] = []
    for command in recording.commands {
      switch command {
      case .beginClip(let r): open.append(r)
      case .endClip: open.removeLast()
      case .fill(let path, _): out.append("\(path) in \(open)")
      default: break
      }
    }
    return out
  }

  /// Re-indexing only the pixels that changed since the previous frame gives the indices a
  /// full pass gives (the GIF's frames, ``AnimationBackend``).
  @Test func reindexingChangedPixelsEqualsIndexingEveryPixel() {
    let (width, height) = (7, 5)
    // A deterministic pattern: old frame, then a new one with a few changed pixels and rows.
    let old = (0..<(width * height * 4)).map { UInt8(($0 * 37 + 11) % 251) }
    var new = old
    for i in [3, 4, 29, 30, 31, 32, 100, 139] { new[i] &+= 17 }
    func index(_ bytes: [UInt8], _ i: Int) -> UInt8 { bytes[i] ^ bytes[i + 1] &+ bytes[i + 2] &* 3 ^ bytes[i + 3] }
    let full = (0..<(width * height)).map { index(new, $0 * 4) }
    var indices = (0..<(width * height)).map { index(old, $0 * 4) }
    var looked = 0
    AnimationBackend.reindexChanged(new, from: old, width: width, height: height, into: &indices) {
      looked += 1
      return index(new, $0)
    }
    #expect(indices == full)
    #expect(looked == Set([3, 4, 29, 30, 31, 32, 100, 139].map { $0 / 4 }).count)  // only changed pixels
  }
}
