import Foundation
import Testing

/// `plotnn figures` redraws only what changed (``FigureStamps``), and writes index.html.
@Suite struct FiguresCacheTests {
  static let manifest = """
    title: Cache test
    figures:
      - name: a
        section: One
        caption: First <figure>
        functions: relu
      # a comment between entries
      - name: b
        section: One
        functions: tanh
      - {name: c, section: Two, kind: softmax, logits: [1, 2, 3], formats: [svg]}
    """

  func contents(_ folder: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      out[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return out
  }

  func modified(_ url: URL) throws -> Date? {
    try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
  }

  @Test func onlyChangedEntriesRedrawAndTheFilesMatchAFreshRun() throws {
    let folder = try CLIRunner.scratchFolder()
    let manifestURL = folder.appendingPathComponent("m.yaml")
    try Data(Self.manifest.utf8).write(to: manifestURL)
    let first = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("3 figures, 5 files, 0 failed in"), "\(first.stderr)")
    let out = folder.appendingPathComponent("out")
    let stamps = try ["a.png", "b.svg", "c.svg"].map { try modified(out.appendingPathComponent($0)) }
    Thread.sleep(forTimeInterval: 0.05)
    let second = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(second.stderr.contains("3 figures, 5 files, 0 failed, 3 unchanged"), "\(second.stderr)")
    #expect(try ["a.png", "b.svg", "c.svg"].map { try modified(out.appendingPathComponent($0)) } == stamps)

    // One entry edited, one file tampered with: those two are drawn, the third is not.
    try Data(Self.manifest.replacingOccurrences(of: "functions: tanh", with: "functions: sigmoid").utf8)
      .write(to: manifestURL)
    try Data("not a png".utf8).write(to: out.appendingPathComponent("a.png"))
    let third = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(third.stderr.contains("3 figures, 5 files, 0 failed, 1 unchanged"), "\(third.stderr)")
    #expect(third.stderr.contains("unchanged  c"), "\(third.stderr)")

    // Byte for byte what a fresh folder gets, the record aside.
    let fresh = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "fresh"], in: folder)
    #expect(fresh.status == 0)
    #expect(try contents(out) == contents(folder.appendingPathComponent("fresh")))

    let forced = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out", "--force"], in: folder)
    #expect(forced.stderr.contains("3 figures, 5 files, 0 failed in"), "\(forced.stderr)")
  }

  @Test func theHTMLGalleryHasSectionsCaptionsEntriesAndNothingExternal() throws {
    let folder = try CLIRunner.scratchFolder()
    try Data(Self.manifest.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: folder.appendingPathComponent("out/index.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<title>Cache test</title>"))
    #expect(html.contains("<h2>One</h2>") && html.contains("<h2>Two</h2>"))
    // Captions escaped; each image links its SVG with its size in CSS pixels (640x480 default).
    #expect(
      html.contains(
        "<a href=\"a.svg\"><img src=\"a.svg\" alt=\"First &lt;figure&gt;\" width=\"640\" height=\"480\"></a>"))
    #expect(html.contains("@media (prefers-color-scheme: dark)"))
    // Each entry's own text, the comment before the next entry left out.
    #expect(
      html.contains(
        "<pre><code>- name: a\n  section: One\n  caption: First &lt;figure&gt;\n  functions: relu</code></pre>"))
    #expect(
      html.contains(
        "<pre><code>- {name: c, section: Two, kind: softmax, logits: [1, 2, 3], formats: [svg]}</code></pre>"))
    #expect(
      !html.contains("<script") && !html.contains("http://") && !html.contains("https://") && !html.contains("@import"))
  }
}
