import Foundation

/// Where everything of one ``NetworkDiagram`` goes inside a rectangle: the centres of the
/// units (one radius for all), the boxes of operators, and the bands around the units that
/// hold names, weights labels, skip lanes and value vectors.
///
/// Layers follow each other along the *layer axis* (x left to right, or y bottom to top);
/// a layer's slots lie along the *unit axis*, evenly spaced at one spacing s for every
/// layer (set by the longest column) and centred, so columns of different sizes line up
/// on their middles, as in the book's figures. The radius is 0.34 s, at most 0.2 of the gap
/// between layers and ``maximumRadius``, and then shrunk (×0.85 steps) until every edge
/// keeps half a line width and 1 point clear of every unit it does not connect.
struct NetworkLayout {
  /// The diagram as drawn: the texts given up for room removed (``leftOut``).
  private(set) var diagram: NetworkDiagram
  let orientation: NetworkFigure.Orientation
  let style: Style
  let bounds: Rect

  /// The centre of every slot, by layer.
  private(set) var centers: [[Point]] = []
  private(set) var radius = 0.0
  /// The box of the operator before layer i, by layer (nil: edges, or the first layer).
  private(set) var operatorBoxes: [Rect?] = []
  /// Text styles, shrunk to fit where needed.
  private(set) var nameStyle: TextStyle
  private(set) var labelStyle: TextStyle
  private(set) var noteStyle: TextStyle
  /// The unit labels' style, by layer.
  private(set) var labelStyles: [TextStyle] = []
  /// Operator names in their boxes, turned a quarter when ``operatorRotated``.
  private(set) var operatorRotated = false
  private(set) var operatorStyle: TextStyle
  /// The bias units' "+1".
  private(set) var biasStyle: TextStyle
  /// Where the skip lanes run: their coordinate across the unit axis, by skip.
  private(set) var skipLanes: [Double] = []
  /// Band lines: the names' (LTR: their baseline y; BTT: their right x), the weights' (LTR:
  /// their top y), the activations' (LTR: their bottom y; BTT: their left x).
  private(set) var nameLine = 0.0
  private(set) var weightsLine = 0.0
  /// Whether names (activations) alternate between two rows, and the rows' distance.
  private(set) var namesStaggered = false
  private(set) var activationsStaggered = false
  private(set) var nameRowStep = 0.0
  private(set) var activationRowStep = 0.0
  private(set) var activationLine = 0.0
  /// What was given up for room, for the layout notes.
  private(set) var leftOut = LayoutNotes()

  /// The smallest radius a unit keeps before texts are given up for its room.
  static let minimumRadius = 5.0

  /// The largest radius: 24 points, or 4.5 % of the bounds' shorter side when that is more,
  /// so a 1920x1080 figure is not a scatter of dots.
  var maximumRadius: Double { max(24, 0.045 * min(bounds.width, bounds.height)) }
  static let edgeWidth = 0.9
  /// Space between a band's text and what it labels.
  static let bandGap = 6.0

  var isHorizontal: Bool { orientation == .leftToRight }

