import Foundation

/// Ticks, tick labels and axis names of a 3-D axis box, and the scale at which the box and
/// all of them fit a region (see ``SurfaceChartLayout``).
///
/// A label of extent w × h set off in unit canvas direction d from its tick point p has its
/// centre at p + d·(tick + gap + r), where r = min(w/(2|dₓ|), h/(2|d_y|)) is the distance from
/// the box centre to its edge along d: the box just touches the circle of radius tick + gap.
/// An axis name goes beyond the farthest label of its axis, the z name turned a quarter.
struct LabelPlacer {
  /// Ticks chosen for the three axes.
  struct Choice {
    /// Per axis; `position` is the distance along the projected edge from its low end.
    let ticks: [[AxisTick]]
  }

  /// Something to fit: a point of the unit-placed projection plus a fixed canvas offset,
  /// with half its width and height.
  struct Item {
    let anchor: Point
    let offset: Point
    let halfWidth: Double
    let halfHeight: Double
  }

  /// The projection placed at scale 1 around the canvas origin.
  let projection: Projection
  let axisBox: AxisBox
  let canvas: Canvas
  let labelStyle: TextStyle
  let nameStyle: TextStyle
  let names: [RichText]

  private func range(_ axis: Int) -> ClosedRange<Double> {
    [projection.xRange, projection.yRange, projection.zRange][axis]
  }

  private func ends(_ edge: AxisBox.Edge) -> (Point, Point) {
    let r = range(edge.axis)
    return (
      projection.project(box: box(edge.point(r.lowerBound))).point,
      projection.project(box: box(edge.point(r.upperBound))).point
    )
  }

  private func box(_ p: Vector3) -> Vector3 { projection.box(p.x, p.y, p.z) }

  /// Whether `edge` is seen (nearly) end-on: projected shorter than 5 % of the box's
  /// longest side. Such an axis gets neither ticks nor a name.
  func isEndOn(_ edge: AxisBox.Edge) -> Bool {
    let (p0, p1) = ends(edge)
    let longest = max(projection.boxAspect.x, projection.boxAspect.y, projection.boxAspect.z)
    return hypot(p1.x - p0.x, p1.y - p0.y) < 0.05 * longest
  }

  /// Ticks after ``TickLocator`` for each axis edge at `scale`, with the bin count lowered
  /// until neighbouring labels, set side by side along the projected edge, are apart by 14
  /// points across or 3 points up and down; none on an edge shorter than 30 points. The
  /// starting bin count is matplotlib's for the projected length (``TickLocator/bins(forAxisLength:fontSize:vertical:)``,
  /// vertical for z).
  func ticks(scale: Double) -> Choice {
    var ticks: [[AxisTick]] = []
    for edge in axisBox.edges {
      let (p0, p1) = ends(edge)
      let length = scale * hypot(p1.x - p0.x, p1.y - p0.y)
      let r = range(edge.axis)
      guard length >= 30, !isEndOn(edge) else {
        ticks.append([])
        continue
      }
      let ex = abs(p1.x - p0.x) * scale / length
      let ey = abs(p1.y - p0.y) * scale / length
      let bins = TickLocator.bins(forAxisLength: length, fontSize: labelStyle.size, vertical: edge.axis == 2)
      // Side by side along the projected edge: apart by 14 points across or 3 up and down.
      let spacing = { (a: RichText, b: RichText) -> Double in
        let (ea, eb) = (canvas.measure(a, style: labelStyle), canvas.measure(b, style: labelStyle))
        let across = ex > 1e-9 ? ((ea.width + eb.width) / 2 + 14) / ex : .infinity
        let along = ey > 1e-9 ? ((ea.height + eb.height) / 2 + 3) / ey : .infinity
        return min(across, along)
      }
      let fitted = TickLocator.labelledTicks(r, length: length, bins: bins, spacing: spacing)
      ticks.append(fitted.fits ? fitted.ticks : [])
    }
    return Choice(ticks: ticks)
  }

  /// r for an extent w × h along unit direction d.
  private static func reach(_ d: Point, _ w: Double, _ h: Double) -> Double {
    let a = abs(d.x) > 1e-9 ? w / 2 / abs(d.x) : .infinity
    let b = abs(d.y) > 1e-9 ? h / 2 / abs(d.y) : .infinity
    return min(a, b)
  }

