import Foundation
import Testing

/// Fonts by name and style sheets on the command line (issue 10): the families a PDF
/// embeds, as poppler's `pdffonts` lists them (installed by `make deps`), against the
/// PostScript names fontconfig's own `fc-list` gives the family; refusals with exit 64.
@Suite struct StyleCLITests {
  /// Runs a tool, returning its standard output.
  static func tool(_ path: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// The font names `pdffonts` lists for a PDF, without the subset prefix (`ABCDEF+`).
  static func embeddedFonts(_ pdf: URL) throws -> Set<String> {
    let lines = try tool("/usr/bin/pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
    return Set(lines.compactMap { $0.split(separator: " ").first.map { String($0.split(separator: "+").last ?? $0) } })
  }

  /// The PostScript names of `pattern`'s fonts (`Latin Modern Roman`, `Noto Serif CJK SC:style=Bold`).
  static func postscriptNames(_ pattern: String) throws -> Set<String> {
    Set(try tool("/usr/bin/fc-list", ["-f", "%{postscriptname}\n", pattern]).split(separator: "\n").map(String.init))
  }

  @Test(arguments: [
    (["--font", "TeX Gyre Termes"], ["TeX Gyre Termes"]),
    (["--style", "paper"], ["Latin Modern Roman"]),
    (["--style", "ieee"], ["TeX Gyre Termes"]),
    (["--style", "web"], ["TeX Gyre Heros"]),
    (
      ["--style", "zh-book", "--title", "<b>Sigmoid 激活函数</b>"],
      // A bold title mixing Latin and Chinese is bold in both: real bold faces, not synthesized.
      ["Latin Modern Roman", "Latin Modern Roman:style=Bold", "Noto Serif CJK SC:style=Bold"]
    ),
    (["--cjk-font", "Noto Serif CJK SC", "--title", "激活函数"], ["Noto Serif CJK SC"]),
  ])
  func pdfEmbedsTheRequestedFamilies(_ options: [String], _ families: [String]) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["sigmoid", "--with-derivative", "--out", "f.pdf"] + options, in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let embedded = try Self.embeddedFonts(folder.appendingPathComponent("f.pdf"))
    for family in families {
      let names = try Self.postscriptNames(family)
      #expect(!names.isEmpty, "fc-list knows no \(family): make deps installs it")
      #expect(
        !embedded.isDisjoint(with: names), "\(options): \(family) (\(names.sorted())) not in \(embedded.sorted())")
    }
    // Nothing fell back to the default DejaVu Sans for the text itself.
    if options.first == "--font" || options.contains("paper") || options.contains("ieee") {
      #expect(!embedded.contains("DejaVuSans"), "\(embedded)")
    }
  }

