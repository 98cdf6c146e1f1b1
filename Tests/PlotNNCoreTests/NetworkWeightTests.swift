import Foundation
import Testing

@testable import PlotNNCore

/// The random weights of `scripts/network_reference.py` (SplitMix64 drawn one by one in
/// Python integers).
private struct WeightReference: Decodable {
  struct Case: Decodable {
    let seed: UInt64
    let layer: Int
    let rows: Int
    let columns: Int
    let matrix: [[String]]
  }
  let weights: [Case]

  static func load() throws -> WeightReference {
    try ReferenceResource.decode(WeightReference.self, named: "network-reference")
  }
}

/// Edge weights: the seed's weights match the reference, matrices are checked, and the
/// drawing shows |w| by width and the sign and size by a diverging colour, with a colour
/// bar symmetric about 0.
@Suite struct NetworkWeightTests {
  /// A 3 → 2 network with the given matrix (2 rows of 3).
  static func figure(_ matrix: [[Double]]) -> NetworkFigure {
    var figure = NetworkFigure(layers: [NetworkLayer(size: 3), NetworkLayer(size: 2)])
    figure.layers[1].weightMatrix = matrix
    return figure
  }

  /// The edge strokes of a recorded drawing: two-point strokes not in the colour bar's
  /// colours' region, with their width and colour, and where they start.
  struct Stroke {
    let start: Point
    let end: Point
    let width: Double
    let color: Color
  }

  static func strokes(_ chart: NetworkChart, size: Size) -> (strokes: [Stroke], canvas: RecordingCanvas) {
    let canvas = RecordingCanvas()
    _ = chart.draw(on: canvas, size: size, tolerance: 0.1)
    var out: [Stroke] = []
    for command in canvas.commands {
      guard case .stroke(let path, let s) = command, path.elements.count == 2,
        case .move(let a) = path.elements[0], case .line(let b) = path.elements[1], a.x != b.x
      else { continue }
      out.append(Stroke(start: a, end: b, width: s.width, color: s.color))
    }
    return (out, canvas)
  }

  @Test func seededWeightsMatchTheReference() throws {
    let reference = try WeightReference.load()
    #expect(reference.weights.count >= 3)
    for c in reference.weights {
      for t in 0..<c.rows {
        for s in 0..<c.columns {
          let w = NetworkWeights.random(seed: c.seed, layer: c.layer, from: s, to: t, columns: c.columns)
          #expect(w == Double(c.matrix[t][s]), "seed \(c.seed) layer \(c.layer) (\(s), \(t))")
          #expect(w >= -1 && w < 1)
        }
      }
    }
  }

  /// Each edge's stroke, found by the unit circles it joins, is wider for a larger |w|,
  /// red (moved from the middle more toward red than blue) for w > 0 and blue for w < 0, further from the white middle
  /// for a larger |w|, and the same in light and dark.
  @Test(arguments: ["light", "dark"])
  func widthAndColourFollowTheWeight(theme: String) throws {
    let matrix = [[-2.0, -0.5, 0.1], [0.3, 1.0, 4.0]]
    var chart = try NetworkTests.chart(Self.figure(matrix))
    chart.style = theme == "dark" ? .dark : .light
    let size = Size(width: 720, height: 480)
    let circles = NetworkDrawing(chart, size: size).circles
    let (strokes, _) = Self.strokes(chart, size: size)
    // Units by layer: the three left ones by y, then the two right ones.
    let xs = Set(circles.map { ($0.center.x * 100).rounded() }).sorted()
    #expect(xs.count == 2)
    let left = circles.filter { ($0.center.x * 100).rounded() == xs[0] }.sorted { $0.center.y < $1.center.y }
    let right = circles.filter { ($0.center.x * 100).rounded() == xs[1] }.sorted { $0.center.y < $1.center.y }
    #expect(left.count == 3 && right.count == 2)
    // The documented middle: near-white, or the background lifted 12 % toward the foreground.
    let middle =
      chart.style.theme == .dark ? chart.style.background.mixed(with: chart.style.foreground, by: 0.12) : Color.white
    var seen: [(w: Double, width: Double, saturation: Double, red: Bool)] = []
    for stroke in strokes {
      guard
        let s = left.firstIndex(where: {
          hypot($0.center.x - stroke.start.x, $0.center.y - stroke.start.y) < $0.radius + 1
        }),
        let t = right.firstIndex(where: {
          hypot($0.center.x - stroke.end.x, $0.center.y - stroke.end.y) < $0.radius + 8
        })
      else { continue }
      let c = stroke.color
      let saturation = abs(c.red - middle.red) + abs(c.green - middle.green) + abs(c.blue - middle.blue)
      seen.append((matrix[t][s], stroke.width, saturation, c.red - middle.red > c.blue - middle.blue))
    }
    #expect(seen.count == 6, "\(seen)")
    for a in seen {
      #expect(a.red == (a.w > 0), "w \(a.w)")
      for b in seen where abs(a.w) < abs(b.w) {
        #expect(a.width < b.width, "|\(a.w)| < |\(b.w)|")
        #expect(a.saturation < b.saturation, "|\(a.w)| < |\(b.w)|")
      }
    }
    // The strongest edge has the thickest width, the weakest the thinnest.
    #expect(seen.map(\.width).max() == NetworkWeights.thickest)
  }

