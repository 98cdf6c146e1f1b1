import Foundation
import Testing

/// `--size` in px, pt, in, cm and mm, `--width` alone, `--dpi` and `--scale`, end to end:
/// the files carry the physical size matplotlib writes for the same size in inches
/// (``SizeReference``, from `scripts/size_reference.py`).
@Suite struct PhysicalSizeTests {
  /// The bytes plotnn writes for relu with `arguments`, as `format`.
  static func render(_ arguments: [String], _ format: String) throws -> [UInt8] {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["relu"] + arguments + ["--out", "f." + format], in: folder)
    try #require(result.status == 0, "\(arguments): \(result.stderr)")
    return Array(try Data(contentsOf: folder.appendingPathComponent("f." + format)))
  }

  /// The numbers of the first match of `pattern`'s two groups in `text`.
  static func numbers(_ pattern: String, in text: String) throws -> (Double, Double) {
    let regex = try NSRegularExpression(pattern: pattern)
    let ns = text as NSString
    let match = try #require(regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)), "\(pattern)")
    let values = (1...2).compactMap { Double(ns.substring(with: match.range(at: $0))) }
    try #require(values.count == 2)
    return (values[0], values[1])
  }

  @Test(arguments: SizeReference.cases)
  func pdfMediaBoxIsThePhysicalSize(_ c: SizeReference.Case) throws {
    let pdf = String(decoding: try Self.render(c.arguments, "pdf"), as: UTF8.self)
    let (w, h) = try Self.numbers(#"/MediaBox \[ 0 0 ([0-9.]+) ([0-9.]+) \]"#, in: pdf)
    #expect(abs(w - c.points.width) <= 0.01 && abs(h - c.points.height) <= 0.01, "\(c): \(w) x \(h)")
  }

  /// `width` and `height` in pt, and a viewBox of the same numbers (user units are points).
  @Test(arguments: SizeReference.cases)
  func svgWidthAndHeightAreThePhysicalSize(_ c: SizeReference.Case) throws {
    let svg = String(decoding: try Self.render(c.arguments, "svg"), as: UTF8.self)
    let start = try #require(svg.range(of: "<svg "))
    let root = String(svg[start.lowerBound..<(svg[start.upperBound...].firstIndex(of: ">") ?? svg.endIndex)])
    let (w, h) = try Self.numbers(#"<svg[^>]* width="([0-9.]+)pt" height="([0-9.]+)pt""#, in: root)
    #expect(abs(w - c.points.width) <= 0.01 && abs(h - c.points.height) <= 0.01, "\(c): \(w) x \(h)")
    let (vw, vh) = try Self.numbers(#"viewBox="0 0 ([0-9.]+) ([0-9.]+)""#, in: root)
    #expect(vw == w && vh == h)
  }

  /// The pixel size is the size in inches × dpi × scale, and pHYs records dpi × scale.
  @Test(arguments: SizeReference.cases)
  func pngPixelsAndResolutionFollowDpiAndScale(_ c: SizeReference.Case) throws {
    let png = try Self.render(c.arguments, "png")
    func be32(_ i: Int) -> Int { png[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
    #expect(be32(16) == c.pixels.width && be32(20) == c.pixels.height, "\(c): \(be32(16)) x \(be32(20))")
    // IHDR is 8 + 25 bytes; pHYs follows: length 9, type, x, y, unit.
    #expect(String(decoding: png[37..<41], as: UTF8.self) == "pHYs")
    #expect(be32(41) == c.pixelsPerMetre && be32(45) == c.pixelsPerMetre && png[49] == 1, "\(c): \(be32(41))")
  }

  /// A size or width that does not read exits 64 naming the unit at fault (or what is
  /// missing) and every allowed form.
  @Test(
    arguments: [
      (["--size", "3.25furlongx2in"], "'3.25furlongx2in' is not a size: unknown unit 'furlong'"),
      (["--size", "3.25inx2furlongs"], "unknown unit 'furlongs'"),
      (["--size", "8µmx6cm"], "unknown unit 'µm'"),
      (["--size", "640"], "'640' is not a size: no 'x' between the width and the height"),
      (["--size", "640x"], "no number for the height"),
      (["--size", "x480"], "no number for the width"),
      (["--size", "640x480 2"], "unexpected text after the height"),
      (["--size", "640x480x2"], "unknown unit 'x'"),
      (["--width", "3.25furlong"], "'3.25furlong' is not a width: unknown unit 'furlong'"),
      (["--width", "wide"], "'wide' is not a width: no number"),
    ])
  func unreadableSizesNameTheUnitAndTheForms(arguments: [String], mentions: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["relu"] + arguments + ["--out", "f.png"], in: folder)
    #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
    #expect(result.stderr.contains(mentions), "\(result.stderr)")
    let forms = arguments[0] == "--size" ? "640x480, 3.25inx2.5in, 8cmx6cm, 90mmx60mm, 234ptx180pt" : "3.25in, 8cm"
    #expect(result.stderr.contains(forms) && result.stderr.contains("px (CSS pixels"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  /// The manifest takes the same strings and `width:` and `dpi:`; a figure's own `width`
  /// replaces a `size` from the defaults, and a bad unit names the file, line and key.
  @Test func theManifestTakesSizesWidthsAndDpi() throws {
    let folder = try CLIRunner.scratchFolder()
    let yaml = """
      defaults: {size: 640x480, dpi: 150, formats: [png, pdf]}
      figures:
        - name: column
          functions: relu
          width: 3in
        - name: metric
          functions: relu
          size: 8cm x 6cm
        - name: bad
          functions: relu
          size: 3.25furlongx2in

      """
    try Data(yaml.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("m.yaml:11: figure 'bad', key 'size': '3.25furlongx2in' is not a size: unknown unit"),
      "\(result.stderr)")
    let out = folder.appendingPathComponent("out")
    func file(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: out.appendingPathComponent(name))) }
    func be32(_ b: [UInt8], _ i: Int) -> Int { b[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
    let column = try file("column.png")
    // 3 in × 2.25 in at 150 dpi; pHYs 150 / 0.0254 = 5905.5 → 5906 (SizeReference's 8cmx6cm at 150).
    #expect(be32(column, 16) == 450 && be32(column, 20) == 338 && be32(column, 41) == 5906)
    let pdf = String(decoding: try file("column.pdf"), as: UTF8.self)
    #expect(try Self.numbers(#"/MediaBox \[ 0 0 ([0-9.]+) ([0-9.]+) \]"#, in: pdf) == (216, 162))
    let metric = try file("metric.png")
    let reference = try #require(SizeReference.cases.first { $0.arguments.contains("8cmx6cm") })
    #expect(be32(metric, 16) == reference.pixels.width && be32(metric, 20) == reference.pixels.height)
  }
}
