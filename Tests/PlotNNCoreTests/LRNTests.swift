import Testing

@testable import PlotNNCore

@Suite struct LRNTests {
  /// The window is every channel j with |j − i| ≤ ⌊n/2⌋ and 0 ≤ j < N (counted here by
  /// brute force), so max(0, i − n/2) … min(N − 1, i + n/2).
  @Test func windowIsTheFormulasRange() {
    for channels in 1...12 {
      for channel in 0..<channels {
        for n in 0...10 {
          let w = LRNWindow(channels: channels, channel: channel, n: n)
          let brute = (0..<channels).filter { abs($0 - channel) <= n / 2 }
          #expect(Array(w.range) == brute, "N \(channels) i \(channel) n \(n)")
        }
      }
    }
  }

  /// One cell in the centre colour, one lighter cell in every other channel of the window,
  /// and the window's ends written under the bracket.
  @Test func drawsTheWindowsCells() throws {
    var figure = LRNFigure()
    (figure.channels, figure.channel, figure.depth) = (8, 1, 4)
    var spec = FigureSpec(figure)
    spec.style = StyleSheet()
    try spec.validate(catalog: .standard)
    let chart = try figure.chart(spec, catalog: .standard)
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: Size(width: 570, height: 330), tolerance: 0.1)
    let style = Style.light
    let fills = canvas.commands.compactMap { c -> Color? in if case .fill(_, let color) = c { color } else { nil } }
    #expect(fills.filter { $0 == style.color(1) }.count == 1)
    #expect(fills.filter { $0 == style.color(0).mixed(with: style.background, by: 0.35) }.count == 3)  // 0, 2, 3
    #expect(canvas.texts.map(\.plainText).contains { $0.contains("= 0") && $0.contains("= 3") })
  }

  @Test func refusesPositionsOutsideTheMaps() {
    let cases: [(String, (inout LRNFigure) -> Void)] = [
      ("channel", { $0.channel = 8 }), ("channels", { $0.channels = 0 }), ("x", { $0.x = 5 }),
      ("y", { $0.y = -1 }), ("grid", { $0.grid = 13 }), ("depth", { $0.depth = -2 }),
    ]
    for (field, change) in cases {
      var figure = LRNFigure()
      change(&figure)
      #expect(throws: FigureSpecError.self, "\(field)") { try FigureSpec(figure).validate(catalog: .standard) }
      do { try FigureSpec(figure).validate(catalog: .standard) } catch { #expect(error.field == field) }
    }
  }
}
