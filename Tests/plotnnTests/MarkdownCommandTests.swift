import Foundation
import Testing

/// `plotnn markdown`: blocks replaced by images, relative links, failures kept, the cache.
@Suite struct MarkdownCommandTests {
  static let page = """
    # Activations

    Text before.

    ```plotnn {#fig:relu caption="ReLU and its derivative"}
    relu --with-derivative --from -5 --to 5
    ```

    ~~~plotnn {figure=true dark=true caption="Two functions"}
    # a YAML figure entry
    functions: [sigmoid, tanh]
    from: -4
    to: 4
    ~~~

    ```plotnn
    plotnn gelu --from -3 --to 3 --title 'GELU'
    ```

    Text after.
    """

  func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

  func files(in folder: URL) -> [String] {
    (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
  }

  @Test func blocksBecomeImagesLinkedRelativeToThePageWritten() throws {
    let folder = try CLIRunner.scratchFolder()
    try write(Self.page, to: folder.appendingPathComponent("in.md"))
    let result = try CLIRunner.run(["markdown", "in.md", "-o", "site/page.md"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("3 blocks: 4 drawn, 0 cached, 0 failed"), "\(result.stderr)")
    let out = try String(contentsOf: folder.appendingPathComponent("site/page.md"), encoding: .utf8)
    #expect(
      out.hasPrefix(
        "# Activations\n\nText before.\n\n<a id=\"fig:relu\"></a>![ReLU and its derivative](page-figures/plotnn-"))
    #expect(out.contains("<figure>\n<picture><source srcset=\"page-figures/plotnn-"))
    #expect(out.contains("<figcaption>Two functions</figcaption>"))
    // No caption, no alt: the description names the function and the range.
    #expect(out.contains("![gelu, x from -3 to 3](page-figures/plotnn-"))
    #expect(out.hasSuffix("Text after.\n"))
    #expect(!out.contains("```"))
    // Every linked image exists, relative to the page; only the page and its folder were written.
    let links = out.matches(of: /page-figures\/(plotnn-[0-9a-f]{16}\.svg)/).map { String($0.output.1) }
    #expect(Set(links).count == 4)
    #expect(
      files(in: folder)
        == (["in.md", "site", "site/page-figures", "site/page.md"] + Set(links).map { "site/page-figures/" + $0 })
        .sorted())
    let svg = try String(contentsOf: folder.appendingPathComponent("site/page-figures/" + links[0]), encoding: .utf8)
    #expect(svg.hasPrefix("<?xml"))
  }

