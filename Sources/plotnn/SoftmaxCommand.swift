import ArgumentParser
import PlotNNCairo
import PlotNNCore

/// `plotnn softmax LOGIT... [--out FILE]`: the logits → e^z → probabilities figure.
struct SoftmaxCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "softmax", abstract: "Draw how softmax maps logits to probabilities (section 3.4.9).",
    discussion: "Negative logits work as plain arguments: plotnn softmax 3 1 -3 --out s.png")

  @Argument(parsing: .allUnrecognized, help: "The logits, e.g. 3 1 -3.")
  var logits: [String] = []

  @Option(name: .long, help: "Output file (.png, .svg or .pdf).")
  var out = "softmax.png"

  @Option(name: .long, help: "Figure size WIDTHxHEIGHT in CSS pixels.")
  var size: FigureSize = FigureSize(width: 720, height: 400)

  @Option(name: .long, parsing: .unconditional, help: "Pixel density of PNG output.")
  var scale: Double = 1

  @Option(name: .long, help: "Title; '' for none.")
  var title: String?

  @Option(name: .long, help: "Colour theme: light or dark.")
  var theme = "light"

  var spec: FigureSpec {
    get throws {
      var spec = FigureSpec(kind: .softmax)
      spec.logits = try logits.map { text in
        guard let v = Double(text), v.isFinite else {
          throw ValidationError("'\(text)' is not a finite number; give logits such as 3 1 -3")
        }
        return v
      }
      (spec.width, spec.height, spec.scale, spec.title, spec.theme) = (size.width, size.height, scale, title, theme)
      return spec
    }
  }

  func validate() throws {
    do { _ = try spec.softmaxChart() } catch let error as FigureSpecError { throw ValidationError(error.description) }
    do { _ = try OutputFormat(path: out) } catch { throw ValidationError(error.description) }
  }

  func run() throws {
    let spec = try spec
    let chart: SoftmaxChart
    do { chart = try spec.softmaxChart() } catch { throw ValidationError(error.description) }
    try Output.write(chart, to: out, size: spec.size, scale: spec.scale)
  }
}
