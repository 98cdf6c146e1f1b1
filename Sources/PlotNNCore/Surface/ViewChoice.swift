import Foundation

/// The view a ``SurfaceChart`` takes when its azimuth or elevation is not given, chosen by
/// what it shows: the whole path on the visible part of the surface, seen face-on.
///
/// Candidates: azimuths every 5°, at least 20° from the directions of the x and y axes (a view
/// along an axis sees that side of the box edge-on: its ticks stack up and the box looks
/// flat), and elevations 25° to 50° every 5° (lower flattens the surface into its rim, higher
/// flattens it into a map; the book's figure is at about 40°). A given azimuth or elevation
/// is kept and only the other one searched.
///
/// Score of a view with unit view direction w (towards the eye), over the path (and the
/// marks) lifted onto the surface and resampled to at most 200 points evenly along its
/// length:
///   facing = the smallest n·w over the samples, n the unit upward normal of the mesh quad
///     under a sample (in box units): 1 where the surface under the path is seen face-on,
///     0 where it is seen edge-on, negative where it faces away (the first leg of the 3.6.4
///     "L" on the near rim at the old default view, azimuth −110°, elevation 45°: −0.09);
///   spread = the path's projected length over its length in the box (1 when no segment is
///     foreshortened);
///   score = min(facing, ½) + ½·spread − 0.01·|elevation − 35°|.
/// Facing counts only up to ½ (the surface seen at least 30° above its own plane): a bowl
/// faces an eye overhead best, so without the cap the highest elevation would always win and
/// flatten the surface into a map; past it, the spread and the elevation nearest 35° decide.
/// For the 3.6.4 figure this gives azimuth 50°, elevation 35° (facing 0.60): the whole "L"
/// on the far walls, its corner in the middle.
/// Views are tried from the highest score down; the first in which no sample of the path
/// (as ``LiftedPath`` draws it) and none of `marks` is hidden by the surface wins, ties by
/// the order of the candidates (elevation, then azimuth, increasing). With no path the view
/// is azimuth −110°, elevation 45° (close to the book's figure).
struct ViewChoice {
  static let fallback = (azimuth: -110.0, elevation: 45.0)
  static let elevations: [Double] = [25, 30, 35, 40, 45, 50]
  /// −175°, −170°, … 180°, without those within 20° of a multiple of 90°.
  static let azimuths: [Double] = stride(from: -175.0, through: 180, by: 5).filter {
    let r = abs($0).truncatingRemainder(dividingBy: 90)
    return min(r, 90 - r) >= 20
  }

  /// A path sample in box units: where it is and the surface normal under it.
  struct Sample {
    let point: Vector3
    let normal: Vector3
  }

  /// The samples of each path, in order along it.
  let paths: [[Sample]]
  let boxAspect: Vector3

  /// Every path's samples.
  var samples: [Sample] { paths.flatMap { $0 } }

  /// The path `path` (data x, y) lifted onto `function` over `mesh`, in the box of
  /// `zRange` with `boxAspect`.
  init(
    path: [(Double, Double)], function: (Double, Double) -> Double, mesh: SurfaceMesh, zRange: ClosedRange<Double>,
    boxAspect: Vector3
  ) {
    self.init(paths: [path], function: function, mesh: mesh, zRange: zRange, boxAspect: boxAspect)
  }

  /// Several paths (the optimizers' one each, ``SurfaceChart/traces``), each resampled to at
  /// most 200 points on its own; the score's spread is summed over each path's segments,
  /// never over a jump from one path to the next.
  init(
    paths: [[(Double, Double)]], function: (Double, Double) -> Double, mesh: SurfaceMesh,
    zRange: ClosedRange<Double>, boxAspect: Vector3
  ) {
    self.boxAspect = boxAspect
    let p = Projection(
      xRange: (mesh.xs.first ?? 0)...(mesh.xs.last ?? 1), yRange: (mesh.ys.first ?? 0)...(mesh.ys.last ?? 1),
      zRange: zRange, boxAspect: boxAspect)
    let (x0, x1) = (p.xRange.lowerBound, p.xRange.upperBound)
    let (y0, y1) = (p.yRange.lowerBound, p.yRange.upperBound)
    self.paths = paths.map { path in
      let clamped = path.filter { $0.0.isFinite && $0.1.isFinite }.map {
        (min(max($0.0, x0), x1), min(max($0.1, y0), y1))
      }
      let lengths = zip(clamped, clamped.dropFirst()).map { a, b in
        (p.box(b.0, b.1, 0) - p.box(a.0, a.1, 0)).length
      }
      let even = clamped.count > 200 ? LiftedPath.resampled(clamped, lengths: lengths, count: 199) : clamped
      return even.compactMap { x, y in
        let z = function(x, y)
        let cell = mesh.cell(containing: x, y)
        guard z.isFinite, let corners = mesh.quadCorners(cell.i, cell.j) else { return nil }
        let b = corners.map { p.box($0.x, $0.y, $0.z) }
        var n = (b[2] - b[0]).cross(b[3] - b[1]).normalized
        if n.z < 0 { n = n * -1 }
        return Sample(point: p.box(x, y, z), normal: n)
      }
    }
  }

