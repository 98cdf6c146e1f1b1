import CCairo
import PlotNNCore

/// `plotnn math`'s rendering: a ``PlotNNCore/FormulaChart`` sized to its text's measured
/// extent plus the padding, drawn by the Cairo backend (same determinism as figures).
public enum FormulaImage {
  /// The file bytes of `chart` in `format`, `scale` device pixels a point for rasters.
  public static func render(_ chart: FormulaChart, format: FileFormat, scale: Double) throws(RenderError) -> [UInt8] {
    let pool = FontMapPool()
    let extent = try pool.withFontMap(chart.fonts) { map throws(RenderError) -> TextExtent in
      guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1) else {
        throw .cairo("no measuring surface")
      }
      defer { cairo_surface_destroy(surface) }
      guard let cr = cairo_create(surface) else { throw .cairo("could not create a Cairo context") }
      defer { cairo_destroy(cr) }
      return try CairoCanvas(context: cr, fontMap: map).measure(chart.text, style: chart.style)
    }
    let size = Size(
      width: max(1, extent.width + 2 * chart.padding), height: max(1, extent.height + 2 * chart.padding))
    return try CairoBackend(fonts: pool).render(chart, size: size, scale: scale, formats: [format]).files[0]
  }
}