  /// The dark twin is drawn in the dark theme: its background is the dark theme's #16181D.
  @Test func theDarkTwinIsDark() throws {
    let folder = try CLIRunner.scratchFolder()
    try write("```plotnn {dark=true}\nrelu\n```\n", to: folder.appendingPathComponent("in.md"))
    let result = try CLIRunner.run(["markdown", "in.md", "-o", "out.md"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let out = try String(contentsOf: folder.appendingPathComponent("out.md"), encoding: .utf8)
    let names = out.matches(of: /plotnn-[0-9a-f]{16}\.svg/).map { String($0.output) }
    #expect(names.count == 2)
    let dark = try String(contentsOf: folder.appendingPathComponent("out-figures/" + names[0]), encoding: .utf8)
    let light = try String(contentsOf: folder.appendingPathComponent("out-figures/" + names[1]), encoding: .utf8)
    // 0x16/255 = 8.627451 %, as Cairo writes rgb() percentages.
    #expect(dark.contains("rgb(8.627451%,9.411765%,11.372549%)"))
    #expect(!light.contains("rgb(8.627451%,9.411765%,11.372549%)"))
  }

  @Test func aFailingBlockIsReportedKeptWithANoteAndTheOthersRender() throws {
    let folder = try CLIRunner.scratchFolder()
    let page =
      "```plotnn\nrelu\n```\n\n```plotnn\nrelu --frm 3\n```\n\n```plotnn\nfunctions: relu\nfrom: abc\n```\n\n```plotnn\ntanh\n```\n"
    try write(page, to: folder.appendingPathComponent("in.md"))
    let result = try CLIRunner.run(["markdown", "in.md", "-o", "out.md"], in: folder)
    #expect(result.status == 1)
    // The same parser as the command line: the same message as `plotnn relu --frm 3`.
    let cli = try CLIRunner.run(["relu", "--frm", "3"], in: folder)
    let cliMessage =
      cli.stderr.split(separator: "\n").first.map { $0.replacingOccurrences(of: "Error: ", with: "") } ?? "?"
    #expect(result.stderr.contains("in.md:5: " + cliMessage), "\(result.stderr) vs \(cli.stderr)")
    // A YAML entry's error names the page's line of the key.
    #expect(result.stderr.contains("in.md:11: key 'from': "), "\(result.stderr)")
    #expect(result.stderr.contains("4 blocks: 2 drawn, 0 cached, 2 failed"))
    let out = try String(contentsOf: folder.appendingPathComponent("out.md"), encoding: .utf8)
    #expect(out.contains("```plotnn\nrelu --frm 3\n```\n\n> **plotnn could not draw the block above** (in.md:5): "))
    #expect(
      out.contains(
        "```plotnn\nfunctions: relu\nfrom: abc\n```\n\n> **plotnn could not draw the block above** (in.md:9): "))
    #expect(out.matches(of: /!\[[^\]]*\]\(out-figures\/plotnn-/).count == 2)
  }

  @Test(arguments: [
    ("relu --out x.png", "drop --out"),
    ("list", "does not draw a figure"),
    ("relu | cat", "one plotnn command"),
    ("", "the block is empty"),
  ])
  func blocksThatAreNotOneFigureAreRefused(body: String, mentions: String) throws {
    let folder = try CLIRunner.scratchFolder()
    try write("```plotnn\n\(body)\n```\n", to: folder.appendingPathComponent("in.md"))
    let result = try CLIRunner.run(["markdown", "in.md", "-o", "out.md"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("in.md:1: ") && result.stderr.contains(mentions), "\(result.stderr)")
  }

  @Test func aCommandLineAndTheSameYAMLEntryShareOneImage() throws {
    let folder = try CLIRunner.scratchFolder()
    let page = "```plotnn\nelu --from -2   --to 2\n```\n\n```plotnn\nfunctions: elu\nto: 2\nfrom: -2\n```\n"
    try write(page, to: folder.appendingPathComponent("in.md"))
    let result = try CLIRunner.run(["markdown", "in.md", "-o", "out.md"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("2 blocks: 1 drawn, 1 cached"), "\(result.stderr)")
  }

  /// Second run draws nothing; an edit draws one; a removed block's image goes, a user's
  /// own files (even ones named almost like plotnn's) stay.
  @Test func theCacheDrawsOnlyWhatChanged() throws {
    let folder = try CLIRunner.scratchFolder()
    let input = folder.appendingPathComponent("in.md")
    let figures = folder.appendingPathComponent("figs")
    try write("```plotnn\nrelu\n```\n\n```plotnn\ntanh\n```\n\n```plotnn\nsigmoid\n```\n", to: input)
    let run = { try CLIRunner.run(["markdown", "in.md", "-o", "out.md", "--out-dir", "figs"], in: folder) }
    let first = try run()
    #expect(first.stderr.contains("3 blocks: 3 drawn, 0 cached"), "\(first.stderr)")
    let before = Set(files(in: figures))
    let stamp = { (name: String) in
      try FileManager.default.attributesOfItem(atPath: figures.appendingPathComponent(name).path)[.modificationDate]
        as? Date
    }
    let stamps = try before.map { try stamp($0) }
    for own in ["notes.txt", "plotnn-mine.svg", "plotnn-0123456789abcdeg.svg", "plotnn-0123456789ABCDEF.svg"] {
      try write("mine", to: figures.appendingPathComponent(own))
    }
    Thread.sleep(forTimeInterval: 0.05)
    let second = try run()
    #expect(second.stderr.contains("3 blocks: 0 drawn, 3 cached, 0 failed"), "\(second.stderr)")
    #expect(try before.map { try stamp($0) } == stamps)
    try write("```plotnn\nrelu\n```\n\n```plotnn\ntanh --from -2\n```\n", to: input)
    let third = try run()
    #expect(third.stderr.contains("2 blocks: 1 drawn, 1 cached, 0 failed; 2 unused images removed"), "\(third.stderr)")
    let after = Set(files(in: figures))
    #expect(
      after.isSuperset(of: [
        "notes.txt", "plotnn-mine.svg", "plotnn-0123456789abcdeg.svg", "plotnn-0123456789ABCDEF.svg",
      ]))
    #expect(after.subtracting(before).count == 5)
    #expect(before.subtracting(after).count == 2)
    let forced = try CLIRunner.run(["markdown", "in.md", "-o", "out.md", "--out-dir", "figs", "--force"], in: folder)
    #expect(forced.stderr.contains("2 blocks: 2 drawn, 0 cached"), "\(forced.stderr)")
  }

  @Test func thePageReadIsNeverOverwritten() throws {
    let folder = try CLIRunner.scratchFolder()
    try write("```plotnn\nrelu\n```\n", to: folder.appendingPathComponent("in.md"))
    let result = try CLIRunner.run(["markdown", "in.md", "-o", "./in.md"], in: folder)
    #expect(result.status == 64)
    #expect(try String(contentsOf: folder.appendingPathComponent("in.md"), encoding: .utf8) == "```plotnn\nrelu\n```\n")
  }
  /// Without -o the page goes to standard output, links relative to the working folder;
  /// --json (for the Sphinx extension) lists each block's files, alt text, caption and id.
  @Test func standardOutputAndJSON() throws {
    let folder = try CLIRunner.scratchFolder()
    try write(
      "```plotnn {#fig:a caption=\"A\" formats=svg,pdf}\nrelu\n```\n", to: folder.appendingPathComponent("in.md"))
    let page = try CLIRunner.run(["markdown", "in.md", "--out-dir", "img"], in: folder)
    #expect(page.status == 0, "\(page.stderr)")
    #expect(page.stdout.hasPrefix("<a id=\"fig:a\"></a>![A](img/plotnn-"), "\(page.stdout)")
    #expect(page.stdout.contains(".svg \"A\")\n\n[PDF](img/plotnn-"))
    let json = try CLIRunner.run(["markdown", "in.md", "-o", "out.md", "--out-dir", "img", "--json"], in: folder)
    let records = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]], "\(json.stdout)")
    #expect(records.count == 1)
    let files = try #require(records.first?["files"] as? [String: String])
    #expect(Set(files.keys) == ["svg", "pdf"])
    #expect(files["pdf"]?.hasPrefix("img/plotnn-") == true)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(files["pdf"] ?? "").path))
    #expect(records.first?["caption"] as? String == "A" && records.first?["id"] as? String == "fig:a")
    #expect(records.first?["line"] as? Int == 1)
  }
}
