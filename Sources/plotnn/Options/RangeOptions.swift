import ArgumentParser

/// The x and y ranges of a line figure. Number options use `.unconditional` parsing so
/// negative values work without `=`: `--from -10`, `--ymin -1.5`.
struct RangeOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional, help: "Left end of the x range (default: the functions' domain).",
    transform: ArgumentValue.number)
  var from: Double?

  @Option(name: .long, parsing: .unconditional, help: "Right end of the x range.", transform: ArgumentValue.number)
  var to: Double?

  @Option(
    name: .long, parsing: .unconditional, help: "Bottom of the y range (default: from the data).",
    transform: ArgumentValue.number)
  var ymin: Double?

  @Option(
    name: .long, parsing: .unconditional, help: "Top of the y range (default: from the data).",
    transform: ArgumentValue.number)
  var ymax: Double?
}
