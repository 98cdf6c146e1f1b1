import ArgumentParser
import PlotNNCore

/// Notes in data coordinates on a line chart (``LineFigure/Annotation``), each option
/// repeatable; the text forms are the core's (``LineFigure/Annotation/parse(_:_:)``).
struct AnnotationOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditionalSingleValue,
    help: ArgumentHelp("A dotted horizontal reference line y = Y, with :label if wanted (repeatable).", valueName: "Y"))
  var hline: [String] = []

  @Option(
    name: .long, parsing: .unconditionalSingleValue,
    help: ArgumentHelp("A dotted vertical reference line x = X, with :label if wanted (repeatable).", valueName: "X"))
  var vline: [String] = []

  @Option(
    name: .long, parsing: .unconditionalSingleValue,
    help: ArgumentHelp("A shaded x span FROM:TO[:label], e.g. -10:-4:饱和区 (repeatable).", valueName: "from:to"))
  var xspan: [String] = []

  @Option(
    name: .long, parsing: .unconditionalSingleValue,
    help: ArgumentHelp("A shaded y span FROM:TO[:label] (repeatable).", valueName: "from:to"))
  var yspan: [String] = []

  @Option(
    name: .long, parsing: .unconditionalSingleValue,
    help: ArgumentHelp("A text near the point X,Y, e.g. '-6,0.5:梯度弥散' (repeatable).", valueName: "x,y:label"))
  var text: [String] = []

  @Option(
    name: .long, parsing: .unconditionalSingleValue,
    help: ArgumentHelp(
      "An arrow X1,Y1:X2,Y2[:label], labelled at its tail (repeatable).", valueName: "x1,y1:x2,y2"))
  var arrow: [String] = []

  @Option(
    name: .customLong("fill-between"), parsing: .unconditionalSingleValue,
    help: ArgumentHelp(
      "Shade between two curves F:G or a curve and a line F:y=V, then :label if wanted (repeatable); "
        + "curves as given (or numbered from 0), ′ for a derivative: 'sigmoid:tanh', \"relu:y=0\".",
      valueName: "f:g"))
  var fillBetween: [String] = []

  /// The annotations given, by kind in the order above; a form that does not read is a
  /// usage error naming its flag.
  func annotations() throws -> [LineFigure.Annotation] {
    var out: [LineFigure.Annotation] = []
    for (kind, texts) in [
      ("yspan", yspan), ("xspan", xspan), ("fill-between", fillBetween), ("hline", hline), ("vline", vline),
      ("arrow", arrow), ("text", text),
    ] {
      for t in texts {
        do throws(AnnotationSyntaxError) { out.append(try LineFigure.Annotation.parse(kind, t)) } catch {
          throw ValidationError(error.description)
        }
      }
    }
    return out
  }
}
