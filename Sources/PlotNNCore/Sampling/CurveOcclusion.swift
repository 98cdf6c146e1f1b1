/// The parts of a chart's curves that later curves cover completely, left out of the
/// drawing: what a rasterizer would paint over anyway.
///
/// Decision: a dense figure's cost is the edge its bands give the rasterizer
/// (``LineChart/maximumDrawingWork``), and where many dense curves overlap, the last ones
/// drawn are solid blocks over the earlier ones (eight sines sin(k·x) over ±1000 at
/// 5792×5792: sin(8x) fills the plot, and the seven curves under it were 29 million pixels
/// of edge, 2.5 s of Cairo, for no pixel of the picture). A band's columns and a curve's
/// pieces that lie, grown by their half-width and by ``margin``, inside one band of a
/// later opaque curve are not drawn. A pixel inside a filled polygon gets its colour
/// whole, whatever was under it, so the picture is the same; the margin keeps every pixel
/// the left-out parts touch inside the cover, down to half a device pixel a point. Only
/// one later band's polygon counts for a part (two polygons that meet inside a pixel each
/// cover it in part, and what is under them shows through their antialiasing), and only
/// where that band is wholly opaque.
///
/// What is left of a band is drawn as bands of its remaining runs of columns; a curve's
/// piece goes or stays whole (a dash pattern or a marker rhythm along it is unchanged), and
/// curves with markers keep their pieces (their markers are drawn over every curve).
/// Nothing else changes: a figure without a solid band over another curve is drawn as
/// before, byte for byte.
struct CurveOcclusion {
  /// Room kept around a part left out, in points: 2, a device pixel down to half a pixel
  /// a point.
  static let margin = 2.0
  /// Width of the cover's bins, in points.
  static let binWidth = 1.0

  /// For each bin of width ``binWidth`` from ``origin``, the y interval one band of the
  /// later curves fills wholly across the bin, and which band (−1: none).
  private var low: [Double]
  private var high: [Double]
  private var owner: [Int]
  private let origin: Double
  private let clip: Rect
  private var bands = 0

  private init(from: Double, to: Double, clip: Rect) {
    self.clip = clip
    origin = (from / Self.binWidth).rounded(.down) * Self.binWidth
    let count = Int(clamping: (to - origin) / Self.binWidth, to: 1...1_000_000, rounding: .up) + 1
    low = Array(repeating: .infinity, count: count)
    high = Array(repeating: -.infinity, count: count)
    owner = Array(repeating: -1, count: count)
  }

  /// `curves` (drawn in this order, curve k stroked `halfWidths[k]` either side, clipped to
  /// `clip`) with what later curves cover left out; `opaque[k]`: curve k's colour has no
  /// transparency (only such a curve covers); `keepsPieces[k]`: curve k's pieces stay (it
  /// has markers). Only parts whose grown box lies inside `clip` go: at the clip's edge a
  /// pixel is covered in part by the clip, and what is under it shows through.
  static func visible(
    _ curves: [SampledCurve], halfWidths: [Double], opaque: [Bool], keepsPieces: [Bool], clip: Rect
  ) -> [SampledCurve] {
    // Only a band covers, so without two curves and a band among the later ones nothing goes.
    guard curves.count >= 2, curves.dropFirst().contains(where: { !$0.bands.isEmpty }) else { return curves }
    let xs = curves.flatMap { $0.bands.flatMap { [$0.top.first?.x, $0.top.last?.x] } }.compactMap { $0 }
    guard let from = xs.min(), let to = xs.max(), to - from < 1e7 else { return curves }
    var cover = CurveOcclusion(from: from, to: to, clip: clip)
    var out = curves
    for k in curves.indices.reversed() {
      let reach = halfWidths[k] + margin
      if k < curves.count - 1 {
        out[k].bands = curves[k].bands.flatMap { cover.remaining(of: $0, reach: reach) }
        if !keepsPieces[k] { out[k].pieces = curves[k].pieces.filter { !cover.covers(box(of: $0, grownBy: reach)) } }
      }
      if opaque[k] && halfWidths[k] > 0 {
        for band in curves[k].bands { cover.add(band, halfWidth: halfWidths[k]) }
      }
    }
    return out
  }

  /// The bounding box of `points` grown by `r` on every side.
  static func box(of points: [Point], grownBy r: Double) -> Rect {
    let xs = points.map(\.x)
    let ys = points.map(\.y)
    let (x0, x1, y0, y1) = (xs.min() ?? 0, xs.max() ?? 0, ys.min() ?? 0, ys.max() ?? 0)
    return Rect(x: x0 - r, y: y0 - r, width: x1 - x0 + 2 * r, height: y1 - y0 + 2 * r)
  }