  /// The score of the view (`azimuth`, `elevation`), as the type describes.
  func score(azimuth: Double, elevation: Double) -> Double {
    let w = Projection(xRange: 0...1, yRange: 0...1, zRange: 0...1, azimuth: azimuth, elevation: elevation).toward
    let facing = samples.map { $0.normal.dot(w) }.min() ?? 1
    var (seen, total) = (0.0, 0.0)
    for (a, b) in paths.flatMap({ Array(zip($0, $0.dropFirst())) }) {
      let d = b.point - a.point
      let along = d.dot(w)
      total += d.length
      seen += max(0, d.dot(d) - along * along).squareRoot()
    }
    let spread = total > 0 ? seen / total : 1
    return min(facing, 0.5) + 0.5 * spread - 0.01 * abs(elevation - 35)
  }

  /// The candidate views, best first (stable: ties keep the candidates' order).
  func ranked(azimuth: Double?, elevation: Double?) -> [(azimuth: Double, elevation: Double)] {
    let azimuths = azimuth.map { [$0] } ?? Self.azimuths
    let elevations = elevation.map { [$0] } ?? Self.elevations
    let views = elevations.flatMap { e in azimuths.map { (azimuth: $0, elevation: e) } }
    let scored = views.enumerated().map {
      (k: $0.offset, view: $0.element, score: score(azimuth: $0.element.azimuth, elevation: $0.element.elevation))
    }
    return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.k < $1.k }.map(\.view)
  }

  /// The view for the chart: `azimuth` and `elevation` where given, the rest searched as the
  /// type describes. At most ``maximumTries`` views are tested for visibility (each test is
  /// the path's samples against the quads); when all of those hide part of the path, the
  /// best-scoring view is taken.
  static func choose(
    azimuth: Double?, elevation: Double?, path: [(Double, Double)], marks: [(Double, Double)],
    function: (Double, Double) -> Double, mesh: SurfaceMesh, zRange: ClosedRange<Double>, boxAspect: Vector3
  ) -> (azimuth: Double, elevation: Double) {
    choose(
      azimuth: azimuth, elevation: elevation, paths: [path], marks: marks, function: function, mesh: mesh,
      zRange: zRange, boxAspect: boxAspect)
  }

  /// ``choose(azimuth:elevation:path:marks:function:mesh:zRange:boxAspect:)`` for several
  /// paths: a view is seen when no part of any of them is hidden. The marks are scored as
  /// one more path, as they are for one path.
  static func choose(
    azimuth: Double?, elevation: Double?, paths: [[(Double, Double)]], marks: [(Double, Double)],
    function: (Double, Double) -> Double, mesh: SurfaceMesh, zRange: ClosedRange<Double>, boxAspect: Vector3
  ) -> (azimuth: Double, elevation: Double) {
    if let azimuth, let elevation { return (azimuth, elevation) }
    let scored = paths.count == 1 ? [paths[0] + marks] : paths + [marks]
    let choice = ViewChoice(paths: scored, function: function, mesh: mesh, zRange: zRange, boxAspect: boxAspect)
    guard !choice.samples.isEmpty else { return (azimuth ?? fallback.azimuth, elevation ?? fallback.elevation) }
    let ranked = choice.ranked(azimuth: azimuth, elevation: elevation)
    let xRange = (mesh.xs.first ?? 0)...(mesh.xs.last ?? 1)
    let yRange = (mesh.ys.first ?? 0)...(mesh.ys.last ?? 1)
    for view in ranked.prefix(maximumTries) {
      let p = Projection(
        xRange: xRange, yRange: yRange, zRange: zRange, azimuth: view.azimuth, elevation: view.elevation,
        boxAspect: boxAspect)
      let quads = SurfaceQuad.sorted(mesh: mesh, projection: p, zRange: zRange, shading: 0)
      let seen = paths.allSatisfy { path in
        isSeen(path: path, marks: [], function: function, mesh: mesh, projection: p, quads: quads)
      }
      if seen && isSeen(path: [], marks: marks, function: function, mesh: mesh, projection: p, quads: quads) {
        return view
      }
    }
    return ranked.first ?? fallback
  }

  static let maximumTries = 24

  /// Whether no part of `path` (as ``LiftedPath`` splits it) and none of `marks` (lifted
  /// onto `function`) is hidden by `quads`.
  static func isSeen(
    path: [(Double, Double)], marks: [(Double, Double)], function: (Double, Double) -> Double, mesh: SurfaceMesh,
    projection p: Projection, quads: [SurfaceQuad]
  ) -> Bool {
    let hiding = HidingQuads(quads)
    let lifted = LiftedPath(path, function: function, mesh: mesh, projection: p, hiding: hiding)
    guard lifted.runs.allSatisfy({ !$0.hidden }), !(lifted.start?.hidden ?? false), !(lifted.end?.hidden ?? false)
    else { return false }
    return marks.allSatisfy { x, y in
      let z = function(x, y)
      guard z.isFinite else { return true }
      let q = p.project(x, y, z)
      return !hiding.hides(q, cell: mesh.cell(containing: x, y))
    }
  }
}
