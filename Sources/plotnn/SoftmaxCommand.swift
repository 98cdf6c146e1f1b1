import ArgumentParser
import PlotNNCore

/// `plotnn softmax LOGIT... --out FILE`: the logits → e^z → probabilities figure.
struct SoftmaxCommand: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: SoftmaxFigure.id, abstract: SoftmaxFigure.summary + ".",
    discussion: "Negative logits work as plain arguments: plotnn softmax 3 1 -3 --out s.png")

  @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The logits, e.g. 3 1 -3.", valueName: "logit"))
  var logits: [String] = []

  @OptionGroup var output: OutputOptions
  @OptionGroup var look: LookOptions

  var spec: FigureSpec {
    get throws {
      // A `--` ending the options is not a logit (`plotnn softmax -- -1e308`).
      let values = try logits.filter { $0 != "--" }.map { text in
        guard let v = Double(text) else {
          throw ValidationError("'\(text)' is not a number; give logits such as 3 1 -3")
        }
        return v
      }
      return try look.spec(SoftmaxFigure(logits: values))
    }
  }
}
