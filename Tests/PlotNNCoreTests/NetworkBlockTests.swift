import Foundation
import Testing

@testable import PlotNNCore

/// Tensor blocks and LeNet-style chains: the boxes' sides follow the square-root rule, no
/// text overlaps a box or another text (on the recorded drawing), and the steps are checked
/// against the shapes.
@Suite struct NetworkBlockTests {
  static func tensor(_ w: Int, _ h: Int, _ c: Int, conv: Int? = nil, pool: Int? = nil, name: String? = nil)
    -> NetworkLayer
  {
    var layer = NetworkLayer(tensor: TensorShape(width: w, height: h, channels: c), name: name)
    layer.conv = conv
    layer.pool = pool
    return layer
  }

  /// LeNet-5 as the example manifest has it.
  static var lenet: NetworkFigure {
    NetworkFigure(layers: [
      tensor(32, 32, 1, name: "输入"), tensor(28, 28, 6, conv: 5, name: "C1"), tensor(14, 14, 6, pool: 2, name: "S2"),
      tensor(10, 10, 16, conv: 5, name: "C3"), tensor(5, 5, 16, pool: 2, name: "S4"),
      NetworkLayer(size: 120, name: "C5"),
      NetworkLayer(size: 84, name: "F6"), NetworkLayer(size: 10, name: "输出"),
    ])
  }

  /// (width, height, channels) of each layer, a bar 1 × n × 1.
  static let lenetSides: [(Double, Double, Double)] = [
    (32, 32, 1), (28, 28, 6), (14, 14, 6), (10, 10, 16), (5, 5, 16), (1, 120, 1), (1, 84, 1), (1, 10, 1),
  ]

  /// The boxes of a recorded drawing: each is a top face (4 points), a side face (4) and a
  /// front face (an axis-aligned rectangle), filled in that order. Returned as (front, dx,
  /// dy), dx and dy the top face's receding offsets.
  static func boxes(_ canvas: RecordingCanvas) -> [(front: Rect, dx: Double, dy: Double, outline: [Point])] {
    var fills: [[Point]] = []
    for command in canvas.commands {
      guard case .fill(let path, _) = command else { continue }
      var points: [Point] = []
      for e in path.elements {
        switch e {
        case .move(let p), .line(let p): points.append(p)
        case .close: break
        case .curve: points = []
        }
      }
      if points.count == 4 { fills.append(points) }
    }
    var out: [(Rect, Double, Double, [Point])] = []
    for k in fills.indices.dropFirst(2) {
      let f = fills[k]
      let xs = Set(f.map(\.x)), ys = Set(f.map(\.y))
      guard xs.count == 2, ys.count == 2, let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max()
      else { continue }
      let front = Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
      let top = fills[k - 2]
      let dx = (top.map(\.x).max() ?? 0) - front.maxX
      let dy = front.minY - (top.map(\.y).min() ?? 0)
      let outline = [
        Point(front.minX, front.minY), Point(front.minX + dx, front.minY - dy), Point(front.maxX + dx, front.minY - dy),
        Point(front.maxX + dx, front.maxY - dy), Point(front.maxX, front.maxY), Point(front.minX, front.maxY),
      ]
      out.append((front, dx, dy, outline))
    }
    return out
  }

  static func chart(_ figure: NetworkFigure, style: Style = .light) throws -> NetworkChart {
    try NetworkTests.chart(figure, style: style)
  }

  static let sizes = [Size(width: 320, height: 240), Size(width: 960, height: 420), Size(width: 1920, height: 1080)]

