import Foundation

/// An animated SVG from the recorded frames of an ``AnimatableChart``: the first frame as
/// a plain SVG (`base`, written by a backend, text and all), and on top of it one group a
/// frame holding what that frame draws beyond the first, shown in its time slot by a SMIL
/// `<animate>` of `visibility` (discrete, no script): browsers play it, in an `<img>` too, so
/// in a GitHub README.
///
/// - What a frame adds is found by aligning its drawing commands with the first frame's
///   (longest common subsequence, after the common head and tail): the commands it inserts.
///   So that the layer keeps the drawing order, each inserted run is followed by the first
///   frame's shapes that come after it inside the same clip (the start marker and the star a
///   path passes under), clipped as there. Text is never in such a layer (a layer has no
///   fonts): ``AnimatableChart`` frames differ in their paths only.
/// - Timing: ``Animation/delays(count:)``, in centiseconds as in the GIF; `repeatCount` is
///   the loop count or `indefinite`, `fill="freeze"` keeps the last frame after a finite loop.
///   Without SMIL (a print), the last frame's layer is the one visible.
/// - Each distinct shape is defined once in `<defs>` and drawn by `<use>` in every layer
///   that has it. Deterministic: numbers in fixed notation to 1/1000 point, ids numbered in
///   order of first use.
public struct AnimatedSVG: Sendable {
  public var animation: Animation

  public init(animation: Animation) { self.animation = animation }

  /// Most cells of one alignment (commands × commands): 4 M.
  static let maximumAlignment = 4_000_000

  /// The file: `base` with the frames' layers before its closing `</svg>`.
  public func compose(base: [UInt8], frames: [RecordingCanvas]) throws(RenderError) -> [UInt8] {
    guard let first = frames.first else { return base }
    let root = first.commands
    var layers: [String] = []
    var clips: [Rect] = []
    var shapes = Shapes()
    for frame in frames {
      layers.append(try layer(root, frame.commands, clips: &clips, shapes: &shapes))
    }
    let delays = animation.delays(count: frames.count)
    let total = delays.reduce(0, +)
    // Consecutive equal layers are one slot.
    var slots: [(layer: String, from: Int, to: Int)] = []
    var time = 0
    for (k, layer) in layers.enumerated() {
      if let last = slots.last, last.layer == layer {
        slots[slots.count - 1].to = time + delays[k]
      } else {
        slots.append((layer, time, time + delays[k]))
      }
      time += delays[k]
    }
    var out = "<g id=\"plotnn-animation\">\n"
    out += "<defs>\n"
    for (k, r) in clips.enumerated() {
      out +=
        "<clipPath id=\"plotnn-clip\(k)\"><rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\"/></clipPath>\n"
    }
    for (k, shape) in shapes.elements.enumerated() {
      out += shape.replacingOccurrences(of: "<path ", with: "<path id=\"plotnn-s\(k)\" ")
    }
    out += "</defs>\n"
    let repeatCount: String
    switch animation.loop {
    case .forever: repeatCount = "indefinite"
    case .times(let count): repeatCount = "\(count)"
    }
    let duration = seconds(total)
    for (k, slot) in slots.enumerated() where !slot.layer.isEmpty {
      let isLast = k == slots.count - 1
      var values: [String] = []
      var times: [String] = []
      if slot.from > 0 {
        values.append("hidden")
        times.append("0")
      }
      values.append("visible")
      times.append(slot.from == 0 ? "0" : fraction(slot.from, total))
      if slot.to < total {
        values.append("hidden")
        times.append(fraction(slot.to, total))
      }
      out += "<g visibility=\"\(isLast ? "visible" : "hidden")\">\n"
      out +=
        "<animate attributeName=\"visibility\" calcMode=\"discrete\" values=\"\(values.joined(separator: ";"))\" "
        + "keyTimes=\"\(times.joined(separator: ";"))\" dur=\"\(duration)\" repeatCount=\"\(repeatCount)\" fill=\"freeze\"/>\n"
      out += slot.layer
      out += "</g>\n"
    }
    out += "</g>\n"
    guard let close = Self.lastClose(base) else { throw .cairo("the SVG has no closing </svg>") }
    let bytes = Array(base[..<close]) + Array(out.utf8) + Array(base[close...])
    guard bytes.count <= Animation.maximumBytes else {
      throw .animationTooLarge(
        "the animated SVG would be \(bytes.count) bytes, over \(Animation.maximumBytes >> 20) MiB; give fewer --frames")
    }
    return bytes
  }

  /// The index of the last `</svg>` in `bytes`.
  static func lastClose(_ bytes: [UInt8]) -> Int? {
    let tag = Array("</svg>".utf8)
    guard bytes.count >= tag.count else { return nil }
    return stride(from: bytes.count - tag.count, through: 0, by: -1).first { i in
      bytes[i..<(i + tag.count)].elementsEqual(tag)
    }
  }

  /// Every distinct shape of the layers, defined once and drawn by `<use>`: a dot, an
  /// arrowhead or a marker drawn in many frames costs its path once.
  struct Shapes {
    var elements: [String] = []
    var ids: [String: Int] = [:]

    /// The id number of `element`, added when new.
    mutating func id(_ element: String) -> Int {
      if let known = ids[element] { return known }
      elements.append(element)
      ids[element] = elements.count - 1
      return elements.count - 1
    }
  }