  init(diagram: NetworkDiagram, orientation: NetworkFigure.Orientation, style: Style, bounds: Rect, canvas: Canvas) {
    self.diagram = diagram
    self.orientation = orientation
    self.style = style
    self.bounds = bounds
    nameStyle = style.axisName
    nameStyle.bold = true
    labelStyle = style.annotation
    biasStyle = style.annotation
    operatorStyle = style.annotation
    noteStyle = style.tickLabel
    // A small figure gives up texts for the units' room, in this order, until the units keep
    // ``minimumRadius`` and no names or activations would touch even on two rows:
    // activations, names, weights labels with skip labels, unit labels (each noted).
    let given = diagram
    for level in 0...4 {
      self.diagram = Self.trimmed(given, level: level)
      (namesStaggered, activationsStaggered) = (false, false)
      layOut(canvas)
      // Names or activations too wide for their gaps take two rows: laid out again with the
      // taller band (which changes the spacing a little, never the gaps' order).
      var crowdedAfter = false
      if isHorizontal {
        let names = crowded(self.diagram.layers.map(\.name), nameStyle, canvas)
        let activations = crowded(self.diagram.layers.map(\.activation), noteStyle, canvas)
        if names || activations {
          (namesStaggered, activationsStaggered) = (names, activations)
          layOut(canvas)
          crowdedAfter =
            (names && crowded(self.diagram.layers.map(\.name), nameStyle, canvas, step: 2))
            || (activations && crowded(self.diagram.layers.map(\.activation), noteStyle, canvas, step: 2))
        }
      }
      if level == 4 || (radius >= Self.minimumRadius && !crowdedAfter) { break }
    }
    leftOut = Self.notes(given, self.diagram)
    // Unit labels that cannot fit their circle even at the smallest size are given up.
    var unlabelled = 0
    for i in self.diagram.layers.indices where !self.diagram.layers[i].labels.isEmpty {
      let (w, h) = largest(self.diagram.layers[i].labels, labelStyles[i], canvas)
      if w > 1.6 * radius || h > 1.5 * radius || labelStyles[i].size < 4 {
        unlabelled += self.diagram.layers[i].labels.count
        self.diagram.layers[i].labels = []
      }
    }
    leftOut.leaveOut(.unitLabel, count: unlabelled)
  }

  /// The diagram with the texts of `level` given up: 1 activations, 2 also names, 3 also
  /// weights labels and skip labels, 4 also unit labels.
  static func trimmed(_ diagram: NetworkDiagram, level: Int) -> NetworkDiagram {
    var d = diagram
    for i in d.layers.indices {
      if level >= 1 { d.layers[i].activation = nil }
      if level >= 2 { d.layers[i].name = nil }
      if level >= 3 { d.layers[i].weights = nil }
      if level >= 4 { d.layers[i].labels = [] }
    }
    if level >= 3 { d.skips = d.skips.map { NetworkDiagram.Skip(from: $0.from, to: $0.to, label: nil) } }
    return d
  }

  /// What `trimmed` gave up, counted.
  static func notes(_ given: NetworkDiagram, _ drawn: NetworkDiagram) -> LayoutNotes {
    var notes = LayoutNotes()
    let pairs = zip(given.layers, drawn.layers)
    notes.leaveOut(.layerName, count: pairs.filter { $0.name != nil && $1.name == nil }.count)
    notes.leaveOut(.activationName, count: pairs.filter { $0.activation != nil && $1.activation == nil }.count)
    notes.leaveOut(.weightsLabel, count: pairs.filter { $0.weights != nil && $1.weights == nil }.count)
    notes.leaveOut(.unitLabel, count: pairs.filter { $1.labels.isEmpty }.map(\.0.labels.count).reduce(0, +))
    notes.leaveOut(.skipLabel, count: zip(given.skips, drawn.skips).filter { $0.label != nil && $1.label == nil }.count)
    return notes
  }

  // MARK: layout

