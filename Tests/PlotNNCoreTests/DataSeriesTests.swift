import Foundation
import Testing

@testable import PlotNNCore

/// Data series in line charts: `plotnn sample` output reads back as the same numbers, the
/// rows are drawn at their own device points (line and markers), their range joins the
/// axes', and the manifest's `data:` entries read.
@Suite struct DataSeriesTests {
  /// `plotnn sample`'s CSV text for `text` (what the command writes, through the same stream).
  func sampleCSV(_ text: String, from: Double, to: Double, count: Int) throws -> String {
    let stream = try SampleStream(text, from: from, to: to, count: count, catalog: .standard)
    var out = ""
    stream.writeCSV { out += $0 }
    return out
  }

  /// A line figure of the data `text` (file `s.csv`), read with `entry`'s columns.
  func figure(_ text: String, entry: LineFigure.DataEntry = .init(file: "s.csv")) throws -> LineFigure {
    var entry = entry
    try entry.load(CSVTable.parse(Array(text.utf8), file: entry.file))
    var line = LineFigure()
    line.data = [entry]
    return line
  }

  @Test func sampleOutputReadsBackBitForBit() throws {
    let csv = try sampleCSV("gelu", from: -3, to: 3, count: 61)
    let table = try SampleTable("gelu", from: -3, to: 3, count: 61, catalog: .standard)
    var entry = LineFigure.DataEntry(file: "s.csv", y: [.name("y"), .name("dy")])
    try entry.load(CSVTable.parse(Array(csv.utf8), file: "s.csv"))
    let data = try #require(entry.loaded)
    #expect(data.xName == "x")
    #expect(data.x.map(\.bitPattern) == table.rows.map(\.x.bitPattern))
    #expect(data.y[0].values.map(\.bitPattern) == table.rows.map(\.y.bitPattern))
    #expect(data.y[1].values.map(\.bitPattern) == table.rows.map(\.dy.bitPattern))
  }

  /// The stroke drawn inside the plot's clip through the rows of a sampled GELU goes
  /// through each row's device point, computed here from the plot rectangle and the axis
  /// ranges (x from the rows' extent, y from the drawn range), in file order.
  @Test func rowsAreDrawnAtTheirDevicePoints() throws {
    let csv = try sampleCSV("gelu", from: -3, to: 3, count: 13)
    var line = try figure(csv)
    line.legend = LineChart.LegendPlacement.none
    let chart = try line.testChart()
    #expect(chart.xRange == -3...3)
    #expect(chart.series.count == 1 && chart.series[0].label.plainText == "y")
    let size = Size(width: 640, height: 480)
    let (layout, _) = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1)
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    let plot = layout.plot
    let (ylo, yhi) = (layout.yScale.domain.lowerBound, layout.yScale.domain.upperBound)
    let table = try SampleTable("gelu", from: -3, to: 3, count: 13, catalog: .standard)
    let expected = table.rows.map { r in
      Point(plot.minX + (r.x + 3) / 6 * plot.width, plot.maxY - (r.y - ylo) / (yhi - ylo) * plot.height)
    }
    var clip = 0
    var polylines: [[Point]] = []
    for command in canvas.commands {
      switch command {
      case .beginClip: clip += 1
      case .endClip: clip -= 1
      case .stroke(let path, _) where clip > 0:
        var points: [Point] = []
        for case .move(let p) in path.elements { points.append(p) }
        for case .line(let p) in path.elements { points.append(p) }
        polylines.append(points)
      default: break
      }
    }
    let drawn = try #require(polylines.first { $0.count == expected.count })
    for (p, q) in zip(drawn, expected) { #expect(abs(p.x - q.x) < 1e-9 && abs(p.y - q.y) < 1e-9, "\(p) vs \(q)") }
  }

  /// On a log y axis rows are drawn at log₁₀ of their value, and a row ≤ 0 breaks the line
  /// (no segment bridges it) and is counted in one remark.
  @Test func rowsOnALogAxisBreakAtValuesAtOrBelowZero() throws {
    let csv = "x,y\n1,1\n2,10\n3,100\n4,0\n5,1000\n6,10000\n"
    var line = try figure(csv)
    line.legend = LineChart.LegendPlacement.none
    line.yscale = .log
    let chart = try line.testChart()
    #expect(chart.remarks == ["y: 1 of 6 rows are at a value ≤ 0 of a log axis and are not drawn"])
    let size = Size(width: 640, height: 480)
    let (layout, _) = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1)
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    let (plot, (ylo, yhi)) = (layout.plot, (layout.yScale.domain.lowerBound, layout.yScale.domain.upperBound))
    let (xlo, xhi) = (layout.xScale.domain.lowerBound, layout.xScale.domain.upperBound)
    func device(_ x: Double, _ y: Double) -> Point {
      Point(
        plot.minX + (x - xlo) / (xhi - xlo) * plot.width, plot.maxY - (log10(y) - ylo) / (yhi - ylo) * plot.height)
    }
    var clip = 0
    var pieces: [[Point]] = []
    for command in canvas.commands {
      switch command {
      case .beginClip: clip += 1
      case .endClip: clip -= 1
      case .stroke(let path, _) where clip > 0:
        for element in path.elements {
          switch element {
          case .move(let p): pieces.append([p])
          case .line(let p): pieces[pieces.count - 1].append(p)
          default: break
          }
        }
      default: break
      }
    }
    let expected = [[device(1, 1), device(2, 10), device(3, 100)], [device(5, 1000), device(6, 10000)]]
    let drawn = pieces.filter { $0.count == 3 || $0.count == 2 }.suffix(2)
    #expect(drawn.count == 2)
    for (got, want) in zip(drawn, expected) {
      #expect(got.count == want.count)
      for (p, q) in zip(got, want) { #expect(abs(p.x - q.x) < 1e-9 && abs(p.y - q.y) < 1e-9, "\(p) vs \(q)") }
    }
  }