  @Test(arguments: [
    (["--font", "Latn Modern Roman"], "--font", "Latin Modern Roman"),
    (["--cjk-font", "Noto Serif CJK CS"], "--cjk-font", "Noto Serif CJK SC"),
    (["--font", "Times New Roman"], "--font", ""),
  ])
  func unknownFamiliesAreRefusedWithTheClosest(_ options: [String], _ flag: String, _ suggestion: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["relu", "--out", "f.png"] + options, in: folder)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains("\(flag): font family '\(options[1])' is not installed"), "\(result.stderr)")
    if !suggestion.isEmpty { #expect(result.stderr.contains("closest installed families: \(suggestion)")) }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("f.png").path))
  }

  @Test(arguments: [
    ("font-size: 9\nfonts:\n  txt: X\n", "s.yaml:3: key 'fonts.txt': unknown key in fonts"),
    ("margin: 2\ncolour: \"#000000\"\n", "s.yaml:2: key 'colour': unknown style key"),
    ("axes: box\nfont-size: 0\n", "s.yaml:2: key 'font-size': font-size must be from 4 to 96 (got 0)"),
    ("palette: [\"#12345\"]\n", "s.yaml:1: key 'palette': expected a colour"),
    ("width: 3.25\n", "s.yaml:1: key 'width': expected a width with its unit"),
    ("grid: [1]\n", "s.yaml:1: key 'grid': expected text"),
    ("a: &x 1\nb: *x\n", "s.yaml:2: YAML anchors and aliases are not supported"),
  ])
  func badStyleFilesNameFileLineAndKey(_ text: String, _ message: String) throws {
    let folder = try CLIRunner.scratchFolder()
    try text.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["relu", "--style", "s.yaml", "--out", "f.png"], in: folder)
    #expect(result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func unknownStyleNamesSuggestABuiltIn() throws {
    let result = try CLIRunner.run(["relu", "--style", "papr", "--out", "-", "--format", "svg"])
    #expect(
      result.status == 64 && result.stderr.contains("unknown style 'papr'; did you mean paper?"), "\(result.stderr)")
  }

  /// `plotnn styles --show NAME` prints a file that draws exactly as `--style NAME` does.
  @Test(arguments: ["book", "paper", "paper-wide", "ieee", "slides", "web", "dark", "print", "zh-book"])
  func shownStylesRoundTrip(_ name: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let shown = try CLIRunner.run(["styles", "--show", name])
    #expect(shown.status == 0, "\(shown.stderr)")
    try shown.stdout.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
    let figure = ["tanh", "relu", "--with-derivative", "--title", "激活 <i>f</i>"]
    for (style, file) in [(name, "a.png"), ("s.yaml", "b.png"), (name, "a.pdf"), ("s.yaml", "b.pdf")] {
      let run = try CLIRunner.run(figure + ["--style", style, "--out", file], in: folder)
      #expect(run.status == 0, "\(run.stderr)")
    }
    for (a, b) in [("a.png", "b.png"), ("a.pdf", "b.pdf")] {
      let first = try Data(contentsOf: folder.appendingPathComponent(a))
      #expect(first == (try Data(contentsOf: folder.appendingPathComponent(b))), "\(name): \(a) ≠ \(b)")
    }
  }

  /// Styled figures with pinned families outside the default folders are byte-identical
  /// run after run and in another locale.
  @Test func styledBytesAreTheSameAcrossRunsAndLocales() throws {
    let folder = try CLIRunner.scratchFolder()
    let locales = folder.appendingPathComponent("locales")
    try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
    try EnvironmentTests.makeLocale("de_DE.UTF-8", in: locales)
    let figure = ["sigmoid", "--with-derivative", "--style", "zh-book", "--title", "<b>Sigmoid 激活函数</b>"]
    let environments: [[String: String]] = [
      ["LC_ALL": "C"], ["LC_ALL": "C"], ["LOCPATH": locales.path, "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"],
    ]
    for format in ["pdf", "png", "svg"] {
      var files: [Data] = []
      for (k, environment) in environments.enumerated() {
        let run = try CLIRunner.run(figure + ["--out", "\(k).\(format)"], in: folder, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        files.append(try Data(contentsOf: folder.appendingPathComponent("\(k).\(format)")))
      }
      #expect(files.allSatisfy { $0 == files[0] }, "\(format) changed between runs")
    }
  }

  /// A manifest's style file is read relative to the manifest; a broken one fails its
  /// figure with the style file's name, line and key.
  @Test func manifestStyleFilesAreRelativeToTheManifest() throws {
    let folder = try CLIRunner.scratchFolder()
    let docs = folder.appendingPathComponent("docs")
    try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
    try "font-size: 9\naxes: box\n".write(
      to: docs.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
    try "font-size: 9\nticks: sideways\n".write(
      to: docs.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
    let manifest = """
      defaults: {style: paper, formats: [pdf]}
      figures:
        - {name: good, functions: relu, style: mine.yaml}
        - {name: broken, functions: relu, style: bad.yaml}
      """
    try manifest.write(to: docs.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["figures", "docs/m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("docs/bad.yaml:2: figure 'broken', key 'style.ticks': expected one of out, in"),
      "\(result.stderr)")
    let pdf = folder.appendingPathComponent("out/good.pdf")
    let info = try Self.tool("/usr/bin/pdfinfo", [pdf.path])
    #expect(info.contains("234 x 175.5 pts"), "\(info)")
    // The defaults' paper under the figure's file: Latin Modern from paper.
    #expect(try Self.embeddedFonts(pdf).contains("LMRoman10-Regular"))
  }
}