  private mutating func layOut(_ canvas: Canvas) {
    nameStyle = style.axisName
    nameStyle.bold = true
    operatorStyle = style.annotation
    let layers = diagram.layers
    let count = layers.count
    let names = layers.map(\.name)
    let activations = layers.map(\.activation)
    let weights = layers.map(\.weights)
    let skipLabels = diagram.skips.map(\.label)
    let slotsMax = Double(max(diagram.longestColumn, 1))
    let firstValues = valueTexts(0)
    let lastValues = count > 1 ? valueTexts(count - 1) : []
    let bracket = 14.0  // the bracket strokes and their gap to the numbers, both sides
    // Names shrink (to 70 %) when neighbours would touch along the layer axis.
    var bandStart = 0.0, bandEnd = 0.0, aLow = 0.0, aHigh = 0.0, bLow = 0.0, bHigh = 0.0
    if isHorizontal {
      let approximateGap = bounds.width / Double(max(count, 1))
      let widest = largest(names, nameStyle, canvas).width
      if widest > approximateGap - 8 { nameStyle.size *= max(0.7, (approximateGap - 8) / widest) }
      let nameH = largest(names, nameStyle, canvas).height
      let weightsH = largest(weights, labelStyle, canvas).height
      let actH = largest(activations, noteStyle, canvas).height
      let laneH = largest(skipLabels, noteStyle, canvas).height + 10
      var top = bounds.minY
      // Names share a baseline (CJK and Latin names have different ascents); crowded
      // names take two rows, odd layers on the lower one.
      nameLine = top + names.map { extent($0, nameStyle, canvas).baseline }.reduce(0, max)
      nameRowStep = namesStaggered ? nameH + 2 : 0
      top += nameH > 0 ? nameH + nameRowStep + Self.bandGap : 0
      weightsLine = top
      top += weightsH > 0 ? weightsH + Self.bandGap : 0
      // Each lane's line runs 4 points above its bottom, its label just above the line.
      skipLanes = diagram.skips.indices.map { top + Double($0 + 1) * laneH - 4 }
      top += Double(diagram.skips.count) * laneH
      activationLine = bounds.maxY
      activationRowStep = activationsStaggered ? actH + 2 : 0
      let bottom = bounds.maxY - (actH > 0 ? actH + activationRowStep + Self.bandGap : 0)
      let left = bounds.minX + (firstValues.isEmpty ? 0 : largest(firstValues, noteStyle, canvas).width + bracket + 8)
      let right = bounds.maxX - (lastValues.isEmpty ? 0 : largest(lastValues, noteStyle, canvas).width + bracket + 8)
      // The end columns keep half their widest text inside the bounds.
      let half0 =
        max(
          extent(names.first ?? nil, nameStyle, canvas).width, extent(activations.first ?? nil, noteStyle, canvas).width
        ) / 2
      let halfL =
        max(
          extent(names.last ?? nil, nameStyle, canvas).width, extent(activations.last ?? nil, noteStyle, canvas).width)
        / 2
      let s = (bottom - top) / slotsMax
      let r0 = min(0.34 * s, maximumRadius)
      aLow = left + max(half0, r0)
      aHigh = count > 1 ? right - max(halfL, r0) : aLow
      if count == 1 { aLow = (left + right) / 2; aHigh = aLow }
      (bLow, bHigh) = (top, bottom)
      bandStart = top
      bandEnd = bottom
    } else {
      let nameW = largest(names + weights, nameStyle, canvas).width
      let actW = largest(activations, noteStyle, canvas).width
      let laneW = largest(skipLabels, noteStyle, canvas).width + 12
      nameLine = bounds.minX + nameW
      weightsLine = nameLine
      var left = bounds.minX + (nameW > 0 ? nameW + Self.bandGap : 0)
      skipLanes = diagram.skips.indices.map { left + (Double($0) + 0.5) * laneW + 4 }
      left += Double(diagram.skips.count) * laneW
      activationLine = bounds.maxX - actW
      let right = bounds.maxX - (actW > 0 ? actW + Self.bandGap : 0)
      let valueH = largest(firstValues + lastValues, noteStyle, canvas).height
      let bottom = bounds.maxY - (firstValues.isEmpty ? 0 : valueH + bracket)
      let top = bounds.minY + (lastValues.isEmpty ? 0 : valueH + bracket)
      let s = (right - left) / slotsMax
      let r0 = min(0.34 * s, maximumRadius)
      aLow = bottom - r0
      aHigh = count > 1 ? top + r0 : aLow
      if count == 1 { aLow = (top + bottom) / 2; aHigh = aLow }
      (bLow, bHigh) = (left, right)
      bandStart = left
      bandEnd = right
    }
    let spacing = (bandEnd - bandStart) / slotsMax
    let positions = gapPositions(from: aLow, to: aHigh, spacing: spacing, canvas)
    let gaps = zip(positions, positions.dropFirst()).map { abs($1 - $0) }
    let plainGaps = gaps.indices.filter { layers[$0 + 1].op == nil }.map { gaps[$0] }
    let gap = plainGaps.min() ?? gaps.min() ?? 0
    let middle = (bLow + bHigh) / 2
    centers = layers.indices.map { i in
      let a = positions[i]
      let n = Double(layers[i].slots.count)
      return layers[i].slots.indices.map { k in
        let b = middle + (Double(k) - (n - 1) / 2) * spacing
        return isHorizontal ? Point(a, b) : Point(b, a)
      }
    }
    radius = min(0.34 * spacing, maximumRadius, count > 1 ? 0.2 * gap : .infinity)
    // Operator boxes: across every slot of both layers, centred in the gap, as thick as
    // their label and some padding, never reaching within 8 points of a unit (the label
    // then shrinks to fit, ``operatorStyle``).
    operatorBoxes = layers.indices.map { i -> Rect? in
      guard i > 0, let op = layers[i].op else { return nil }
      let e = extent(op, labelStyle, canvas)
      let all = centers[i - 1] + centers[i]
      let pad = radius + 6
      if isHorizontal {
        let mid = (centers[i - 1][0].x + centers[i][0].x) / 2
        let w = max(4, min(e.width + 16, gaps[i - 1] - 2 * radius - 16))
        let ys = all.map(\.y)
        let y0 = (ys.min() ?? 0) - pad, y1 = (ys.max() ?? 0) + pad
        return Rect(x: mid - w / 2, y: y0, width: w, height: y1 - y0)
      }
      let mid = (centers[i - 1][0].y + centers[i][0].y) / 2
      let h = max(4, min(e.height + 12, gaps[i - 1] - 2 * radius - 16))
      let xs = all.map(\.x)
      let x0 = (xs.min() ?? 0) - pad, x1 = (xs.max() ?? 0) + pad
      return Rect(x: x0, y: mid - h / 2, width: x1 - x0, height: h)
    }
    for _ in 0..<12 where !edgesClear() { radius *= 0.85 }
    if isHorizontal {
      // The bands close up on the units: the slack between a band and the longest
      // column's end units (half a spacing less the radius) moves to the outside.
      let ys = centers.flatMap { $0.map(\.y) }
      let slackTop = max(0, (ys.min() ?? bandStart) - radius - bandStart - 2)
      let slackBottom = max(0, bandEnd - (ys.max() ?? bandEnd) - radius - 2)
      nameLine += slackTop
      weightsLine += slackTop
      skipLanes = skipLanes.map { $0 + slackTop }
      activationLine -= slackBottom
    } else {
      let xs = centers.flatMap { $0.map(\.x) }
      let slackLeft = max(0, (xs.min() ?? bandStart) - radius - bandStart - 2)
      let slackRight = max(0, bandEnd - (xs.max() ?? bandEnd) - radius - 2)
      nameLine += slackLeft
      weightsLine += slackLeft
      skipLanes = skipLanes.map { $0 + slackLeft }
      activationLine -= slackRight
    }
    let widest = largest(layers.map(\.op), labelStyle, canvas)
    let thinnest = operatorBoxes.compactMap { $0 }.map { isHorizontal ? $0.width : $0.height }.min() ?? 0
    let across = isHorizontal ? widest.width : widest.height
    operatorRotated = false
    if across > 0, thinnest - 6 < across {
      // Too wide even at 60 %: a left-to-right box is tall, so its label turns to read
      // upwards along it instead, shrunk (to half at most) to the box's thickness.
      if isHorizontal && 0.6 * across > thinnest - 6 {
        operatorRotated = true
        if widest.height > thinnest - 2 { operatorStyle.size *= max(0.5, (thinnest - 2) / widest.height) }
      } else {
        operatorStyle.size *= max(0.6, (thinnest - 6) / across)
      }
    }
    fitLabels(canvas)
  }

  /// The unit labels of a layer share one size: the annotation role, shrunk (to 45 % at
  /// least) until the layer's widest label fits 1.5 r across and its tallest 1.3 r; "+1" on
  /// its own (``biasStyle``); operator names and weights keep the role's size.
  private mutating func fitLabels(_ canvas: Canvas) {
    let role = labelStyle
    labelStyles = diagram.layers.map { layer in
      let (w, h) = largest(layer.labels + [RichText.plain("+1")], role, canvas)
      var s = role
      if w > 0, h > 0 { s.size *= max(0.45, min(1, 1.5 * radius / w, 1.3 * radius / h)) }
      return s
    }
    biasStyle = role
    let (w, h) = largest([RichText.plain("+1")], role, canvas)
    if w > 0, h > 0 { biasStyle.size *= max(0.45, min(1, 1.5 * radius / w, 1.3 * radius / h)) }
  }

}
