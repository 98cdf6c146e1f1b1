extension FigureSpec {
  /// The size in device pixels at ``dpi`` and ``scale``, rounded as the raster is made.
  public var pixelSize: (width: Double, height: Double) {
    let size = resolvedSize
    return ((size.width * pixelsPerPoint).rounded(), (size.height * pixelsPerPoint).rounded())
  }

  /// Size, width, dpi and scale: the rules about how large a figure is.
  ///
  /// Decision: a figure is bounded twice, in points (what the layout works in) and in
  /// device pixels at `dpi` and `scale` (what a raster allocates), whatever its formats: one
  /// manifest figure may be written as PDF and PNG, and the same size is refused or drawn in
  /// every format. Each side is bounded in points first: 1e154 points at scale 1e-151 is
  /// 1000 pixels, but no layout works in such coordinates.
  func validateSize() throws(FigureSpecError) {
    guard scale.isFinite, scale > 0 else {
      throw .value("scale", "must be a finite number greater than 0 (got \(scale))")
    }
    guard dpi.isFinite, dpi > 0 else {
      throw .value(
        "dpi", "must be a finite number of pixels an inch greater than 0, such as 96, 150 or 300 (got \(dpi))")
    }
    if size != nil, width != nil {
      throw .value(
        "width",
        "and \(field: "size") both set the figure's width: give \(field: "size") for width and height, "
          + "or \(field: "width") alone for the height to follow the figure's aspect ratio")
    }
    if size != nil, height != nil {
      throw .value(
        "height",
        "and \(field: "size") both set the figure's height: give \(field: "size") for width and height, "
          + "or \(field: "height") alone for the width to follow the figure's aspect ratio")
    }
    guard let problem = sizeProblem else { return }
    let points = resolvedSize
    let pixels = pixelSize
    let pointText = "\(Self.rounded(points.width))x\(Self.rounded(points.height)) points"
    let pixelText = "\(Self.rounded(pixels.width))x\(Self.rounded(pixels.height)) pixels"
    let limits: FieldText =
      "\(problem); each side must be from \(Int(Self.minimumSide)) to \(Int(Self.maximumSide)) points and from "
      + "\(Int(Self.minimumPixels)) to \(Int(Self.maximumSide)) pixels (points × dpi/72 × scale), "
      + "and the image at most \(Int(Self.maximumPixels / 1_048_576)) megapixels"
    if let given = size?.text ?? width?.text ?? height?.text {
      let field = size != nil ? "size" : width != nil ? "width" : "height"
      throw .value(
        field,
        "\(given) is \(pointText), \(pixelText) at \(field: "dpi") \(dpi) and \(field: "scale") \(scale): \(limits)")
    }
    // The kind's own size, out of range only through the resolution: the field at fault is
    // the one given (the manifest points at its line).
    let field = scale != 1 || dpi == 96 ? "scale" : "dpi"
    throw FigureSpecError(
      field: field,
      message: "\(field: "dpi") \(dpi) and \(field: "scale") \(scale) make the figure's default size, "
        + "\(kind.defaultSize.text) (\(pointText)), \(pixelText): \(limits)")
  }

  /// The first size limit broken, in words naming it; nil when the size is within them all.
  private var sizeProblem: String? {
    let points = resolvedSize
    let pixels = pixelSize
    for (side, pt, px) in [("width", points.width, pixels.width), ("height", points.height, pixels.height)] {
      guard pt.isFinite else { return "the \(side) is not a finite length" }
      if pt < Self.minimumSide { return "the \(side) is under \(Int(Self.minimumSide)) point" }
      if pt > Self.maximumSide { return "the \(side) is over \(Int(Self.maximumSide)) points" }
      if px < Self.minimumPixels { return "the \(side) is under \(Int(Self.minimumPixels)) pixels" }
      if px > Self.maximumSide { return "the \(side) is over \(Int(Self.maximumSide)) pixels" }
    }
    let megapixels = pixels.width * pixels.height / 1_048_576
    if megapixels > Self.maximumPixels / 1_048_576 {
      return "the image has \(Self.rounded(megapixels)) megapixels, over \(Int(Self.maximumPixels / 1_048_576))"
    }
    return nil
  }

  /// `v` to two decimals, as a user would type it: `226.77`.
  private static func rounded(_ v: Double) -> String {
    guard v.isFinite, abs(v) < 1e12 else { return Check.format(v) }
    return Check.format((v * 100).rounded() / 100)
  }
}
