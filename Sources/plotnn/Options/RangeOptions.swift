import ArgumentParser

/// The x and y ranges of a line figure. Number options use `.unconditional` parsing so
/// negative values work without `=`: `--from -10`, `--ymin -1.5`.
struct RangeOptions: ParsableArguments {
  @Option(name: .long, parsing: .unconditional, help: "Left end of the x range (default: the functions' domain).")
  var from: Double?

  @Option(name: .long, parsing: .unconditional, help: "Right end of the x range.")
  var to: Double?

  @Option(name: .long, parsing: .unconditional, help: "Bottom of the y range (default: from the data).")
  var ymin: Double?

  @Option(name: .long, parsing: .unconditional, help: "Top of the y range (default: from the data).")
  var ymax: Double?
}