  /// A name to place: its item, extent, rotation and text.
  private typealias Name = (item: Item, extent: TextExtent, rotation: Double, text: RichText)

  /// Tick labels as items, per axis, and the names of the axes not seen end-on.
  private func labelItems(_ choice: Choice) -> (labels: [[(Item, TextExtent)]], names: [Name]) {
    var labels: [[(Item, TextExtent)]] = []
    var nameItems: [Name] = []
    for edge in axisBox.edges {
      let d = edge.outward
      var axisLabels: [(Item, TextExtent)] = []
      var farthest = 0.0
      for (value, text) in choice.ticks[edge.axis].map({ ($0.value, $0.label) }) {
        let extent = canvas.measure(text, style: labelStyle)
        let r = Self.reach(d, extent.width, extent.height)
        let distance = SurfaceChartLayout.tickLength + SurfaceChartLayout.labelGap + r
        farthest = max(farthest, distance + r)
        let anchor = projection.project(box: box(edge.point(value))).point
        let item = Item(
          anchor: anchor, offset: Point(d.x * distance, d.y * distance), halfWidth: extent.width / 2,
          halfHeight: extent.height / 2)
        axisLabels.append((item, extent))
      }
      labels.append(axisLabels)
      if isEndOn(edge) || names[edge.axis].isEmpty { continue }
      let rotation = edge.axis == 2 ? Double.pi / 2 : 0
      let extent = canvas.measure(names[edge.axis], style: nameStyle)
      let (w, h) = rotation == 0 ? (extent.width, extent.height) : (extent.height, extent.width)
      let base = max(farthest, SurfaceChartLayout.tickLength)
      let distance = base + SurfaceChartLayout.nameGap + Self.reach(d, w, h)
      let (p0, p1) = ends(edge)
      let anchor = Point((p0.x + p1.x) / 2, (p0.y + p1.y) / 2)
      let item = Item(
        anchor: anchor, offset: Point(d.x * distance, d.y * distance), halfWidth: w / 2, halfHeight: h / 2)
      nameItems.append((item, extent, rotation, names[edge.axis]))
    }
    return (labels, nameItems)
  }

  private func items(_ choice: Choice) -> [Item] {
    let corners = projection.corners.map {
      Item(anchor: projection.project(box: $0).point, offset: Point(0, 0), halfWidth: 0, halfHeight: 0)
    }
    let (labels, names) = labelItems(choice)
    return corners + labels.flatMap { $0.map(\.0) } + names.map(\.item)
  }

  /// The canvas bounds of `items` at `scale` around the origin.
  private static func bounds(_ items: [Item], scale s: Double) -> (
    minX: Double, maxX: Double, minY: Double, maxY: Double
  ) {
    var b = (minX: Double.infinity, maxX: -Double.infinity, minY: Double.infinity, maxY: -Double.infinity)
    for i in items {
      let x = s * i.anchor.x + i.offset.x
      let y = s * i.anchor.y + i.offset.y
      b = (
        min(b.minX, x - i.halfWidth), max(b.maxX, x + i.halfWidth), min(b.minY, y - i.halfHeight),
        max(b.maxY, y + i.halfHeight)
      )
    }
    return b
  }

  /// The largest scale ≤ `limit` at which the box and `choice`'s labels fit `region`
  /// (bisection to 0.01 %; a tenth of `limit` when even a tiny box does not fit).
  func largestScale(_ choice: Choice, fitting region: Rect, upTo limit: Double) -> Double {
    let all = items(choice)
    let fits = { (s: Double) -> Bool in
      let b = Self.bounds(all, scale: s)
      return b.maxX - b.minX <= region.width && b.maxY - b.minY <= region.height
    }
    if fits(limit) { return limit }
    var (lo, hi) = (0.0, limit)
    while hi - lo > 1e-4 * limit {
      let mid = (lo + hi) / 2
      if fits(mid) { lo = mid } else { hi = mid }
    }
    return max(lo, 0.1 * limit)
  }

  /// The width and height the box and `choice`'s labels take at `scale`.
  func extent(_ choice: Choice, scale: Double) -> Size {
    let b = Self.bounds(items(choice), scale: scale)
    return Size(width: b.maxX - b.minX, height: b.maxY - b.minY)
  }

