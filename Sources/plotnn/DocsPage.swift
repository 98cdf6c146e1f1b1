import Foundation
import PlotNNCairo
import PlotNNCore

/// Replaces the `plotnn` blocks of one Markdown page by their images: what `plotnn markdown`
/// does to its file and `plotnn mdbook` to each chapter.
///
/// Decision: a block that fails is reported (``Result/failures``, `IN.md:LINE: message`)
/// and kept as written, followed by a note saying why, so the page still builds and the
/// reader sees what is missing; the other blocks are drawn. Everything but the blocks is
/// copied unchanged, line by line.
struct DocsPage {
  /// The page's path, for messages.
  let source: String
  let reader: DocsBlockReader
  let store: DocsImageStore
  /// The image folder as a path relative to the page's folder (`figures`, `../plotnn-figures`).
  let linkPrefix: String
  var force = false

  /// What one block became.
  struct Record {
    var line: Int
    var files: [(format: String, name: String)] = []
    var darkFiles: [(format: String, name: String)] = []
    var alt = ""
    var attributes = FenceAttributes()
    var error: String?
  }

  struct Result {
    var text: String
    var records: [Record] = []
    var drawn = 0
    var cached = 0
    /// The image files the page refers to (names in the store's folder).
    var used: Set<String> = []
    var failures: [String] { records.compactMap(\.error) }
  }

  func process(_ text: String) -> Result {
    let page = MarkdownFences(text)
    var out: [String] = []
    var result = Result(text: "")
    var next = 0
    for block in page.plotnnBlocks {
      out += page.lines[next..<block.firstIndex]
      next = block.lastIndex + 1
      var record = Record(line: block.line)
      do {
        let figure = try reader.read(block)
        record.attributes = figure.attributes
        record.alt = figure.attributes.alt ?? figure.attributes.caption ?? DocsMarkup.description(of: figure.spec)
        let light = try draw(figure.spec, figure.formats, into: &result)
        record.files = light
        if figure.attributes.dark {
          var dark = figure.spec
          dark.theme = .dark
          record.darkFiles = try draw(dark, figure.formats, into: &result)
        }
        let markup = DocsMarkup(
          files: light.map { ($0.format, linkPrefix + $0.name) },
          darkFiles: Dictionary(record.darkFiles.map { ($0.format, linkPrefix + $0.name) }) { a, _ in a },
          attributes: figure.attributes, generatedAlt: record.alt)
        out += markup.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      } catch let failure as DocsFailure where failure.line > 0 {
        record.error = failure.message
      } catch let failure as DocsFailure {
        record.error = "\(source):\(block.line): \(failure.message)"
      } catch {
        record.error = "\(source):\(block.line): \(error)"
      }
      if let error = record.error {
        out += page.lines[block.firstIndex...block.lastIndex]
        out += ["", DocsMarkup.errorNote(location: "\(source):\(block.line)", message: Self.withoutPlace(error))]
      }
      result.records.append(record)
    }
    out += page.lines[next...]
    result.text = out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    return result
  }

  private func draw(_ spec: FigureSpec, _ formats: [String], into result: inout Result) throws -> [(
    format: String, name: String
  )] {
    let images: DocsImageStore.Images
    do { images = try store.images(for: spec, formats: formats, force: force) } catch let error as FigureSpecError {
      throw DocsFailure(line: 0, message: FieldSpelling.message(error))
    }
    if images.drawn { result.drawn += 1 } else { result.cached += 1 }
    result.used.formUnion(images.files.map(\.name))
    return images.files
  }

  /// `IN.md:12: message` → `message` (the note names the place itself).
  static func withoutPlace(_ message: String) -> String {
    let parts = message.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, Int(parts[1]) != nil else { return message }
    return parts[2].trimmingCharacters(in: .whitespaces)
  }
}
