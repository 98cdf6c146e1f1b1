import Foundation

/// Where everything of a ``SurfaceChart`` goes: the view (the chart's, or ``ViewChoice``'s),
/// the placed projection, the axis box with its ticks and labels, the sorted quads, the
/// lifted path, the marks with their labels and the colour bar.
///
/// Placement: the 3-D box is drawn as large as possible inside the space left by the title
/// and the colour bar, *including* its tick labels and axis names. Each label sits at a fixed
/// canvas offset from a projected point, so with scale s its extent is s·a + b (a from the
/// projection, b from the text); the largest s at which every extent fits is found by
/// bisection, then everything is centred. Ticks depend on s (their spacing on screen), so
/// the two are computed alternately three times. With a colour bar, box and bar are then
/// centred together.
///
/// **Small figures.** When the box would be drawn at less than ``roomyShare`` of the scale
/// it would have alone in the figure, texts give way one kind at a time, in the fixed order
/// of ``Omission``, until it is not or nothing is left to drop; what was dropped is in
/// ``notes``. (The marks' labels already go below ``SurfaceMarkLabels/smallestScale``.)
struct SurfaceChartLayout {
  /// What a surface gives up for room, first to go first: the colour bar's label (its
  /// ticks still give the scale), the title (kept in the file's metadata), the axis names
  /// (w₁, w₂ and the loss are in the text the figure illustrates), then the colour bar
  /// itself, with its ticks.
  enum Omission: Int, CaseIterable, Comparable {
    case colorBarLabel, title, axisNames, colorBar

    static func < (a: Omission, b: Omission) -> Bool { a.rawValue < b.rawValue }
  }

  /// The least share of its largest scale the box keeps before texts give way: 0.6.
  static let roomyShare = 0.6

  init(chart: SurfaceChart, size: Size, canvas: Canvas) {
    var layout = SurfaceChartLayout(chart: chart, size: size, canvas: canvas, dropping: nil)
    for omission in Omission.allCases {
      if layout.projection.scale >= Self.roomyShare * layout.largestScale { break }
      layout = SurfaceChartLayout(chart: chart, size: size, canvas: canvas, dropping: omission)
    }
    layout.quadPaths = layout.quads.map { quad in
      var outline = Path.polyline(quad.points)
      outline.close()
      let lines =
        chart.edges == .lines
        ? SurfaceChartPainter.meshLines(quad, spacing: chart.meshLineSpacing, mesh: layout.mesh) : Path()
      return QuadPaths(outline: outline, meshLines: lines)
    }
    self = layout
  }

  /// A quad's closed outline and the sides of it that lie on mesh lines.
  struct QuadPaths {
    let outline: Path
    let meshLines: Path
  }

  /// The paths of ``quads``, in their order, built once for the layout that is kept. Why:
  /// an animation's frames paint the same quads (1600 on the 3.6.4 surface) from one shared
  /// layout, and paths built anew each frame were a sixth of the animation's instructions,
  /// with as much again for comparing each frame's commands with the frames' common
  /// beginning (paths that share their storage compare at once).
  private(set) var quadPaths: [QuadPaths] = []

  static let tickLength = 5.0
  static let labelGap = 3.0
  static let nameGap = 8.0

  /// A tick on an axis edge: the axis tick, the ends of its mark, and its placed label
  /// (nil when dropped for an overlap).
  struct Tick {
    let tick: AxisTick
    let from: Point
    let to: Point
    let label: PlacedText?

    var value: Double { tick.value }
  }

  let size: Size
  let zRange: ClosedRange<Double>
  let projection: Projection
  let axisBox: AxisBox
  let mesh: SurfaceMesh
  /// Ticks of the x, y and z axes.
  let ticks: [[Tick]]
  /// Names of the axes not seen end-on.
  let names: [PlacedText]
  /// Quads, farthest first.
  let quads: [SurfaceQuad]
  let path: LiftedPath
  /// The chart's ``SurfaceChart/traces``, lifted, in their order.
  let traces: [LiftedPath]
  /// The minimum's mark, lifted onto the surface; nil when the chart has none or it lies
  /// outside the ranges.
  let minimum: LiftedPath.Marker?
  /// The chart's ``SurfaceChart/extraMinima`` inside the ranges, lifted onto the surface.
  let extraMinima: [LiftedPath.Marker]
  /// The chart's step marks on the path, lifted onto the surface, each with its iterate.
  let stepMarks: [(marker: LiftedPath.Marker, step: Int)]
  /// Labels of the start, end and minimum, as ``SurfaceMarkLabels`` placed them, each with
  /// the iterate from which an animation's frame draws it.
  let markLabels: [SurfaceMarkLabels.Label]
  let colorBar: ColorBar?
  let heading: FigureHeading
  /// Texts left out for room: tick labels dropped for an overlap, mark labels with no free
  /// place (also all of them when the box is drawn below ``SurfaceMarkLabels/smallestScale``).
  let notes: LayoutNotes

