extension FigureSpec {
  /// The manifest keys every kind takes (besides the gallery's `name`, `section`, `caption`
  /// and `formats`, which belong to the manifest).
  public static let commonKeys = [
    "kind", "size", "width", "height", "dpi", "scale", "title", "theme", "style", "frames", "fps", "loop", "hold",
  ]

  /// Most characters of a title, markup included (a paragraph; titles wrap, then shrink).
  public static let maximumTitleLength = 1000

  /// Style, size, dpi, scale and title: the rules every figure shares.
  func validateCommon() throws(FigureSpecError) {
    try style.validate()
    try validateSize()
    try animation.validate()
    if let title {
      guard title.count <= Self.maximumTitleLength else {
        throw .value("title", "may hold at most \(Self.maximumTitleLength) characters (got \(title.count))")
      }
      try FigureText.checkMarkup(title, field: "title")
    }
  }

  /// The title a chart shows: nil when the user gave an empty one, else the user's, else `automatic`.
  func resolvedTitle(automatic: String?) -> String? {
    guard let title else { return automatic }
    return title.isEmpty ? nil : title
  }
}
