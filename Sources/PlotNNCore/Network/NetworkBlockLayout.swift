import Foundation

/// Where a block chain's boxes and texts go (LeNet-style, as NN-SVG's "LeNet" and
/// PlotNeuralNet draw them).
///
/// Each layer is a box in cabinet oblique projection: channels along x (the chain's axis),
/// height along y, width receding up and to the right at 45° at half its length. A plain
/// layer of n units is a 1 × n × 1 bar. Scale rule, one for every side: a side of n is
/// drawn u·√n long (square-root scale), so 32 and 5 both read (5.7u and 2.2u) where a
/// linear scale would shrink 5 to a sixth of 32, and a log scale would make 32 only 1.8×
/// of 5 (2.2× with √); u is the largest that fits the bounds.
///
/// Texts: the name above each box; the height left of the front face at its foot, the
/// channels under the front face, the width beyond the receding bottom edge; a bar's size
/// under it; the step into each layer (conv 5×5) in a row under everything, centred on its
/// gap, on two rows when neighbours would come within 6 points.
struct NetworkBlockLayout {
  /// One box: front face from (x, cy − h/2) to (x + w, cy + h/2), receding by (dx, −dy).
  struct Box: Equatable {
    var x: Double
    var w: Double
    var h: Double
    var dx: Double
    var dy: Double
    var cy: Double

    var right: Double { x + w + dx }
    var top: Double { cy - h / 2 - dy }
    var bottom: Double { cy + h / 2 }
    /// The outline, clockwise from the front face's top left.
    var outline: [Point] {
      [
        Point(x, cy - h / 2), Point(x + dx, cy - h / 2 - dy), Point(x + w + dx, cy - h / 2 - dy),
        Point(x + w + dx, cy + h / 2 - dy), Point(x + w, cy + h / 2), Point(x, cy + h / 2),
      ]
    }
  }

  /// A text with the box it is drawn in (by its top-left corner).
  struct Label {
    var text: RichText
    var rect: Rect
    var style: TextStyle
  }

  let diagram: NetworkDiagram
  let style: Style
  let bounds: Rect
  private(set) var boxes: [Box] = []
  private(set) var unit = 0.0
  private(set) var labels: [Label] = []
  /// The step texts, by layer (nil for none), placed.
  private(set) var links: [Label?] = []
  /// Texts that did not fit, by kind, for the layout notes.
  private(set) var leftOut = LayoutNotes()

  /// Receding length per unit of √n: half (cabinet), split at 45°.
  static let recede = 0.5 * 0.5.squareRoot()
  static let textGap = 3.0

  /// The sides, in √ units, of layer i: (front width, front height, receding length).
  static func sides(_ layer: NetworkDiagram.Layer) -> (Double, Double, Double) {
    let s = layer.shape ?? TensorShape(width: 1, height: layer.size, channels: 1)
    return (Double(s.channels).squareRoot(), Double(s.height).squareRoot(), Double(s.width).squareRoot() * recede)
  }

  /// The dimension texts of a layer: height, channels, width; a bar's size only.
  static func dimensionTexts(_ layer: NetworkDiagram.Layer) -> (height: String?, channels: String?, width: String?) {
    guard let s = layer.shape else { return (nil, String(layer.size), nil) }
    return (String(s.height), String(s.channels), String(s.width))
  }

  init(diagram: NetworkDiagram, style: Style, bounds: Rect, canvas: Canvas) {
    self.diagram = diagram
    self.style = style
    self.bounds = bounds
    // Narrow figures first give up the texts beside the boxes (height and width, noted as
    // left out), then most of the gaps, so the boxes keep at least 45 % of the width.
    for (k, (beside, gap)) in [(true, 22.0), (false, 14), (false, 6)].enumerated() {
      leftOut = LayoutNotes()
      layOut(canvas, beside: beside, gapMinimum: gap)
      let length = boxes.map { $0.w + $0.dx }.reduce(0, +)
      if length >= 0.45 * bounds.width || k == 2 { break }
    }
  }

