import Testing

@testable import PlotNNCore

/// What a small network or LRN figure gives up for room is returned as layout notes, in the
/// stated order (activations, names, weights and skip labels, unit labels), and a roomy one
/// gives up nothing.
@Suite struct NetworkLayoutNoteTests {
  @Test(arguments: NetworkTests.figures.map(\.0))
  func roomyFiguresLeaveNothingOut(name: String) throws {
    let figure = try #require(NetworkTests.figures.first { $0.0 == name }?.1)
    let notes = try NetworkTests.chart(figure).draw(
      on: RecordingCanvas(), size: Size(width: 1440, height: 810), tolerance: 0.1)
    #expect(notes.isEmpty, "\(name): \(notes.summary ?? "")")
  }

  /// A crowded chain at 200x150 and 240x180: every name and activation given is either
  /// drawn or counted as left out; names go only once activations have gone; the units keep
  /// the stated smallest radius.
  @Test(arguments: [Size(width: 200, height: 150), Size(width: 240, height: 180)])
  func smallFiguresCountWhatTheyGiveUp(size: Size) throws {
    var figure = NetworkFigure(layers: (0..<6).map { _ in NetworkLayer(size: 5) })
    for i in figure.layers.indices {
      figure.layers[i].name = "第 \(i + 1) 个特征层"
      figure.layers[i].activation = "LeakyReLU"
    }
    let chart = try NetworkTests.chart(figure)
    let canvas = RecordingCanvas()
    let notes = chart.draw(on: canvas, size: size, tolerance: 0.1)
    #expect(size.width > 200 || !notes.isEmpty)
    let drawn = canvas.texts.map(\.plainText)
    let count = { (item: LayoutNotes.Item) in notes.leftOut.first { $0.item == item }?.count ?? 0 }
    #expect(drawn.filter { $0 == "LeakyReLU" }.count + count(.activationName) == 6, "\(notes.summary ?? "")")
    #expect(drawn.filter { $0.hasSuffix("个特征层") }.count + count(.layerName) == 6, "\(notes.summary ?? "")")
    if count(.layerName) > 0 { #expect(count(.activationName) == 6) }
    let circles = NetworkDrawing(chart, size: size).circles
    #expect(circles.count == 30 && circles.allSatisfy { $0.radius >= NetworkLayout.minimumRadius - 1e-9 })
  }

  /// LRN at 200x150 keeps its maps (the window's cells all drawn) and gives up the heading
  /// and the two lines under the bracket, noted.
  @Test func lrnKeepsItsMapsAtSmallSizes() throws {
    var figure = LRNFigure()
    (figure.channels, figure.channel, figure.depth) = (8, 3, 4)
    var spec = FigureSpec(figure)
    spec.style = StyleSheet()
    spec.title = "局部响应归一化 (LRN): 沿通道方向求和"
    try spec.validate(catalog: .standard)
    let chart = try figure.chart(spec, catalog: .standard)
    let canvas = RecordingCanvas()
    let notes = chart.draw(on: canvas, size: Size(width: 200, height: 150), tolerance: 0.1)
    let style = Style.light
    let fills = canvas.commands.compactMap { c -> Color? in if case .fill(_, let color) = c { color } else { nil } }
    #expect(fills.filter { $0 == style.color(1) }.count == 1)
    #expect(fills.filter { $0 == style.color(0).mixed(with: style.background, by: 0.35) }.count == 4)
    #expect(notes.leftOut.map(\.item).contains(.sumLine), "\(notes.summary ?? "")")
    let roomy = chart.draw(on: RecordingCanvas(), size: Size(width: 1920, height: 1080), tolerance: 0.1)
    #expect(roomy.isEmpty, "\(roomy.summary ?? "")")
  }
}