  /// Whether one band of the cover fills all of `r`, and `r` lies inside the clip.
  func covers(_ r: Rect) -> Bool {
    guard r.minX >= clip.minX, r.maxX <= clip.maxX, r.minY >= clip.minY, r.maxY <= clip.maxY else { return false }
    let first = Int(((r.minX - origin) / Self.binWidth).rounded(.down))
    let last = Int(((r.maxX - origin) / Self.binWidth).rounded(.down))
    guard first >= 0, last < owner.count, first <= last else { return false }
    let band = owner[first]
    guard band >= 0 else { return false }
    for b in first...last where owner[b] != band || low[b] > r.minY || high[b] < r.maxY { return false }
    return true
  }

  /// The runs of `band`'s columns not covered, each a band: a column goes when the band's
  /// stretches to both its neighbours (its polygon between them), grown by `reach`, are
  /// covered.
  func remaining(of band: CurveBand, reach: Double) -> [CurveBand] {
    let n = min(band.top.count, band.bottom.count)
    guard n > 0 else { return [] }
    // Stretch k: columns k and k + 1 (the last: its own column).
    let stretch = (0..<n).map { k in
      Self.box(
        of: [band.top[k], band.bottom[k], band.top[min(k + 1, n - 1)], band.bottom[min(k + 1, n - 1)]], grownBy: reach)
    }
    let hiddenStretch = stretch.map(covers)
    let hidden = (0..<n).map { k in hiddenStretch[k] && (k == 0 || hiddenStretch[k - 1]) }
    guard hidden.contains(true) else { return [band] }
    var out: [CurveBand] = []
    var start = 0
    while start < n {
      guard !hidden[start] else {
        start += 1
        continue
      }
      var end = start
      while end + 1 < n, !hidden[end + 1] { end += 1 }
      var run = band
      run.top = Array(band.top[start...end])
      run.bottom = Array(band.bottom[start...end])
      let (x0, x1) = (
        min(run.top[0].x, run.bottom[0].x), max(run.top[run.top.count - 1].x, run.bottom[run.bottom.count - 1].x)
      )
      run.envelope = band.envelope.filter { $0.x >= x0 && $0.x <= x1 }
      out.append(run)
      start = end + 1
    }
    return out
  }

  /// Adds what `band`, drawn `2·halfWidth` wide (its outline, ``CurveBand/outline(halfWidth:)``),
  /// fills wholly in each bin it spans: from the highest point of its widened top edge over
  /// the bin to the lowest of its widened bottom edge. A bin keeps the taller of its
  /// intervals.
  mutating func add(_ band: CurveBand, halfWidth: Double) {
    let top = CurveBand.widened(band.top, by: halfWidth, sign: -1)
    let bottom = CurveBand.widened(band.bottom, by: halfWidth, sign: 1)
    guard let t0 = top.first, let t1 = top.last, let b0 = bottom.first, let b1 = bottom.last else { return }
    let (from, to) = (max(t0.x, b0.x), min(t1.x, b1.x))
    let first = Int(((from - origin) / Self.binWidth).rounded(.up))
    let last = Int(((to - origin) / Self.binWidth).rounded(.down)) - 1
    guard first >= 0, last < owner.count, first <= last else { return }
    let id = bands
    bands += 1
    let highestTop = Self.extremes(of: top, bins: first...last, origin: origin, largest: true)
    let lowestBottom = Self.extremes(of: bottom, bins: first...last, origin: origin, largest: false)
    for (i, b) in (first...last).enumerated() {
      let (lo, hi) = (highestTop[i], lowestBottom[i])
      guard lo < hi, hi - lo > high[b] - low[b] || owner[b] < 0 else { continue }
      (low[b], high[b], owner[b]) = (lo, hi, id)
    }
  }

  /// The greatest (`largest`) or least y of the polyline `points` (x increasing, spanning
  /// the bins) over each bin of `bins`: its values at the bin's two ends and at its
  /// vertices between.
  static func extremes(of points: [Point], bins: ClosedRange<Int>, origin: Double, largest: Bool) -> [Double] {
    let pick = { (a: Double, b: Double) in largest ? max(a, b) : min(a, b) }
    var out: [Double] = []
    out.reserveCapacity(bins.count)
    var j = 0
    // The polyline's y at x, with j the segment's start at or before x (moved forward).
    func value(at x: Double) -> Double {
      while j + 1 < points.count - 1, points[j + 1].x <= x { j += 1 }
      let (a, b) = (points[j], points[min(j + 1, points.count - 1)])
      return b.x > a.x ? a.y + (b.y - a.y) * (min(max(x, a.x), b.x) - a.x) / (b.x - a.x) : pick(a.y, b.y)
    }
    for bin in bins {
      let (x0, x1) = (origin + Double(bin) * binWidth, origin + Double(bin + 1) * binWidth)
      var extreme = value(at: x0)
      var k = j + 1
      while k < points.count, points[k].x < x1 {
        extreme = pick(extreme, points[k].y)
        k += 1
      }
      extreme = pick(extreme, value(at: x1))
      out.append(extreme)
    }
    return out
  }
}