  /// The canvas position of the box centre that centres everything in `region`.
  func center(_ choice: Choice, scale: Double, in region: Rect) -> Point {
    let b = Self.bounds(items(choice), scale: scale)
    return Point(region.midX - (b.minX + b.maxX) / 2, region.midY - (b.minY + b.maxY) / 2)
  }

  /// Final tick marks, labels and names for the placed `target` projection. A tick label
  /// that would overlap one already placed (x first, then y, then z) slides along its edge
  /// towards the edge's middle, 1 point at a time up to half the edge's tick spacing on
  /// the canvas, to the first place ``slideGap`` points clear of every label placed; where
  /// none is, it is dropped. So the labels of the two floor edges that meet at the front corner (w₁'s 10
  /// and w₂'s 100 from some views) both stay, each a few points in from the corner; the
  /// slide keeps a label inside the extent the box was fitted with.
  func place(_ choice: Choice, on target: Projection) -> ([[SurfaceChartLayout.Tick]], [PlacedText]) {
    let (labels, names) = labelItems(choice)
    let at = { (i: Item) in
      Point(
        target.origin.x + target.scale * i.anchor.x + i.offset.x,
        target.origin.y + target.scale * i.anchor.y + i.offset.y)
    }
    var taken: [Rect] = []
    var ticks: [[SurfaceChartLayout.Tick]] = []
    for edge in axisBox.edges {
      let d = edge.outward
      let r = range(edge.axis)
      let (e0, e1) = (
        target.project(box: box(edge.point(r.lowerBound))).point,
        target.project(box: box(edge.point(r.upperBound))).point
      )
      let middle = Point((e0.x + e1.x) / 2, (e0.y + e1.y) / 2)
      let values = choice.ticks[edge.axis].map(\.value)
      let spacing =
        values.count >= 2
        ? hypot(e1.x - e0.x, e1.y - e0.y) * abs(values[1] - values[0]) / (r.upperBound - r.lowerBound) : 0
      let slide = 0.5 * spacing
      var axisTicks: [SurfaceChartLayout.Tick] = []
      for (k, tick) in choice.ticks[edge.axis].enumerated() {
        let value = tick.value
        let p = target.project(box: target.box(edge.point(value).x, edge.point(value).y, edge.point(value).z)).point
        let (item, extent) = labels[edge.axis][k]
        let text = Self.slid(
          PlacedText(text: tick.label, center: at(item), extent: extent, rotation: 0),
          along: Point(middle.x - p.x, middle.y - p.y), by: slide, clearOf: taken)
        if let box = text?.box { taken.append(box) }
        let end = Point(p.x + d.x * SurfaceChartLayout.tickLength, p.y + d.y * SurfaceChartLayout.tickLength)
        axisTicks.append(SurfaceChartLayout.Tick(tick: tick, from: p, to: end, label: text))
      }
      ticks.append(axisTicks)
    }
    let placedNames = names.map {
      PlacedText(text: $0.text, center: at($0.item), extent: $0.extent, rotation: $0.rotation)
    }
    return (ticks, placedNames)
  }

  static let slideGap = 4.0

  /// `text` as placed when clear of `taken`; else moved along `direction` (from its tick
  /// towards the middle of the edge), 1 point at a time up to `limit` (and never past the
  /// middle), to the first clear place; nil when there is none.
  static func slid(_ text: PlacedText, along direction: Point, by limit: Double, clearOf taken: [Rect]) -> PlacedText? {
    if !taken.contains(where: { $0.intersects(text.box) }) { return text }
    // A slid label keeps ``slideGap`` points from the others: two numbers on one line
    // with no space between them ("100" beside "10.0") would read as one.
    let clear = { (t: PlacedText) in !taken.contains { $0.intersects(t.box.insetBy(-Self.slideGap)) } }
    let length = hypot(direction.x, direction.y)
    guard length > 1e-9, limit >= 1 else { return nil }
    let (ux, uy) = (direction.x / length, direction.y / length)
    var s = 1.0
    while s <= min(limit, length) {
      let moved = PlacedText(
        text: text.text, center: Point(text.center.x + ux * s, text.center.y + uy * s), extent: text.extent,
        rotation: text.rotation)
      if clear(moved) { return moved }
      s += 1
    }
    return nil
  }
}
