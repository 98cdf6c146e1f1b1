extension LineFigure {
  /// `leaky-relu` for `leaky-relu(alpha=0.5)`: the first function's spec name, kept to safe
  /// characters; `-derivative` appended when only f′ is drawn (`-second-derivative`,
  /// `-third-derivative`, `-fourth-derivative` for f″, f‴, f⁗). For an expression the whole
  /// text, each run of other characters made one `-`, without `-` at the ends, at most 60
  /// characters: `x-sigmoid-1-702-x` for `x*sigmoid(1.702*x)` (`expression` when nothing is left).
  /// Data alone: the first file's name, `loss` for `runs/loss.csv` (``dataFileStem``).
  public var defaultFileStem: String {
    guard let function = functions.first else { return dataFileStem ?? Self.id }
    let isSpec = (try? FunctionSpec.parse(function)).map { Catalog.standard.activation(named: $0.name) != nil } ?? false
    let name = isSpec ? function.prefix { $0 != "(" && $0 != ":" } : Substring(function)
    let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    let stem: String
    if isSpec {
      stem = safe.isEmpty ? "figure" : safe
    } else {
      let words = safe.split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
      let short = String(words.prefix(60))
      stem = short.isEmpty ? "expression" : String(short.reversed().drop { $0 == "-" }.reversed())
    }
    guard drawnCurves == .derivative else { return stem }
    let suffixes = ["-derivative", "-second-derivative", "-third-derivative", "-fourth-derivative"]
    return stem + suffixes[max(0, min(order, 4) - 1)]
  }
}
