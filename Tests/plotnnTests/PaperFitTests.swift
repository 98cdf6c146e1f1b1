import Foundation
import Testing

/// Issue 10's "Done when": `plotnn sigmoid --style paper --out s.pdf` is a page a LaTeX
/// column takes at 100 %: 3.25 in (234 pt) wide, its text 8–9 pt in Latin Modern. Read
/// back with poppler (installed by `make deps`), not with plotnn's own code: `pdfinfo` for
/// the page, `pdffonts` for the embedded faces, and `pdftohtml -xml -zoom 3` for the size
/// of every run of text (it writes each font's size times the zoom as a whole number, so
/// sizes come to a third of a point). scripts/latex_fit_check.py places the figures in a
/// LaTeX page for a person to look at.
@Suite struct PaperFitTests {
  /// One run of text as pdftohtml reads it: its face (subset prefix and style dropped:
  /// `LMRoman10`), size in points, top edge in points, and the text.
  struct TextRun {
    var family: String
    var size: Double
    var top: Double
    var text: String
  }

  static func textRuns(_ pdf: URL) throws -> [TextRun] {
    let xml = try StyleCLITests.tool("/usr/bin/pdftohtml", ["-xml", "-stdout", "-i", "-q", "-zoom", "3", pdf.path])
    var fonts: [String: (String, Double)] = [:]
    var runs: [TextRun] = []
    for line in xml.split(separator: "\n").map(String.init) {
      let attributes = Self.attributes(line)
      if line.contains("<fontspec"), let id = attributes["id"], let size = attributes["size"].flatMap(Double.init),
        let family = attributes["family"]
      {
        fonts[id] = (String(family.split(separator: "+").last ?? ""), size / 3)
      } else if line.hasPrefix("<text"), let font = attributes["font"].flatMap({ fonts[$0] }),
        let top = attributes["top"].flatMap(Double.init)
      {
        let text = line.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        runs.append(TextRun(family: font.0, size: font.1, top: top / 3, text: text))
      }
    }
    return runs
  }

  /// `name="value"` pairs of one XML element line.
  static func attributes(_ line: String) -> [String: String] {
    var out: [String: String] = [:]
    let parts = line.components(separatedBy: "\"")
    var i = 0
    while i + 1 < parts.count {
      let name = parts[i].split(whereSeparator: { $0 == " " || $0 == "<" }).last.map(String.init) ?? ""
      if name.hasSuffix("=") { out[String(name.dropLast())] = parts[i + 1] }
      i += 2
    }
    return out
  }

  @Test func aPaperSigmoidFitsAColumnAt100Percent() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["sigmoid", "--style", "paper", "--out", "s.pdf"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let pdf = folder.appendingPathComponent("s.pdf")

    let info = try StyleCLITests.tool("/usr/bin/pdfinfo", [pdf.path])
    let size = try #require(info.split(separator: "\n").first { $0.hasPrefix("Page size:") })
    let numbers = size.split(separator: " ").compactMap { Double($0) }
    #expect(numbers.count >= 2 && abs(numbers[0] - 234) < 0.01, "\(size)")

    // Every face embedded is Latin Modern (text, italic, bold; the math font for Greek).
    let embedded = try StyleCLITests.embeddedFonts(pdf)
    #expect(embedded.contains("LMRoman10-Regular") && embedded.contains("LMRoman10-Bold"), "\(embedded.sorted())")
    #expect(
      embedded.allSatisfy { $0.hasPrefix("LMRoman") || $0.hasPrefix("LatinModernMath") }, "\(embedded.sorted())")

    // Tick labels, axis names, title and formula are 8–9 pt (to pdftohtml's third of a
    // point); only a superscript is smaller, and it sits raised over the last full-size
    // run before it.
    let runs = try Self.textRuns(pdf)
    #expect(runs.count >= 10, "\(runs.map(\.text))")
    // The formula subtitle is set in Latin Modern Math, the rest in Latin Modern Roman.
    #expect(
      Set(runs.map(\.family)).allSatisfy { $0.hasPrefix("LMRoman") || $0.hasPrefix("LatinModernMath") },
      "\(Set(runs.map(\.family)))")
    #expect(runs.contains { $0.text == "Sigmoid" && $0.size == 9 }, "the title is 9 pt")
    #expect(runs.contains { $0.text.hasPrefix("0.") && $0.size == 8 }, "tick labels are 8 pt")
    for (i, run) in runs.enumerated() where !(8...9).contains(run.size) {
      #expect(run.size >= 5 && run.size < 8, "\(run.text): \(run.size) pt")
      let base = runs[..<i].last { (8...9).contains($0.size) }
      #expect(base.map { run.top < $0.top } == true, "\(run.text) at \(run.size) pt is not a raised superscript")
    }
  }
}