  /// The colour bar runs from −m to m, m = max |w| (4): its slices are blue at the bottom,
  /// red at the top, the middle's colour at half height; its ticks pair up ±v at equal
  /// distances from the middle, 0 at the middle; it is labelled "w".
  @Test func colourBarIsSymmetricAboutZero() throws {
    let chart = try NetworkTests.chart(Self.figure([[-2, -0.5, 0.1], [0.3, 1, 4]]))
    let (_, canvas) = Self.strokes(chart, size: Size(width: 720, height: 480))
    var slices: [(Rect, Color)] = []
    for command in canvas.commands {
      guard case .fill(let path, let color) = command else { continue }
      let points = path.elements.compactMap { e -> Point? in
        if case .move(let p) = e { return p }
        if case .line(let p) = e { return p }
        return nil
      }
      guard points.count == 4 else { continue }
      let xs = points.map(\.x), ys = points.map(\.y)
      let r = Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
      if abs(r.width - ColorBar.barWidth) < 1e-9 { slices.append((r, color)) }
    }
    #expect(slices.count > 10)
    let top = try #require(slices.min { $0.0.minY < $1.0.minY })
    let bottom = try #require(slices.max { $0.0.minY < $1.0.minY })
    #expect(top.1.red > top.1.blue && bottom.1.blue > bottom.1.red)
    let barTop = top.0.minY, barBottom = bottom.0.maxY
    let mid = (barTop + barBottom) / 2
    // Tick labels: texts left-anchored just right of the bar, parsed as numbers.
    var ticks: [(Double, Double)] = []
    var named = false
    for command in canvas.commands {
      guard case .text(let text, let p, _, _, let rotation) = command else { continue }
      if text.plainText == "w" && rotation != 0 { named = true }
      guard p.x > top.0.maxX, p.x < top.0.maxX + 12, p.y >= barTop - 0.5, p.y <= barBottom + 0.5 else { continue }
      if let v = Double(text.plainText.replacingOccurrences(of: "\u{2212}", with: "-")) { ticks.append((v, p.y)) }
    }
    #expect(named)
    #expect(ticks.count >= 3, "\(ticks)")
    for (v, y) in ticks {
      let mirror = try #require(ticks.first { abs($0.0 + v) < 1e-9 }, "no tick at \(-v)")
      #expect(abs((y - mid) + (mirror.1 - mid)) < 1e-6, "±\(v)")
      if v == 0 { #expect(abs(y - mid) < 1e-6) }
      // Value v sits at fraction (v + 4) / 8 of the bar from the bottom.
      #expect(abs(y - (barBottom - (v + 4) / 8 * (barBottom - barTop))) < 1e-6, "\(v)")
    }
  }

  /// Without weights there is no bar and the edges keep their one width.
  @Test func noWeightsNoBar() throws {
    let chart = try NetworkTests.chart(NetworkFigure(layers: [NetworkLayer(size: 3), NetworkLayer(size: 2)]))
    let (strokes, canvas) = Self.strokes(chart, size: Size(width: 720, height: 480))
    #expect(Set(strokes.map(\.width)) == [NetworkLayout.edgeWidth])
    #expect(!canvas.texts.map(\.plainText).contains("w"))
  }

  /// The same seed draws the same weights; an elided layer's drawn edges carry the weights
  /// of the full matrix (row-major index, not drawing order).
  @Test func seedIsReproducibleAndElisionKeepsTheMatrix() throws {
    var big = NetworkFigure(layers: [NetworkLayer(size: 20), NetworkLayer(size: 3)])
    big.weightsSeed = 5
    let a = try NetworkRules(figure: big).resolved()
    #expect(a == (try NetworkRules(figure: big).resolved()))
    let unit19 = try #require(a.layers[0].slot(ofUnit: 19))
    let edge = try #require(a.edges.first { $0.fromSlot == unit19 && $0.toSlot == 2 })
    #expect(edge.weight == NetworkWeights.random(seed: 5, layer: 1, from: 19, to: 2, columns: 20))
    big.weightsSeed = 6
    #expect((try NetworkRules(figure: big).resolved()).edges.map(\.weight) != a.edges.map(\.weight))
  }
}
