import Foundation
import Testing

@testable import PlotNNCore

/// The reference of `scripts/network_reference.py` (mpmath softmax, SplitMix64 dropout in
/// Python integers).
private struct NetworkReference: Decodable {
  struct DropoutCase: Decodable {
    let rate: Double
    let seed: UInt64
    let n: Int
    let dropped: [Int]
  }
  let softmax: [String: [String]]
  let dropout: [DropoutCase]

  static func load() throws -> NetworkReference {
    try ReferenceResource.decode(NetworkReference.self, named: "network-reference")
  }
}

@Suite struct NetworkTests {
  static func layer(_ size: Int, _ change: (inout NetworkLayer) -> Void = { _ in }) -> NetworkLayer {
    var l = NetworkLayer(size: size)
    change(&l)
    return l
  }

  static func chart(_ figure: NetworkFigure, style: Style = .light) throws -> NetworkChart {
    var spec = FigureSpec(figure)
    spec.style = StyleSheet()
    try spec.validate(catalog: .standard)
    var chart = try #require(try figure.chart(spec, catalog: .standard) as? NetworkChart)
    chart.style = style
    return chart
  }

  /// The figures the layout properties are checked on: the chapter's, elided, bottom to top.
  static let figures: [(String, NetworkFigure)] = {
    var plain = NetworkFigure(layers: [layer(3), layer(4), layer(4), layer(3)])
    plain.layers[0].name = "输入层"
    var classic = NetworkFigure(layers: [
      layer(3) {
        $0.labels = ["x1", "x2", "x3"]; $0.bias = true; $0.name = "L1"
      },
      layer(3) {
        $0.labels = ["a1", "a2", "a3"]; $0.bias = true; $0.weights = "W1"
      },
      layer(1) {
        $0.labels = ["h"]; $0.weights = "W2"
      },
    ])
    var tall = NetworkFigure(layers: [
      layer(784) { $0.name = "in" }, layer(16), layer(16), layer(10) { $0.name = "out" },
    ])
    tall.layers[1].dropout = Dropout(rate: 0.5, seed: 1)
    var box = NetworkFigure(layers: [layer(3) { $0.values = [3, 1, -3] }, layer(3) { $0.op = "softmax" }])
    box.orientation = .bottomToTop
    var chain = NetworkFigure(layers: [
      layer(3), layer(4) { $0.activation = "ReLU" }, layer(3) { $0.values = [3, 1, -3] },
      layer(3) { $0.op = "softmax" },
    ])
    chain.layers[1].highlight = [2]
    var skip = NetworkFigure(layers: [layer(3), layer(4), layer(4), layer(3)])
    skip.skips = [NetworkSkip(from: 0, to: 2, label: "identity")]
    var bottomUp = tall
    bottomUp.orientation = .bottomToTop
    return [
      ("plain", plain), ("classic", classic), ("tall", tall), ("box", box), ("chain", chain), ("skip", skip),
      ("bottomUp", bottomUp),
    ]
  }()

  static let sizes = [
    Size(width: 200, height: 150), Size(width: 240, height: 180), Size(width: 720, height: 480),
    Size(width: 1440, height: 810),
  ]

