import PlotNNCore

/// How the CLI spells the core's field names: as its flags (`learning-rate` → `--learning-rate`),
/// or the argument or flags that set a field without a flag of its own.
enum FieldSpelling {
  static let special = [
    "functions": "FUNCTION", "logits": "the logits", "curves": "--derivative/--with-derivative", "grid": "--no-grid",
    "marks": "marks",
  ]

  static func flag(_ field: String) -> String { special[field] ?? "--" + field }

  /// `error`'s message with the CLI's spellings.
  static func message(_ error: FigureSpecError) -> String { error.description(spelling: flag) }
}
