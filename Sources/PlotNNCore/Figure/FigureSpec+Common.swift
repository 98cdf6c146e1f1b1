extension FigureSpec {
  /// The manifest keys every kind takes (besides the gallery's `name`, `section`, `caption`
  /// and `formats`, which belong to the manifest).
  public static let commonKeys = ["kind", "size", "scale", "title", "theme", "style"]

  /// Most characters of a title, markup included (a paragraph; titles wrap, then shrink).
  public static let maximumTitleLength = 1000

  /// Style, size, scale and title: the rules every figure shares.
  func validateCommon() throws(FigureSpecError) {
    try style.validate()
    guard scale.isFinite, scale > 0 else {
      throw .value("scale", "must be a finite number greater than 0 (got \(scale))")
    }
    let size = resolvedSize
    let (width, height) = (size.width, size.height)
    // Each side is bounded in points first, then in device pixels: a size of 1e154 points at
    // scale 1e-151 is 1000 pixels, but no layout can work in such coordinates.
    guard [width, height].allSatisfy({ $0.isFinite && $0 >= 1 && $0 <= Self.maximumSide }),
      [width, height].allSatisfy({ $0 * scale >= 16 && $0 * scale <= Self.maximumSide }),
      width * height * scale * scale <= Self.maximumPixels
    else {
      throw .value(
        "size",
        "\(width)x\(height) at \(field: "scale") \(scale) is out of range: "
          + "width and height must be from 1 to \(Int(Self.maximumSide)) points, and at least 16 and at most "
          + "\(Int(Self.maximumSide)) pixels after scaling, "
          + "and the image at most \(Int(Self.maximumPixels / 1_048_576)) megapixels")
    }
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