  /// Each layer's circles lie on one line across the layer axis, at one spacing for the whole
  /// figure (gaps are whole multiples of it: an ellipsis takes a slot), centred on the same
  /// middle as every other layer's slots.
  @Test(arguments: figures.map(\.0))
  func unitsAreEvenlySpacedAndCentred(name: String) throws {
    let figure = try #require(Self.figures.first { $0.0 == name }?.1)
    for size in Self.sizes {
      let drawing = NetworkDrawing(try Self.chart(figure), size: size)
      let horizontal = figure.orientation == .leftToRight
      let columns = Dictionary(grouping: drawing.circles) { (horizontal ? $0.center.x : $0.center.y).rounded() }
      #expect(columns.count == figure.layers.count, "\(name) \(size)")
      var spacings: [Double] = []
      var middles: [Double] = []
      for (_, circles) in columns {
        let along = circles.map { horizontal ? $0.center.y : $0.center.x }.sorted()
        let steps = zip(along, along.dropFirst()).map { $1 - $0 }
        if let s = steps.min() { spacings.append(s) }
        for step in steps {
          guard let s = steps.min() else { continue }
          #expect(abs(step / s - (step / s).rounded()) < 1e-6, "\(name) \(size): \(steps)")
        }
        middles.append(((along.first ?? 0) + (along.last ?? 0)) / 2)
      }
      if let s = spacings.min() {
        for other in spacings { #expect(abs(other - s) < 1e-6 || abs(other / s - (other / s).rounded()) < 1e-6) }
      }
      // An elided column's first and last slots are units, so its middle is the same.
      if let m = middles.first {
        for other in middles { #expect(abs(other - m) < 1e-6, "\(name) \(size): \(middles)") }
      }
    }
  }

  /// No text box overlaps another; a text is either inside one unit (its label) or clear of
  /// every unit; every unit label is inside its unit.
  @Test(arguments: figures.map(\.0))
  func labelsOverlapNoUnitAndNoLabel(name: String) throws {
    let figure = try #require(Self.figures.first { $0.0 == name }?.1)
    for size in Self.sizes {
      let drawing = NetworkDrawing(try Self.chart(figure), size: size)
      let texts = drawing.texts
      for (i, a) in texts.enumerated() {
        for b in texts[(i + 1)...] {
          #expect(!a.rect.insetBy(0.5).intersects(b.rect.insetBy(0.5)), "\(name) \(size): \(a) and \(b)")
        }
        let home = drawing.circles.filter { hypot($0.center.x - a.rect.midX, $0.center.y - a.rect.midY) < 0.01 }
        for c in drawing.circles where !home.contains(where: { $0.center == c.center }) {
          #expect(!NetworkDrawing.overlaps(a.rect, c), "\(name) \(size): \(a) over the unit at \(c.center)")
        }
        for c in home { #expect(NetworkDrawing.inside(a.rect, c), "\(name) \(size): \(a) sticks out of its unit") }
      }
    }
  }

  /// Every edge is clear of every unit except the two it joins (their rims within a point
  /// of its ends), by at least its half width.
  @Test(arguments: figures.map(\.0))
  func noEdgeCrossesAUnitItDoesNotConnect(name: String) throws {
    let figure = try #require(Self.figures.first { $0.0 == name }?.1)
    for size in Self.sizes {
      let drawing = NetworkDrawing(try Self.chart(figure), size: size)
      #expect(!drawing.edges.isEmpty)
      for (a, b) in drawing.edges {
        for c in drawing.circles {
          let touches = [a, b].contains { abs(hypot($0.x - c.center.x, $0.y - c.center.y) - c.radius) < 1 }
          guard !touches else { continue }
          #expect(
            NetworkDrawing.distance(c.center, a, b) > c.radius + 0.4, "\(name) \(size): \(a)–\(b) through \(c.center)")
        }
      }
    }
  }

  /// The skip curve (Béziers flattened here) stays clear of every unit but its two ends.
  @Test func skipConnectionsStayClearOfUnits() throws {
    let figure = try #require(Self.figures.first { $0.0 == "skip" }?.1)
    for size in Self.sizes {
      let chart = try Self.chart(figure)
      let canvas = RecordingCanvas()
      _ = chart.draw(on: canvas, size: size, tolerance: 0.1)
      let drawing = NetworkDrawing(chart, size: size)
      let curves = canvas.commands.compactMap { c -> Path? in
        if case .stroke(let p, let s) = c, s.width == 1.6,
          p.elements.contains(where: { if case .curve = $0 { true } else { false } })
        {
          return p
        }
        return nil
      }
      #expect(curves.count == 1)
      for path in curves {
        let segments = RecordedDrawing.segments(path)
        for c in drawing.circles {
          let ends = [segments.first?.0, segments.last?.1].compactMap { $0 }
          let touches = ends.contains { abs(hypot($0.x - c.center.x, $0.y - c.center.y) - c.radius) < 1 }
          guard !touches else { continue }
          for (a, b) in segments { #expect(NetworkDrawing.distance(c.center, a, b) > c.radius + 0.5, "\(size)") }
        }
      }
    }
  }

  /// The units dropout picks match the Python reference (same generator, same shuffle), so
  /// every machine drops the same ones; k = round(r·n) of them.
  @Test func dropoutMatchesTheReference() throws {
    let reference = try NetworkReference.load()
    #expect(reference.dropout.count >= 5)
    for c in reference.dropout {
      let d = Dropout(rate: c.rate, seed: c.seed)
      #expect(d.droppedUnits(of: c.n) == c.dropped, "rate \(c.rate) seed \(c.seed) n \(c.n)")
      #expect(d.droppedUnits(of: c.n) == d.droppedUnits(of: c.n))
      #expect(c.dropped.count == Int((c.rate * Double(c.n)).rounded()))
    }
    for n in 1...40 {
      for rate in stride(from: 0.0, to: 1.0, by: 0.05) {
        let units = Dropout(rate: rate, seed: UInt64(n)).droppedUnits(of: n)
        #expect(units.count == Int((rate * Double(n)).rounded()) && Set(units).count == units.count)
        #expect(units.allSatisfy { (0..<n).contains($0) })
      }
    }
  }

  /// On the drawing: each dropped unit is crossed out (two strokes inside it) and no edge
  /// touches it; the same seed draws the same picture twice.
  @Test func droppedUnitsAreCrossedOutWithTheirEdgesRemoved() throws {
    var figure = NetworkFigure(layers: [Self.layer(5), Self.layer(6), Self.layer(6), Self.layer(2)])
    figure.layers[1].dropout = Dropout(rate: 0.5, seed: 1)
    figure.layers[2].dropout = Dropout(rate: 0.5, seed: 2)
    let size = Size(width: 720, height: 480)
    let drawing = NetworkDrawing(try Self.chart(figure), size: size)
    let dropped = drawing.circles.filter { c in
      drawing.crosses.contains {
        NetworkDrawing.distance(c.center, $0.0, $0.1) < 0.01
          && hypot($0.0.x - c.center.x, $0.0.y - c.center.y) < c.radius
      }
    }
    #expect(dropped.count == 6)
    #expect(drawing.crosses.count == 12)
    for c in dropped {
      for (a, b) in drawing.edges {
        #expect(
          min(hypot(a.x - c.center.x, a.y - c.center.y), hypot(b.x - c.center.x, b.y - c.center.y)) > c.radius + 1)
      }
    }
    // 5·3 + 3·3 + 3·2 edges survive of 5·6 + 6·6 + 6·2.
    #expect(drawing.edges.count == 15 + 9 + 6)
    let again = NetworkDrawing(try Self.chart(figure), size: size)
    #expect(again.crosses.map { [$0.0.x, $0.0.y] } == drawing.crosses.map { [$0.0.x, $0.0.y] })
  }

  /// The softmax box writes softmax(3, 1, −3) as mpmath gives it to 3 decimals.
  @Test func softmaxBoxWritesTheReferenceValues() throws {
    let reference = try NetworkReference.load()
    for (logits, key) in [([3.0, 1, -3], "[3,1,-3]"), ([1.0, 2, 3], "[1,2,3]")] {
      var figure = NetworkFigure(layers: [Self.layer(3) { $0.values = logits }, Self.layer(3) { $0.op = "softmax" }])
      figure.orientation = .bottomToTop
      let drawing = NetworkDrawing(try Self.chart(figure), size: Size(width: 420, height: 560))
      let expected = try #require(reference.softmax[key])
      let texts = drawing.texts.map(\.text)
      #expect(texts.contains("softmax"))
      for value in expected { #expect(texts.contains(value), "\(key): \(value) not in \(texts)") }
      #expect(texts.contains("−3") || !logits.contains(-3))
    }
  }

  /// An elided layer draws its first 3 and last 2 units, "⋮" and the count.
  @Test func largeLayersAreElidedWithTheirCount() throws {
    let figure = NetworkFigure(layers: [Self.layer(784), Self.layer(16), Self.layer(10)])
    let drawing = NetworkDrawing(try Self.chart(figure), size: Size(width: 720, height: 480))
    let texts = drawing.texts.map(\.text)
    #expect(texts.contains("784") && texts.contains("16") && texts.filter { $0 == "⋮" }.count == 2)
    #expect(drawing.circles.count == 5 + 5 + 10)
  }

  /// A highlighted unit's fan-in is drawn on top, twice as wide: one edge per unit before it.
  @Test func highlightDrawsOneUnitsFanIn() throws {
    var figure = NetworkFigure(layers: [Self.layer(3) { $0.bias = true }, Self.layer(4), Self.layer(2)])
    figure.layers[1].highlight = [1]
    let chart = try Self.chart(figure)
    let canvas = RecordingCanvas()
    _ = chart.draw(on: canvas, size: Size(width: 720, height: 480), tolerance: 0.1)
    let wide = canvas.commands.filter {
      if case .stroke(let p, let s) = $0, p.elements.count == 2, s.width == 2 * NetworkLayout.edgeWidth {
        true
      } else {
        false
      }
    }
    #expect(wide.count == 4)
  }
}
