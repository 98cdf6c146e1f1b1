/// The one palette of an animated GIF and the mapping of pixels onto it.
///
/// - Decision: chosen once, from the first and the last frame (``AnimatableChart``: the
///   first holds every static colour, the last every path colour; the frames between draw
///   parts of the last), by median cut over a histogram of 5 bits a channel, each entry the
///   mean of the exact colours it stands for; so no colour flickers between frames.
/// - Decision: no dithering. A figure is flat colour and antialiased edges; dithering would
///   scatter noise that differs between frames and grows the file. Pixels map to the nearest
///   entry (squared sRGB distance, lower index on a tie) through a table of 6 bits a channel,
///   filled from each cell's centre: the same colour maps to the same index in every frame.
/// - Index ``transparent`` (the last used) is never a colour: it marks the pixels a frame
///   leaves as they were, and transparent pixels.
struct GIFPalette {
  /// At most 255 colours, in the order median cut made them.
  let colors: [(r: UInt8, g: UInt8, b: UInt8)]
  private var table: [UInt16]

  /// The index that stands for "no colour".
  var transparent: UInt8 { UInt8(colors.count) }

  static let maximumColors = 255

  /// A palette for the opaque pixels (alpha ≥ 128) of `frames`, each BGRA bytes
  /// (Cairo's ARGB32 on a little-endian machine, premultiplied).
  init(frames: [[UInt8]]) {
    var counts = [Int](repeating: 0, count: 1 << 15)
    var sums = [(Int, Int, Int)](repeating: (0, 0, 0), count: 1 << 15)
    for frame in frames {
      var i = 0
      while i + 3 < frame.count {
        let (r, g, b) = Self.rgb(frame, i)
        if frame[i + 3] >= 128 {
          let key = Int(r >> 3) << 10 | Int(g >> 3) << 5 | Int(b >> 3)
          counts[key] += 1
          sums[key].0 += Int(r)
          sums[key].1 += Int(g)
          sums[key].2 += Int(b)
        }
        i += 4
      }
    }
    let occupied = (0..<counts.count).filter { counts[$0] > 0 }
    colors = Self.medianCut(occupied, counts: counts, sums: sums)
    table = [UInt16](repeating: .max, count: 1 << 18)
  }

  /// The colour of BGRA pixel `i` (byte offset), un-premultiplied.
  @inline(__always)
  static func rgb(_ p: [UInt8], _ i: Int) -> (UInt8, UInt8, UInt8) {
    let a = Int(p[i + 3])
    if a == 255 || a == 0 { return (p[i + 2], p[i + 1], p[i]) }
    let un = { (c: UInt8) in UInt8(min(255, (Int(c) * 255 + a / 2) / a)) }
    return (un(p[i + 2]), un(p[i + 1]), un(p[i]))
  }

  /// The index of BGRA pixel `i`: ``transparent`` under alpha 128, else the nearest colour.
  @inline(__always)
  mutating func index(_ p: [UInt8], _ i: Int) -> UInt8 {
    if p[i + 3] < 128 { return transparent }
    let (r, g, b) = Self.rgb(p, i)
    let key = Int(r >> 2) << 12 | Int(g >> 2) << 6 | Int(b >> 2)
    let known = table[key]
    if known != .max { return UInt8(known) }
    let nearest = self.nearest(Int(r >> 2) * 4 + 2, Int(g >> 2) * 4 + 2, Int(b >> 2) * 4 + 2)
    table[key] = UInt16(nearest)
    return nearest
  }

  private func nearest(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
    var best = 0
    var bestDistance = Int.max
    for (k, c) in colors.enumerated() {
      let (dr, dg, db) = (Int(c.r) - r, Int(c.g) - g, Int(c.b) - b)
      let d = dr * dr + dg * dg + db * db
      if d < bestDistance { (best, bestDistance) = (k, d) }
    }
    return UInt8(best)
  }

  /// Median cut (Heckbert 1982): the box with the most pixels × its longest side is split at
  /// the weighted median of that side, until there are `maximumColors` boxes or none can be
  /// split; each box's colour is the mean of its pixels' exact colours.
  private static func medianCut(_ bins: [Int], counts: [Int], sums: [(Int, Int, Int)]) -> [(
    r: UInt8, g: UInt8, b: UInt8
  )] {
    guard !bins.isEmpty else { return [(0, 0, 0)] }
    func channel(_ key: Int, _ c: Int) -> Int { (key >> (10 - 5 * c)) & 31 }
    func extent(_ box: [Int]) -> (channel: Int, side: Int) {
      var best = (channel: 0, side: -1)
      for c in 0..<3 {
        let values = box.map { channel($0, c) }
        let side = (values.max() ?? 0) - (values.min() ?? 0)
        if side > best.side { best = (c, side) }
      }
      return best
    }
    struct Box {
      var keys: [Int]
      var pixels: Int
      var channel: Int
      var side: Int
    }
    func box(_ keys: [Int]) -> Box {
      let (c, side) = extent(keys)
      return Box(keys: keys, pixels: keys.reduce(0) { $0 + counts[$1] }, channel: c, side: side)
    }
    var boxes = [box(bins)]
    while boxes.count < maximumColors {
      var pick: (index: Int, score: Int)?
      for (k, b) in boxes.enumerated() where b.side > 0 {
        let score = b.pixels * b.side
        if score > (pick?.score ?? 0) { pick = (k, score) }
      }
      guard let pick else { break }
      let c = boxes[pick.index].channel
      let sorted = boxes[pick.index].keys.sorted { (channel($0, c), $0) < (channel($1, c), $1) }
      let total = boxes[pick.index].pixels
      var running = 0
      var cut = 1
      for (k, key) in sorted.enumerated() {
        running += counts[key]
        if 2 * running >= total {
          cut = k + 1
          break
        }
      }
      cut = min(max(cut, 1), sorted.count - 1)
      // Keep a cut between two different values of the channel.
      while cut < sorted.count - 1, channel(sorted[cut], c) == channel(sorted[cut - 1], c) { cut += 1 }
      while cut > 1, channel(sorted[cut], c) == channel(sorted[cut - 1], c) { cut -= 1 }
      boxes[pick.index] = box(Array(sorted[..<cut]))
      boxes.append(box(Array(sorted[cut...])))
    }
    return boxes.map { box in
      let n = box.pixels
      let (r, g, b) = box.keys.reduce((0, 0, 0)) { ($0.0 + sums[$1].0, $0.1 + sums[$1].1, $0.2 + sums[$1].2) }
      return (UInt8((r + n / 2) / n), UInt8((g + n / 2) / n), UInt8((b + n / 2) / n))
    }
  }
}
