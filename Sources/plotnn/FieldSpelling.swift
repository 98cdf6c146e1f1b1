import PlotNNCore

/// How the CLI spells the core's field names: as its flags (`learning-rate` → `--learning-rate`),
/// or the argument or flags that set a field without a flag of its own.
enum FieldSpelling {
  static let special = [
    "functions": "FUNCTION", "logits": "the logits", "layers": "network", "curves": "--derivative/--with-derivative",
    "grid": "--no-grid", "legend": "--legend", "marks": "marks", "panels": "FUNCTION",
    "annotations": "--hline/--vline/--xspan/--yspan/--text/--arrow", "fonts.text": "--font", "fonts.cjk": "--cjk-font",
  ]

  static func flag(_ field: String) -> String { special[field] ?? "--" + field }

  /// `error`'s message with the CLI's spellings.
  static func message(_ error: FigureSpecError) -> String { error.description(spelling: flag) }

  /// An unknown font family's message, naming the flag or style key that asked for it.
  static func fontMessage(_ error: RenderError, style: StyleSheet) -> String {
    guard case .unknownFont(let family, _) = error else { return error.description }
    let source =
      style.fonts.text == family
      ? "--font" : style.fonts.cjk == family ? "--cjk-font" : "the style's fonts"
    return "\(source): \(error.description)"
  }
}