  /// The scale the box would have with the whole figure inside the margins to itself.
  let largestScale: Double

  private init(chart: SurfaceChart, size: Size, canvas: Canvas, dropping omission: Omission?) {
    let drops = { (o: Omission) in omission.map { o <= $0 } ?? false }
    var chart = chart
    var notes = LayoutNotes()
    if drops(.colorBarLabel), chart.showColorBar, !(chart.colorBarLabel?.isEmpty ?? true) {
      chart.colorBarLabel = nil
      notes.leaveOut(.colorBarLabel)
    }
    if drops(.title), chart.title != nil {
      chart.title = nil
      notes.leaveOut(.title)
    }
    if drops(.axisNames) {
      notes.leaveOut(.axisName, count: [chart.xLabel, chart.yLabel, chart.zLabel].filter { !$0.isEmpty }.count)
      (chart.xLabel, chart.yLabel, chart.zLabel) = (RichText.plain(""), RichText.plain(""), RichText.plain(""))
    }
    if drops(.colorBar), chart.showColorBar {
      chart.showColorBar = false
      notes.leaveOut(.colorBarTicks)
    }
    self.size = size
    let style = chart.style
    let labelStyle = style.tickLabel
    let nameStyle = style.axisName
    let resolution = min(max(chart.resolution, 1), 400)
    let mesh = SurfaceMesh(
      function: chart.function, xRange: chart.xRange, yRange: chart.yRange, columns: resolution, rows: resolution)
    self.mesh = mesh
    var zRange = mesh.finiteRange ?? 0...1
    if zRange.upperBound - zRange.lowerBound <= 1e-12 * max(1, abs(zRange.lowerBound)) {
      zRange = (zRange.lowerBound - 0.5)...(zRange.upperBound + 0.5)
    }
    self.zRange = zRange
    let inRanges = { (m: (Double, Double)) in chart.xRange.contains(m.0) && chart.yRange.contains(m.1) }
    let marks = chart.minimum.map { [$0] }?.filter(inRanges) ?? []
    let extras = chart.extraMinima.filter(inRanges)
    let view =
      chart.traces.isEmpty
      ? ViewChoice.choose(
        azimuth: chart.azimuth, elevation: chart.elevation, path: chart.path, marks: marks, function: chart.function,
        mesh: mesh, zRange: zRange, boxAspect: chart.boxAspect)
      : ViewChoice.choose(
        azimuth: chart.azimuth, elevation: chart.elevation,
        paths: (chart.path.isEmpty ? [] : [chart.path]) + chart.traces.map(\.points), marks: marks + extras,
        function: chart.function, mesh: mesh, zRange: zRange, boxAspect: chart.boxAspect)
    let base = Projection(
      xRange: chart.xRange, yRange: chart.yRange, zRange: zRange, azimuth: view.azimuth,
      elevation: view.elevation, boxAspect: chart.boxAspect)
    let axisBox = AxisBox(projection: base)
    self.axisBox = axisBox

    let pad = chart.style.margin
    heading = FigureHeading(
      title: chart.title, subtitle: nil, style: style, top: pad, width: size.width, height: size.height
    ).fitted(on: canvas)
    let top = chart.title == nil ? pad : heading.bottom(on: canvas) + 4
    let available = Rect(x: pad, y: top, width: size.width - 2 * pad, height: size.height - top - pad)
    largestScale =
      base.fitted(into: Rect(x: pad, y: pad, width: size.width - 2 * pad, height: size.height - 2 * pad))
      .scale
    var region = available
    let makeBar = { (right: Double) in
      ColorBar(
        range: zRange, label: chart.colorBarLabel, scale: chart.colorScale, style: style, canvas: canvas,
        right: right, middle: available.midY, height: 0.7 * available.height,
        gap: ColorBar.gap(figureWidth: size.width))
    }
    var bar = chart.showColorBar ? makeBar(available.maxX) : nil
    region.width -= bar?.stripWidth ?? 0

    let unit = base.placed(scale: 1, center: Point(0, 0))
    let largest = base.fitted(into: region).scale
    let placer = LabelPlacer(
      projection: unit, axisBox: axisBox, canvas: canvas, labelStyle: labelStyle, nameStyle: nameStyle,
      names: [chart.xLabel, chart.yLabel, chart.zLabel])
    var scale = 0.8 * largest
    var choice = placer.ticks(scale: scale)
    for _ in 0..<3 {
      choice = placer.ticks(scale: scale)
      scale = placer.largestScale(choice, fitting: region, upTo: largest)
    }
    // When the box is limited by the height, the box and the bar are centred as a group
    // rather than leaving the slack between them.
    if let strip = bar?.stripWidth {
      let group = placer.extent(choice, scale: scale).width + strip
      let left = available.minX + max(0, (available.width - group) / 2)
      region = Rect(x: left, y: region.y, width: group - strip, height: region.height)
      bar = makeBar(left + group)
    }
    colorBar = bar
    let center = placer.center(choice, scale: scale, in: region)
    let projection = base.placed(scale: scale, center: center)
    self.projection = projection
    (ticks, names) = placer.place(choice, on: projection)

    let quads = SurfaceQuad.sorted(
      mesh: mesh, projection: projection, zRange: zRange, shading: chart.shading, colorScale: chart.colorScale)
    self.quads = quads
    let hiding = HidingQuads(quads)
    let path = LiftedPath(chart.path, function: chart.function, mesh: mesh, projection: projection, hiding: hiding)
    self.path = path
    let traces = chart.traces.map {
      LiftedPath($0.points, function: chart.function, mesh: mesh, projection: projection, hiding: hiding)
    }
    self.traces = traces
    let lift = { (x: Double, y: Double) -> LiftedPath.Marker? in
      let z = chart.function(x, y)
      guard z.isFinite else { return nil }
      let q = projection.project(x, y, z)
      let hidden = hiding.hides(q, cell: mesh.cell(containing: x, y))
      return LiftedPath.Marker(point: q.point, hidden: hidden)
    }
    let minimum = marks.first.flatMap { lift($0.0, $0.1) }
    self.minimum = minimum
    extraMinima = extras.compactMap { lift($0.0, $0.1) }
    // Step marks on the path (clamped into the ranges, as the path is), not at its ends.
    let steps = chart.stepMarks.filter { $0.step > 0 && $0.step < chart.path.count - 1 }.compactMap {
      mark -> (LiftedPath.Marker, RichText, Int)? in
      let (x, y) = chart.path[mark.step]
      guard x.isFinite, y.isFinite else { return nil }
      let clamped = (
        min(max(x, chart.xRange.lowerBound), chart.xRange.upperBound),
        min(max(y, chart.yRange.lowerBound), chart.yRange.upperBound)
      )
      return lift(clamped.0, clamped.1).map { ($0, mark.label, mark.step) }
    }
    stepMarks = steps.map { (marker: $0.0, step: $0.2) }
    var taken = ticks.joined().compactMap { $0.label?.box } + names.map(\.box)
    taken += bar?.labelBoxes(canvas: canvas, style: style) ?? []
    if let bar { taken.append(bar.bar) }
    // Below the title, within the figure; in the order of importance.
    let inside = Rect(x: 0, y: top, width: size.width, height: size.height - top)
    typealias Mark = SurfaceMarkLabels.Mark
    var all: [Mark] = []
    if let s = path.start {
      all.append(Mark(marker: s, radius: SurfaceMarkLabels.circleRadius, label: chart.startLabel))
    }
    if let m = minimum { all.append(Mark(marker: m, radius: SurfaceMarkLabels.starRadius, label: chart.minimumLabel)) }
    all += extraMinima.map { Mark(marker: $0, radius: SurfaceMarkLabels.starRadius, label: nil) }
    if chart.marksTraceStart, let s = traces.first?.start {
      all.append(Mark(marker: s, radius: SurfaceMarkLabels.circleRadius, label: nil))
    }
    all += steps.map { Mark(marker: $0.0, radius: SurfaceMarkLabels.dotRadius, label: $0.1, step: $0.2) }
    if let e = path.end {
      all.append(
        Mark(marker: e, radius: SurfaceMarkLabels.circleRadius, label: chart.endLabel, step: path.endStep)
      )
    }
    let shown = all.filter { !$0.marker.hidden || chart.hiddenPath != .omitted }
    let markLabels =
      projection.scale < SurfaceMarkLabels.smallestScale
      ? []
      : SurfaceMarkLabels(marks: shown, paths: [path] + traces, style: style, canvas: canvas).placed(
        avoiding: taken, inside: inside)
    self.markLabels = markLabels
    notes.leaveOut(.tickLabel, count: ticks.joined().filter { $0.label == nil }.count)
    notes.leaveOut(.markLabel, count: shown.filter { !($0.label?.isEmpty ?? true) }.count - markLabels.count)
    self.notes = notes
  }
}
