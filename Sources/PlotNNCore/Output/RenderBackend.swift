/// Turns a chart into the bytes of files: the seam between the pure core and a drawing
/// library (DESIGN.md, "Layers"). PlotNNCairo's backend serves png, svg and pdf.
///
/// A backend draws the chart once, recording it with its own text measurement, and replays
/// the recording for each format asked for, so one figure's files come from one drawing.
public protocol RenderBackend: Sendable {
  /// The formats this backend writes.
  var formats: [FileFormat] { get }

  /// The contents of one file per entry of `formats` (each one of ``formats``), for `chart`
  /// drawn `size` points large; raster formats have `scale` device pixels per point (a
  /// figure's ``FigureSpec/pixelsPerPoint``, dpi/72 × its scale: 4/3 at 96 dpi), so a
  /// raster's resolution is 72 × `scale` pixels an inch; with the notes of that drawing.
  func render(_ chart: any Chart, size: Size, scale: Double, formats: [FileFormat]) throws(RenderError)
    -> RenderedFigure
}