  /// Front height ∝ √height, front width ∝ √channels, receding offsets ∝ √width·½·cos 45°,
  /// one u for all: every ratio to the first box's u matches.
  @Test(arguments: sizes.indices)
  func boxesFollowTheSquareRootRule(size: Int) throws {
    let canvas = RecordingCanvas()
    _ = try Self.chart(Self.lenet).draw(on: canvas, size: Self.sizes[size], tolerance: 0.1)
    let boxes = Self.boxes(canvas)
    try #require(boxes.count == 8, "\(boxes.count) boxes")
    let u = boxes[0].front.height / 32.0.squareRoot()
    #expect(u > 1)
    for (k, (w, h, c)) in Self.lenetSides.enumerated() {
      let b = boxes[k]
      #expect(abs(b.front.height - u * h.squareRoot()) < 1e-6, "box \(k) height")
      #expect(abs(b.front.width - u * c.squareRoot()) < 1e-6, "box \(k) channels")
      let recede = u * w.squareRoot() * 0.5 / 2.0.squareRoot()
      #expect(abs(b.dx - recede) < 1e-6 && abs(b.dy - recede) < 1e-6, "box \(k) width")
    }
    // 32 and 5 both read: the 5×5 box's front is √(5/32) ≈ 0.40 of the input's, not 5/32.
    #expect(boxes[4].front.height / boxes[0].front.height > 0.39)
    // Boxes follow each other left to right without touching, inside the figure.
    for k in boxes.indices.dropFirst() {
      #expect(boxes[k].front.minX > boxes[k - 1].front.maxX + boxes[k - 1].dx)
    }
    let all = boxes.flatMap(\.outline)
    #expect(
      all.allSatisfy { $0.x >= 0 && $0.y >= 0 && $0.x <= Self.sizes[size].width && $0.y <= Self.sizes[size].height })
  }

  /// Whether a convex polygon and a rectangle overlap (separating axes: the rectangle's two
  /// and each polygon edge's normal), by more than `slack`.
  static func overlaps(_ polygon: [Point], _ r: Rect, slack: Double = 0.5) -> Bool {
    let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
    var axes = [(1.0, 0.0), (0.0, 1.0)]
    for k in polygon.indices {
      let a = polygon[k], b = polygon[(k + 1) % polygon.count]
      axes.append((-(b.y - a.y), b.x - a.x))
    }
    for (ax, ay) in axes {
      let n = hypot(ax, ay)
      guard n > 0 else { continue }
      let p = polygon.map { ($0.x * ax + $0.y * ay) / n }, q = corners.map { ($0.x * ax + $0.y * ay) / n }
      guard let p0 = p.min(), let p1 = p.max(), let q0 = q.min(), let q1 = q.max() else { continue }
      if p1 - slack <= q0 || q1 - slack <= p0 { return false }
    }
    return true
  }

  @Test(arguments: sizes.indices)
  func labelsOverlapNoBoxAndNoLabel(size: Int) throws {
    for style in [Style.light, .dark] {
      let chart = try Self.chart(Self.lenet, style: style)
      let canvas = RecordingCanvas()
      let notes = chart.draw(on: canvas, size: Self.sizes[size], tolerance: 0.1)
      let boxes = Self.boxes(canvas)
      let texts = RecordedDrawing(canvas, style: chart.style).texts
      let large = Self.sizes[size].width >= 900
      for t in texts {
        for (k, b) in boxes.enumerated() {
          #expect(!Self.overlaps(b.outline, t.rect), "\(t) on box \(k) at \(Self.sizes[size])")
        }
      }
      for (i, a) in texts.enumerated() {
        for b in texts[(i + 1)...] {
          #expect(!a.rect.insetBy(0.5).intersects(b.rect.insetBy(0.5)), "\(a) and \(b) at \(Self.sizes[size])")
        }
      }
      // Dimension labels: each box's numbers are written (LeNet's 32, 28, 6, 120, 84, 10, …)
      // when there is room; a small figure keeps the channels and sizes under the boxes and
      // says what it left out.
      let words = Set(texts.map(\.text))
      let always = ["1", "6", "16", "120", "84", "10"]
      let roomy = ["32", "28", "14", "5", "conv 5×5", "pool 2×2", "flatten, dense", "dense", "C1", "输出"]
      for n in always + (large ? roomy : []) {
        #expect(words.contains(n), "\(n) missing at \(Self.sizes[size])")
      }
      #expect(large ? notes.isEmpty : !notes.isEmpty, "\(notes.summary ?? "") at \(Self.sizes[size])")
      #expect(large ? texts.count == 8 + 5 * 3 + 3 + 7 : texts.count >= 6)
    }
  }

  static let bad: [(String, String, @Sendable (inout NetworkFigure) -> Void)] = [
    (
      "conv size", "conv 5×5 of 32×32 gives 28×28 (stride 1, no padding), not 27×27",
      { $0.layers[1] = tensor(27, 27, 6, conv: 5) }
    ),
    (
      "pool channels", "pool 2×2 of 28×28×6 gives 14×14×6 (stride 2), not 14×14×8",
      { $0.layers[2] = tensor(14, 14, 8, pool: 2) }
    ),
    ("pool divides", "pool 3×3 must divide both sides before, 28×28", { $0.layers[2] = tensor(14, 14, 6, pool: 3) }),
    (
      "conv too big", "conv 40×40 must be from 1 to the smaller side before, 32",
      { $0.layers[1] = tensor(28, 28, 6, conv: 40) }
    ),
    ("zero side", "a tensor's channels must be from 1 to 10000 (got 0)", { $0.layers[0] = tensor(32, 32, 0) }),
    ("conv on units", "conv and pool make a tensor layer from the tensor layer before it", { $0.layers[6].conv = 3 }),
    ("both", "takes conv or pool, not both", { $0.layers[2].conv = 1 }),
    ("dropout", "dropout is drawn on units", { $0.layers[6].dropout = Dropout(rate: 0.5) }),
    ("skips", "skips are drawn between units", { $0.skips = [NetworkSkip(from: 0, to: 2)] }),
    ("orientation", "runs left to right", { $0.orientation = .bottomToTop }),
    (
      "conv without tensors", "conv and pool go into a layer of type: tensor",
      {
        $0 = NetworkFigure(layers: [NetworkLayer(size: 3), NetworkLayer(size: 2)])
        $0.layers[1].conv = 3
      }
    ),
  ]

  @Test(arguments: bad.indices)
  func refusesStepsThatDoNotMatchTheShapes(index: Int) throws {
    let (name, words, change) = Self.bad[index]
    var figure = Self.lenet
    change(&figure)
    do {
      try FigureSpec(figure).validate(catalog: .standard)
      Issue.record("\(name) was accepted")
    } catch {
      #expect(error.description.contains(words), "\(name): \(error.description)")
    }
  }

  @Test func lenetPasses() throws {
    try FigureSpec(Self.lenet).validate(catalog: .standard)
  }
}
