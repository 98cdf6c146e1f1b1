import Foundation

/// Places the labels of a ``SurfaceChart``'s marks (start, end, step marks, minimum) beside
/// them, clear of every other text, of the marks and of the path.
///
/// Each label (``Style/markerLabel``, drawn on a halo 2 points wider than its text) is tried
/// at 24 places, in order: set off from its mark to the right, left, above, below, upper
/// right, upper left, lower right and lower left, its box's nearest side ``gap`` points
/// beyond the mark, then the same 8 directions ``farther`` and twice that farther. The first
/// place whose halo lies inside the figure below the title and meets no text already placed
/// (tick labels, axis names, colour bar, earlier mark labels), no mark, and no segment of
/// the drawn path (grown by 2 points) wins; when there is none the label is left out: it
/// never covers another text or the path (at 320 × 240 the end's label can lose its place
/// this way; the end's dot stays). Labels are placed start, minimum, step marks, end: the end
/// is often close to the minimum, and the minimum is the more important of the two. Below
/// ``smallestScale`` points per box unit (a surface about 80 points across, as in a
/// 200 × 150 figure) no label is placed: each would cover a good part of the surface.
struct SurfaceMarkLabels {
  static let smallestScale = 20.0
  static let gap = 5.0
  static let farther = 12.0
  static let halo = 2.0
  /// Radii of the marks as ``SurfaceChartPainter`` draws them.
  static let circleRadius = 4.5
  static let starRadius = 7.0
  static let dotRadius = 3.2

  /// A mark: where it is drawn, its radius, its label (nil for none), and the iterate of the
  /// path at which it appears (0 for the start and the minimum; an animation's frame shows
  /// a mark and its label only once its path has reached it).
  struct Mark {
    let marker: LiftedPath.Marker
    let radius: Double
    let label: RichText?
    var step = 0
  }

  /// A placed label and the iterate from which it is drawn (its mark's ``Mark/step``).
  struct Label {
    let text: PlacedText
    let step: Int
  }

  /// Every mark drawn, in the order their labels are placed.
  let marks: [Mark]
  /// The drawn paths, which no label covers.
  let paths: [LiftedPath]
  let style: Style
  let canvas: Canvas

  /// Unit directions, in the order tried (canvas y down: "above" is −y).
  static let directions: [Point] = {
    let d = 0.5.squareRoot()
    return [
      Point(1, 0), Point(-1, 0), Point(0, -1), Point(0, 1), Point(d, -d), Point(-d, -d), Point(d, d), Point(-d, d),
    ]
  }()

  /// The placed labels, each a ``PlacedText`` whose box is the text's (the halo is
  /// ``halo`` wider on every side). Places are chosen for the whole paths, so in an
  /// animation a label appears where the static figure has it and never moves.
  func placed(avoiding texts: [Rect], inside region: Rect) -> [Label] {
    let markBoxes = marks.map {
      Rect(
        x: $0.marker.point.x - $0.radius, y: $0.marker.point.y - $0.radius, width: 2 * $0.radius,
        height: 2 * $0.radius)
    }
    let segments = paths.flatMap(\.runs).flatMap { run in Array(zip(run.points, run.points.dropFirst())) }
    var taken = texts
    var placed: [Label] = []
    let textStyle = style.markerLabel
    let inner = region.insetBy(1)
    for mark in marks {
      guard let text = mark.label, !text.isEmpty else { continue }
      let (point, radius) = (mark.marker.point, mark.radius)
      let extent = canvas.measure(text, style: textStyle)
      let candidates = [Self.gap, Self.gap + Self.farther, Self.gap + 2 * Self.farther].flatMap { distance in
        Self.directions.map { d -> PlacedText in
          let reach = Self.reach(d, extent.width + 2 * Self.halo, extent.height + 2 * Self.halo)
          let r = radius + distance + reach
          return PlacedText(
            text: text, center: Point(point.x + d.x * r, point.y + d.y * r), extent: extent, rotation: 0)
        }
      }
      let clear = candidates.first { candidate in
        let halo = candidate.box.insetBy(-Self.halo)
        let grown = halo.insetBy(-2)
        return inner.contains(Point(halo.minX, halo.minY)) && inner.contains(Point(halo.maxX, halo.maxY))
          && !taken.contains { $0.intersects(halo) } && !markBoxes.contains { $0.intersects(halo) }
          && !segments.contains { grown.meets(segmentFrom: $0.0, to: $0.1) }
      }
      guard let choice = clear else { continue }
      placed.append(Label(text: choice, step: mark.step))
      taken.append(choice.box.insetBy(-Self.halo))
    }
    return placed
  }

  /// The distance from the centre of a `w` × `h` box to its edge along unit direction `d`.
  static func reach(_ d: Point, _ w: Double, _ h: Double) -> Double {
    let a = abs(d.x) > 1e-9 ? w / 2 / abs(d.x) : .infinity
    let b = abs(d.y) > 1e-9 ? h / 2 / abs(d.y) : .infinity
    return min(a, b)
  }
}
