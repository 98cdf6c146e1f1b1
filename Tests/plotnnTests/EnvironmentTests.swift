import Foundation
import Testing

/// The same input gives the same bytes whatever the environment: locale (right-to-left
/// scripts included), time zone, HOME and working folder.
@Suite struct EnvironmentTests {
  /// Builds the locale `name` (e.g. ar_EG.UTF-8) into `folder` with localedef, from the
  /// sources Debian's `locales` package installs (`make deps`).
  static func makeLocale(_ name: String, in folder: URL) throws {
    let parts = name.split(separator: ".")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/localedef")
    process.arguments = ["-i", String(parts[0]), "-f", "UTF-8", folder.appendingPathComponent(name).path]
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    // localedef exits 1 on warnings but writes the locale; its folder is what counts.
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "localedef \(name)")
  }

  @Test func bytesDoNotDependOnLocaleTimeZoneOrHome() throws {
    let folder = try CLIRunner.scratchFolder()
    let locales = folder.appendingPathComponent("locales")
    try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
    let names = ["ar_EG.UTF-8", "fa_IR.UTF-8", "de_DE.UTF-8"]
    for name in names { try Self.makeLocale(name, in: locales) }
    // Italic (x, f), Chinese, a superscript and minus signs: what a locale could change.
    let arguments = ["leaky-relu(alpha=0.5)", "--with-derivative", "--title", "激活 <i>f</i><sup>−1</sup>"]
    let reference = try CLIRunner.run(
      arguments + ["--out", "c.svg"], in: folder, environment: ["LC_ALL": "C", "LANG": "C"])
    #expect(reference.status == 0, "\(reference.stderr)")
    let expected = try Data(contentsOf: folder.appendingPathComponent("c.svg"))
    for (k, name) in names.enumerated() {
      let environment = [
        "LOCPATH": locales.path, "LC_ALL": name, "LANG": name, "TZ": "Asia/Tehran", "HOME": "/nonexistent",
      ]
      let result = try CLIRunner.run(arguments + ["--out", "\(k).svg"], in: folder, environment: environment)
      #expect(result.status == 0, "\(name): \(result.stderr)")
      let bytes = try Data(contentsOf: folder.appendingPathComponent("\(k).svg"))
      #expect(bytes == expected, "\(name) changed the figure")
    }
  }

  /// The user's preferred languages (`LANGUAGE`, `PANGO_LANGUAGE`) change nothing either:
  /// Pango consulted them for each run of a script the context's language does not cover,
  /// and HarfBuzz then applied that language's glyph forms (Japanese or Hong Kong shapes
  /// for the Chinese labels, Serbian ones for Cyrillic; under `LANGUAGE=ja` six of the
  /// committed files changed).
  @Test(arguments: [
    ["LANGUAGE": "ja"], ["LANGUAGE": "zh_HK:zh"], ["LANGUAGE": "sr"], ["PANGO_LANGUAGE": "ja"],
    ["PANGO_LANGUAGE": "bg", "LANGUAGE": "zh_TW"],
  ])
  func bytesDoNotDependOnPreferredLanguages(environment: [String: String]) throws {
    let folder = try CLIRunner.scratchFolder()
    let arguments = ["relu", "--title", "梯度下降 直 бгдпт <i>бгдпт</i>", "--format", "svg", "--out"]
    // Unset, not empty: an empty PANGO_LANGUAGE hides LANGUAGE from Pango.
    let unset: Set = ["LANGUAGE", "PANGO_LANGUAGE"]
    let reference = try CLIRunner.run(arguments + ["r.svg"], in: folder, environment: ["LC_ALL": "C"], removing: unset)
    #expect(reference.status == 0, "\(reference.stderr)")
    let result = try CLIRunner.run(
      arguments + ["l.svg"], in: folder, environment: environment.merging(["LC_ALL": "C"]) { a, _ in a },
      removing: unset)
    #expect(result.status == 0, "\(result.stderr)")
    let expected = try Data(contentsOf: folder.appendingPathComponent("r.svg"))
    #expect(
      try Data(contentsOf: folder.appendingPathComponent("l.svg")) == expected, "\(environment) changed the figure")
  }
}