  var nameStyle: TextStyle {
    var s = style.axisName
    s.bold = true
    return s
  }
  var dimensionStyle: TextStyle { style.tickLabel }
  var linkStyle: TextStyle { style.annotation }

  private mutating func layOut(_ canvas: Canvas, beside: Bool, gapMinimum: Double) {
    let layers = diagram.layers
    let measure = { (t: String?, s: TextStyle) -> TextExtent in
      guard let t, !t.isEmpty else { return TextExtent(width: 0, height: 0, baseline: 0) }
      return canvas.measure(.plain(t), style: s)
    }
    var dims = layers.map(Self.dimensionTexts)
    if !beside {
      leftOut.leaveOut(
        .dimensionLabel, count: dims.map { ($0.height == nil ? 0 : 1) + ($0.width == nil ? 0 : 1) }.reduce(0, +))
      dims = dims.map { (nil, $0.channels, nil) }
    }
    let heightW = dims.map { measure($0.height, dimensionStyle).width }
    let widthW = dims.map { measure($0.width, dimensionStyle).width }
    let lineH = measure("0", dimensionStyle).height
    let nameExtents = layers.compactMap(\.name).map { canvas.measure($0, style: nameStyle) }
    let nameH = nameExtents.map(\.height).max() ?? 0
    let nameBaseline = nameExtents.map(\.baseline).max() ?? 0
    let linkExtents = layers.map { $0.link.map { canvas.measure($0, style: linkStyle) } }
    let linkH = linkExtents.compactMap { $0?.height }.max() ?? 0
    let sides = layers.map(Self.sides)
    // Horizontal: fixed points (texts beside boxes, gaps) plus u times the boxes' lengths.
    var fixed = heightW.first.map { $0 > 0 ? $0 + Self.textGap : 0 } ?? 0
    var gaps: [Double] = [0]
    for i in layers.indices.dropFirst() {
      let texts =
        (widthW[i - 1] > 0 ? widthW[i - 1] + Self.textGap : 0) + (heightW[i] > 0 ? heightW[i] + Self.textGap : 0)
      gaps.append(max(gapMinimum, texts + 6))
    }
    fixed += gaps.reduce(0, +) + (widthW.last.map { $0 > 0 ? $0 + Self.textGap : 0 } ?? 0)
    let length = sides.map { $0.0 + $0.2 * 1 }.reduce(0, +)
    let uWide = (bounds.width - fixed) / max(length, 1e-9)
    // Vertical: the name band, the boxes (above and below their common middle), the
    // dimension row and the link rows (two when staggered; decided at the widest u).
    let up = sides.map { $0.1 / 2 + $0.2 }.max() ?? 0
    let down = sides.map { $0.1 / 2 }.max() ?? 0
    let fixedTall = (nameH > 0 ? nameH + 8 : 0) + lineH + Self.textGap + (linkH > 0 ? 2 * (linkH + 2) + 6 : 0)
    let uTall = (bounds.height - fixedTall) / max(up + down, 1e-9)
    unit = max(0, min(uWide, uTall))
    let u = unit
    let used = sides.map { ($0.0 + $0.2) * u }.reduce(0, +) + fixed
    var x =
      bounds.minX + max(0, (bounds.width - used) / 2) + (heightW.first.map { $0 > 0 ? $0 + Self.textGap : 0 } ?? 0)
    let tall = (up + down) * u + fixedTall
    let top = bounds.minY + max(0, (bounds.height - tall) / 2)
    let cy = top + (nameH > 0 ? nameH + 8 : 0) + up * u
    boxes = []
    for (i, side) in sides.enumerated() {
      x += gaps[i]
      let d = side.2 * u
      boxes.append(Box(x: x, w: side.0 * u, h: side.1 * u, dx: d, dy: d, cy: cy))
      x += (side.0 + side.2) * u
    }
    // Texts.
    labels = []
    let dimensionTop = (boxes.map(\.bottom).max() ?? cy) + Self.textGap
    for (i, box) in boxes.enumerated() {
      let (h, c, w) = dims[i]
      if let name = layers[i].name {
        let e = canvas.measure(name, style: nameStyle)
        let centre = box.x + (box.w + box.dx) / 2
        labels.append(
          Label(
            text: name,
            rect: Rect(x: centre - e.width / 2, y: top + nameBaseline - e.baseline, width: e.width, height: e.height),
            style: nameStyle))
      }
      if let h {
        let e = measure(h, dimensionStyle)
        labels.append(
          Label(
            text: .plain(h),
            rect: Rect(x: box.x - Self.textGap - e.width, y: box.bottom - e.height, width: e.width, height: e.height),
            style: dimensionStyle))
      }
      if let c {
        let e = measure(c, dimensionStyle)
        labels.append(
          Label(
            text: .plain(c),
            rect: Rect(
              x: box.x + box.w / 2 - e.width / 2, y: box.bottom + Self.textGap, width: e.width, height: e.height),
            style: dimensionStyle))
      }
      if let w {
        let e = measure(w, dimensionStyle)
        let mid = Point(box.x + box.w + box.dx / 2, box.bottom - box.dy / 2)
        labels.append(
          Label(
            text: .plain(w), rect: Rect(x: mid.x + 2, y: mid.y + 2, width: e.width, height: e.height),
            style: dimensionStyle))
      }
    }
    // Links: centred on their gap, under the dimension row; odd gaps drop to a second row
    // when any two neighbours would come within 6 points.
    let rowTop = max(dimensionTop + lineH, labels.map(\.rect.maxY).max() ?? 0) + 6
    let centres = boxes.indices.map { i in i == 0 ? 0 : (boxes[i - 1].right + boxes[i].x) / 2 }
    let widths = linkExtents.map { $0?.width ?? 0 }
    let drawn = layers.indices.filter { linkExtents[$0] != nil }
    let crowded = zip(drawn, drawn.dropFirst()).contains { a, b in
      centres[b] - centres[a] < (widths[a] + widths[b]) / 2 + 6
    }
    // Each link in turn is kept where it lies inside the bounds and 4 points clear (side to
    // side) of the links kept; else at 80 % of its size; else left out, and noted.
    links = Array(repeating: nil, count: layers.count)
    var kept: [Rect] = []
    for i in drawn {
      guard let text = layers[i].link else { continue }
      let row = crowded && (drawn.firstIndex(of: i) ?? 0) % 2 == 1 ? 1.0 : 0
      var placed: Label?
      for factor in [1, 0.8] {
        var s = linkStyle
        s.size *= factor
        let e = canvas.measure(text, style: s)
        let x = max(bounds.minX, min(centres[i] - e.width / 2, bounds.maxX - e.width))
        let r = Rect(x: x, y: rowTop + row * (linkH + 2), width: e.width, height: e.height)
        let inside = r.minX >= bounds.minX && r.maxX <= bounds.maxX && r.maxY <= bounds.maxY + 0.5
        let wider = Rect(x: r.minX - 4, y: r.minY, width: r.width + 8, height: r.height)
        if inside && !kept.contains(where: { $0.intersects(wider) }) {
          placed = Label(text: text, rect: r, style: s)
          break
        }
      }
      if let placed {
        links[i] = placed
        kept.append(placed.rect)
      } else {
        leftOut.leaveOut(.stepLabel)
      }
    }
    // Names and dimensions: one that would touch a text kept before it (in drawing order)
    // or leave the bounds is left out, and noted.
    var keptLabels: [Label] = []
    for var label in labels {
      // A text at an end of the chain moves inward to stay inside the bounds.
      label.rect.x = max(bounds.minX, min(label.rect.x, bounds.maxX - label.rect.width))
      let r = label.rect
      let inside =
        r.minX >= bounds.minX - 0.5 && r.maxX <= bounds.maxX + 0.5 && r.minY >= bounds.minY - 0.5
        && r.maxY <= bounds.maxY + 0.5
      if inside && !keptLabels.contains(where: { $0.rect.insetBy(-2).intersects(r) }) {
        keptLabels.append(label)
      } else {
        leftOut.leaveOut(label.style == nameStyle ? .layerName : .dimensionLabel)
      }
    }
    labels = keptLabels
  }
}
