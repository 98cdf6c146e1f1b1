import Foundation

/// What replaces a `plotnn` block in the Markdown written: an image, or an HTML `<figure>`
/// and `<picture>` when the fence asks for a caption under it or a dark twin.
///
/// Decision: plain Markdown (`![alt](path "caption")`) whenever it can say everything, so the
/// page stays readable as Markdown and works in every renderer; HTML only for what Markdown
/// has no syntax for (`figure=true`: `<figure id><img><figcaption>`; `dark=true`:
/// `<picture>` with a `prefers-color-scheme: dark` source, as GitHub documents). An id without
/// `figure=true` becomes an empty anchor before the image. Links to the other formats
/// (`formats=svg,pdf`: a PDF link) follow the image. The first format that a browser
/// shows (svg, png) is the image; with none (`formats=pdf`), links alone.
public struct DocsMarkup: Sendable {
  /// One image per format, as paths relative to the page (keyed by format id, in order).
  public var files: [(format: String, path: String)]
  /// The dark twins' paths, by format id (empty without `dark=true`).
  public var darkFiles: [String: String] = [:]
  public var attributes: FenceAttributes
  /// The description when neither `alt` nor `caption` is given (``description(of:)``).
  public var generatedAlt: String

  public init(
    files: [(format: String, path: String)], darkFiles: [String: String] = [:], attributes: FenceAttributes,
    generatedAlt: String
  ) {
    self.files = files
    self.darkFiles = darkFiles
    self.attributes = attributes
    self.generatedAlt = generatedAlt
  }

  /// The alt text: `alt`, else the caption, else the generated description.
  public var alt: String { attributes.alt ?? attributes.caption ?? generatedAlt }

  /// The formats a browser displays in an `<img>`, in preference order of appearance.
  static let shown: Set<String> = ["svg", "png"]

  /// The Markdown (with HTML where needed) that replaces the block.
  public var text: String {
    let image = files.first { Self.shown.contains($0.format) }
    let others = files.filter { $0.format != image?.format }
    let links = others.map { "[\($0.format.uppercased())](\(Self.url($0.path)))" }.joined(separator: " · ")
    guard let image else { return links }
    let dark = darkFiles[image.format]
    var out: String
    if attributes.figure || dark != nil {
      var img = "<img src=\"\(Self.html(image.path))\" alt=\"\(Self.html(alt))\">"
      if let dark {
        img =
          "<picture><source srcset=\"\(Self.html(dark))\" media=\"(prefers-color-scheme: dark)\">" + img + "</picture>"
      }
      if attributes.figure {
        let id = attributes.id.map { " id=\"\(Self.html($0))\"" } ?? ""
        let caption = attributes.caption.map { "<figcaption>\(Self.html($0))</figcaption>" } ?? ""
        out = "<figure\(id)>\n\(img)\n\(caption.isEmpty ? "" : caption + "\n")</figure>"
      } else {
        out = (attributes.id.map { "<a id=\"\(Self.html($0))\"></a>" } ?? "") + img
      }
    } else {
      let title = attributes.caption.map { " \"\($0.replacingOccurrences(of: "\"", with: "\\\""))\"" } ?? ""
      out =
        (attributes.id.map { "<a id=\"\(Self.html($0))\"></a>" } ?? "")
        + "![\(Self.markdownAlt(alt))](\(Self.url(image.path))\(title))"
    }
    if !links.isEmpty { out += "\n\n" + links }
    return out
  }

  /// The note that follows a block that failed, kept in the page.
  public static func errorNote(location: String, message: String) -> String {
    "> **plotnn could not draw the block above** (\(location)): \(message.replacingOccurrences(of: "\n", with: " "))"
  }

  /// `text` inside `![…]`: brackets and backslashes escaped (CommonMark).
  static func markdownAlt(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "[", with: "\\[")
      .replacingOccurrences(of: "]", with: "\\]").replacingOccurrences(of: "\n", with: " ")
  }

  /// A path as a Markdown link destination: in `<…>` when it holds spaces or parentheses.
  static func url(_ path: String) -> String {
    path.contains(where: { " ()<>".contains($0) }) ? "<\(path.replacingOccurrences(of: ">", with: "%3E"))>" : path
  }

  /// `text` escaped for an HTML attribute or element.
  static func html(_ text: String) -> String { HTMLText.escape(text) }

  /// A description of the figure `spec` draws, for alt text when the block gives none:
  /// a line figure's functions, whether derivatives are drawn, and its x range
  /// (`relu and its derivative, x from -5 to 5`); another kind's title or summary.
  public static func description(of spec: FigureSpec, catalog: Catalog = .standard) -> String {
    if let line = spec.options(as: LineFigure.self) {
      let names = line.functions
      var text =
        names.count <= 1
        ? names.first ?? "A function"
        : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
      switch line.curves {
      case .both: text += names.count == 1 ? " and its derivative" : " with their derivatives"
      case .derivative: text = "The derivative of " + text
      case .function: break
      }
      if let chart = try? spec.chart(catalog: catalog) as? LineChart {
        text += ", x from \(number(chart.xRange.lowerBound)) to \(number(chart.xRange.upperBound))"
      }
      return text
    }
    if let title = spec.title, !title.isEmpty, let plain = try? RichText(markup: title).plainText {
      return plain
    }
    var summary = spec.kind.summary
    if let paren = summary.range(of: " (section") { summary = String(summary[..<paren.lowerBound]) }
    for verb in ["Draw ", "Plot "] where summary.hasPrefix(verb) { summary = String(summary.dropFirst(verb.count)) }
    return summary.prefix(1).uppercased() + summary.dropFirst()
  }

  /// `5`, `-2.5`, `0.001`: at most six significant digits, no trailing zeros.
  static func number(_ value: Double) -> String { CPrintf.format(value, .general, precision: 6) }  // %g

  /// The path of `target` relative to the folder `base` (both absolute or both relative
  /// to the same folder, normalised: no `.` or `..` left but leading ones of `base`'s).
  public static func relativePath(_ target: String, from base: String) -> String {
    let t = components(target)
    let b = components(base)
    var common = 0
    while common < min(t.count, b.count), t[common] == b[common] { common += 1 }
    let up = Array(repeating: "..", count: b.count - common)
    let path = (up + t[common...]).joined(separator: "/")
    return path.isEmpty ? "." : path
  }

  /// `a/./b/../c` → `["a", "c"]`.
  public static func components(_ path: String) -> [String] {
    var parts: [String] = []
    for part in path.split(separator: "/") where part != "." {
      if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(String(part)) }
    }
    return parts
  }
}
