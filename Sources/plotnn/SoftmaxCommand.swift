import ArgumentParser
import PlotNNCore

/// `plotnn softmax LOGIT... --out FILE`: the logits → e^z → probabilities figure.
struct SoftmaxCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "softmax", abstract: "Draw how softmax maps logits to probabilities (section 3.4.9).",
    discussion: "Negative logits work as plain arguments: plotnn softmax 3 1 -3 --out s.png")

  @Argument(parsing: .allUnrecognized, help: "The logits, e.g. 3 1 -3.")
  var logits: [String] = []

  @OptionGroup var figure: FigureOptions

  var spec: FigureSpec {
    get throws {
      var spec = figure.spec(.softmax, defaultSize: FigureSize(width: 720, height: 400))
      spec.logits = try logits.map { text in
        guard let v = Double(text), v.isFinite else {
          throw ValidationError("'\(text)' is not a finite number; give logits such as 3 1 -3")
        }
        return v
      }
      return spec
    }
  }

  func validate() throws {
    try figure.validateOutput()
    do { _ = try spec.softmaxChart() } catch let error as FigureSpecError { throw ValidationError(error.description) }
  }

  func run() throws { try FigureCommand.render(try spec, to: figure.out) }
}