  /// What `frame` draws beyond `root`, as SVG `<use>` of `shapes`; clip rectangles are added
  /// to `clips`.
  func layer(
    _ root: [RecordingCanvas.Command], _ frame: [RecordingCanvas.Command], clips: inout [Rect], shapes: inout Shapes
  ) throws(RenderError) -> String {
    let runs = try Self.insertions(root, frame)
    var out = ""
    for run in runs {
      // The clips open at the insertion point, and the root's shapes after it in that clip.
      var stack: [Rect] = []
      for command in root[..<run.at] {
        if case .beginClip(let r) = command { stack.append(r) }
        if case .endClip = command { _ = stack.popLast() }
      }
      var covering: [RecordingCanvas.Command] = []
      var depth = 0
      for command in root[run.at...] {
        if case .beginClip = command { depth += 1 }
        if case .endClip = command {
          if depth == 0 { break }
          depth -= 1
        }
        covering.append(command)
      }
      var body = ""
      for command in run.commands + covering {
        let shape = element(command)
        if !shape.isEmpty { body += "<use xlink:href=\"#plotnn-s\(shapes.id(shape))\"/>\n" }
      }
      for r in stack.reversed() {
        let id: Int
        if let known = clips.firstIndex(of: r) {
          id = known
        } else {
          clips.append(r)
          id = clips.count - 1
        }
        body = "<g clip-path=\"url(#plotnn-clip\(id))\">\n" + body + "</g>\n"
      }
      out += body
    }
    return out
  }

  /// The runs of commands `frame` inserts into `root`, each with the index in `root` it
  /// goes before; `root`'s commands missing from `frame` are ignored.
  static func insertions(_ root: [RecordingCanvas.Command], _ frame: [RecordingCanvas.Command]) throws(RenderError)
    -> [(at: Int, commands: [RecordingCanvas.Command])]
  {
    var head = 0
    while head < root.count, head < frame.count, root[head] == frame[head] { head += 1 }
    var tail = 0
    while tail < root.count - head, tail < frame.count - head,
      root[root.count - 1 - tail] == frame[frame.count - 1 - tail]
    {
      tail += 1
    }
    let a = Array(root[head..<(root.count - tail)])
    let b = Array(frame[head..<(frame.count - tail)])
    if b.isEmpty { return [] }
    guard (a.count + 1) * (b.count + 1) <= maximumAlignment else {
      throw .animationTooLarge("the frames differ in too many drawing commands to align (\(a.count) × \(b.count))")
    }
    // lcs[i][j]: the longest common subsequence of a[i...] and b[j...].
    let width = b.count + 1
    var lcs = [Int32](repeating: 0, count: (a.count + 1) * width)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lcs[i * width + j] =
          a[i] == b[j] ? lcs[(i + 1) * width + j + 1] + 1 : max(lcs[(i + 1) * width + j], lcs[i * width + j + 1])
      }
    }
    var runs: [(at: Int, commands: [RecordingCanvas.Command])] = []
    var (i, j) = (0, 0)
    func insert(_ c: RecordingCanvas.Command, at: Int) {
      if let last = runs.last, last.at == at { runs[runs.count - 1].commands.append(c) } else { runs.append((at, [c])) }
    }
    while j < b.count {
      if i < a.count, a[i] == b[j] {
        (i, j) = (i + 1, j + 1)
      } else if i < a.count, lcs[(i + 1) * width + j] >= lcs[i * width + j + 1] {
        i += 1
      } else {
        insert(b[j], at: head + i)
        j += 1
      }
    }
    return runs
  }

  /// One fill or stroke as an SVG `<path>`; clips and text give nothing.
  func element(_ command: RecordingCanvas.Command) -> String {
    switch command {
    case .fill(let path, let color):
      return "<path d=\"\(d(path))\" \(paint("fill", color))/>\n"
    case .stroke(let path, let style):
      var attributes = "fill=\"none\" \(paint("stroke", style.color)) stroke-width=\"\(n(style.width))\""
      switch style.cap {
      case .butt: break
      case .round: attributes += " stroke-linecap=\"round\""
      case .square: attributes += " stroke-linecap=\"square\""
      }
      switch style.join {
      case .miter: break
      case .round: attributes += " stroke-linejoin=\"round\""
      case .bevel: attributes += " stroke-linejoin=\"bevel\""
      }
      if !style.dash.isEmpty { attributes += " stroke-dasharray=\"\(style.dash.map(n).joined(separator: " "))\"" }
      return "<path d=\"\(d(path))\" \(attributes)/>\n"
    case .text, .beginClip, .endClip:
      return ""
    }
  }

  private func d(_ path: Path) -> String {
    path.elements.map { e -> String in
      switch e {
      case .move(let p): return "M\(n(p.x)) \(n(p.y))"
      case .line(let p): return "L\(n(p.x)) \(n(p.y))"
      case .curve(let c1, let c2, let p): return "C\(n(c1.x)) \(n(c1.y)) \(n(c2.x)) \(n(c2.y)) \(n(p.x)) \(n(p.y))"
      case .close: return "Z"
      }
    }.joined()
  }

  private func paint(_ property: String, _ c: Color) -> String {
    let byte = { (v: Double) in Int((min(max(v, 0), 1) * 255).rounded()) }
    var text = "\(property)=\"#" + [c.red, c.green, c.blue].map { String(format: "%02x", byte($0)) }.joined() + "\""
    if c.alpha < 1 { text += " \(property)-opacity=\"\(n(c.alpha))\"" }
    return text
  }

  /// `v` to 1/1000, without a trailing zero: "12.5", "-0.333", "7".
  func n(_ v: Double) -> String {
    let rounded = (v * 1000).rounded() / 1000
    if rounded == 0 { return "0" }
    var text = CPrintf.format(rounded, .fixed, precision: 3)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// Centiseconds as SVG seconds: "3.4s".
  func seconds(_ cs: Int) -> String { n(Double(cs) / 100) + "s" }

  /// `part / whole` to six decimals.
  func fraction(_ part: Int, _ whole: Int) -> String {
    var text = CPrintf.format(Double(part) / Double(whole), .fixed, precision: 6)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
