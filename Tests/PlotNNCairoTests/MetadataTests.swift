import Foundation
import Testing

@testable import PlotNNCairo
@testable import PlotNNCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A title too long for its figure is elided on the canvas but kept whole in the file:
/// SVG's `<title>` (the root's first child) and PDF's Info Title.
@Suite struct MetadataTests {
  static let title =
    "A very long title, about rectified linear units & their many virtues, that cannot fit 320 px"
    + " even on two lines at three quarters of its size, so the drawn one ends in an ellipsis"

  static func chart() -> LineChart {
    var chart = LineChart(
      series: [.init(label: .plain("relu"), function: PlotFunction(breakpoints: [0]) { max(0, $0) }, colorIndex: 0)],
      xRange: -2...2)
    chart.title = .plain(title)
    return chart
  }

  /// Collects the text of the root's first `<title>`, and whether it came before any other element.
  final class TitleReader: NSObject, XMLParserDelegate {
    var depth = 0
    var firstChild: String?
    var inTitle = false
    var text = ""
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      depth += 1
      if depth == 2 && firstChild == nil { firstChild = name }
      inTitle = depth == 2 && name == "title"
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      depth -= 1
      inTitle = false
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { text += string } }
  }

  @Test func svgKeepsTheWholeTitle() throws {
    let bytes = try renderFile(Self.chart(), "svg", size: Size(width: 320, height: 240))
    let parser = XMLParser(data: Data(bytes))
    let reader = TitleReader()
    parser.delegate = reader
    #expect(parser.parse())
    #expect(reader.firstChild == "title")
    #expect(reader.text == Self.title)
  }

  @Test func pdfKeepsTheWholeTitle() throws {
    let bytes = try renderFile(Self.chart(), "pdf", size: Size(width: 320, height: 240))
    let text = String(decoding: bytes, as: UTF8.self)
    // Cairo writes ASCII titles as a literal string, parentheses and backslashes escaped.
    #expect(text.contains("/Title (\(Self.title))"))
  }

  /// The drawn title is shorter: elided with "…".
  @Test func theDrawnTitleIsElided() {
    let canvas = RecordingCanvas()
    Self.chart().draw(on: canvas, size: Size(width: 320, height: 240))
    // The heading's lines: texts that are pieces of the title (the last without its "…").
    let lines = canvas.texts.map(\.plainText).filter { text in
      let piece = text.hasSuffix("…") ? String(text.dropLast()) : text
      return piece.count > 3 && Self.title.contains(piece)
    }
    let drawn = lines.joined(separator: " ")
    #expect(!lines.isEmpty && drawn.hasSuffix("…") && drawn.count < Self.title.count, "\(lines)")
  }
}