  @Test func pointsStyleMarksEveryRowAndDrawsNoLine() throws {
    let text = "t,v\n0,0\n1,3\n2,1\n4,2\n"
    var line = try figure(text, entry: .init(file: "s.csv", style: .points))
    line.legend = LineChart.LegendPlacement.none
    let chart = try line.testChart()
    let (layout, _) = chart.arranged(on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1)
    #expect(layout.curves[0].pieces.isEmpty)
    let rows: [(Double, Double)] = [(0, 0), (1, 3), (2, 1), (4, 2)]
    #expect(layout.markers[0].count == 4)
    for (m, r) in zip(layout.markers[0], rows) {
      #expect(abs(m.x - layout.xScale(r.0)) < 1e-9 && abs(m.y - layout.yScale(r.1)) < 1e-9)
    }
    #expect(chart.stroke(of: chart.series[0]).marker == .circle)
    #expect(line.defaultFileStem == "s")
    // The axes are named by the header when the figure is data alone.
    #expect(chart.xLabel.plainText == "t" && chart.yLabel.plainText == "v")
  }

  /// A data series' y extent joins the functions': rows up to 40 beside tanh (|y| < 1)
  /// lift the automatic y range past 40; its x extent joins the x range.
  @Test func dataRangesJoinTheAutomaticRange() throws {
    var line = try figure("x,y\n-2,-1\n12,40\n")
    line.functions = ["tanh"]
    let chart = try line.testChart()
    let y = chart.resolvedYRange
    #expect(y.upperBound >= 40 && y.lowerBound <= -1)
    #expect(chart.xRange.upperBound == 12)
    #expect(chart.series.map(\.label.plainText) == ["Tanh", "y"])
  }

  @Test func manifestDataEntriesRead() throws {
    typealias N = ManifestNode
    let entry = N.mapping(
      [
        N.Entry(key: "file", line: 6, value: .scalar("data/loss.csv", line: 6)),
        N.Entry(key: "x", line: 6, value: .scalar("epoch", line: 6)),
        N.Entry(key: "y", line: 6, value: .sequence([.scalar("train", line: 6), .scalar("2", line: 6)], line: 6)),
        N.Entry(key: "style", line: 6, value: .scalar("both", line: 6)),
      ], line: 6)
    let figure = N.mapping(
      [
        N.Entry(key: "name", line: 4, value: .scalar("loss", line: 4)),
        N.Entry(key: "data", line: 5, value: .sequence([entry], line: 5)),
      ], line: 4)
    let doc = N.mapping([N.Entry(key: "figures", line: 3, value: .sequence([figure], line: 3))], line: 1)
    // The program's reader, relative to the manifest (here: a table from a literal).
    var schema = manifestSchema
    schema.data = DataSource { (file: String) throws(DataFileError) in
      #expect(file == "data/loss.csv")
      return try CSVTable.parse(Array("epoch,train,val\n1,0.7,0.8\n2,0.5,0.6\n".utf8), file: file)
    }
    let manifest = try Manifest.decode(doc, file: "m.yaml", schema: schema)
    let line = try #require(manifest.figures.first?.spec.options(as: LineFigure.self))
    #expect(line.data.map(\.file) == ["data/loss.csv"])
    #expect(line.data.first?.x == .name("epoch") && line.data.first?.y == [.name("train"), .position(2)])
    #expect(line.data.first?.loaded?.y.map(\.name) == ["train", "train"])
    #expect(try line.testChart().series.map(\.label.plainText) == ["train", "train"])
    // Without a reader the figure is refused, naming the file; a bad file names its place.
    let unread = try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema)
    #expect(unread.figures.isEmpty)
    #expect(unread.failures.first?.description.contains("data/loss.csv was not read") == true)
    schema.data = DataSource { (file: String) throws(DataFileError) in
      try CSVTable.parse(Array("epoch,train\n1,x\n".utf8), file: file)
    }
    let bad = try Manifest.decode(doc, file: "m.yaml", schema: schema)
    #expect(
      bad.failures.first?.description
        == "m.yaml:5: figure 'loss', key 'data': data/loss.csv:2:3: 'x' in column 'train' is not a number")
  }
}
