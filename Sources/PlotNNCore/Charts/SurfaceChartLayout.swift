import Foundation

/// Where everything of a ``SurfaceChart`` goes: the placed projection, the axis box with its
/// ticks and labels, the sorted quads, the lifted path and the colour bar.
///
/// Placement: the 3-D box is drawn as large as possible inside the space left by the title
/// and the colour bar, *including* its tick labels and axis names. Each label sits at a fixed
/// canvas offset from a projected point, so with scale s its extent is s·a + b (a from the
/// projection, b from the text); the largest s at which every extent fits is found by
/// bisection, then everything is centred. Ticks depend on s (their spacing on screen), so
/// the two are computed alternately three times. With a colour bar, box and bar are then
/// centred together.
struct SurfaceChartLayout {
  static let padding = 14.0
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
  let colorBar: ColorBar?
  let heading: FigureHeading

  init(chart: SurfaceChart, size: Size, canvas: Canvas) {
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
    let base = Projection(
      xRange: chart.xRange, yRange: chart.yRange, zRange: zRange, azimuth: chart.azimuth,
      elevation: chart.elevation, boxAspect: chart.boxAspect)
    let axisBox = AxisBox(projection: base)
    self.axisBox = axisBox

    let pad = Self.padding
    heading = FigureHeading(
      title: chart.title, subtitle: nil, style: style, top: pad, width: size.width, height: size.height)
    let top = chart.title == nil ? pad : heading.bottom(on: canvas) + 4
    let available = Rect(x: pad, y: top, width: size.width - 2 * pad, height: size.height - top - pad)
    var region = available
    let barLabel = chart.colorBarLabel ?? chart.zLabel
    let makeBar = { (right: Double) in
      ColorBar(
        range: zRange, label: barLabel, style: style, canvas: canvas, right: right, middle: available.midY,
        height: 0.7 * available.height)
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

    quads = SurfaceQuad.sorted(mesh: mesh, projection: projection, zRange: zRange, shading: chart.shading)
    path = LiftedPath(chart.path, function: chart.function, mesh: mesh, projection: projection, quads: quads)
  }
}
