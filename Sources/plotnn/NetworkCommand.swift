import ArgumentParser
import PlotNNCore

/// `plotnn network 3,4,4,3 --names 输入层,特征层,特征层,softmax --out net.svg`: a network
/// diagram from layer sizes and per-layer lists. Every rule is the core's
/// (``NetworkFigure``); this only splits lists.
struct NetworkCommand: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: NetworkFigure.id, abstract: NetworkFigure.summary + ".",
    discussion: """
      Examples:
        plotnn network 3,4,4,3 --names 输入层,特征层,特征层,softmax --out net.svg
        plotnn network 3,3,1 --bias --labels '$x_1$,$x_2$,$x_3$' --labels '$a_1$,$a_2$,$a_3$' --labels '$h$' --out n.png
        plotnn network 784,16,16,10 --dropout 0.5 --seed 1 --orientation bottom-to-top --out mnist.svg
        plotnn network 4,6,3 --weights-seed 7 --out weights.png
      A manifest entry (kind: network, layers: [...]) takes everything, per layer: edges, highlights, operators.
      """)

  @Argument(help: ArgumentHelp("Layer sizes, comma-separated (3,4,4,3) or as separate arguments.", valueName: "sizes"))
  var sizes: [String] = []

  @Option(name: .long, help: ArgumentHelp("Layer names, comma-separated, in layer order.", valueName: "names"))
  var names: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "One layer's unit labels, comma-separated (commas inside {…} stay: $h_{W,b}(x)$); repeat per layer, '' for none.",
      valueName: "labels"))
  var labels: [String] = []

  @Option(name: .long, help: ArgumentHelp("Activation names, comma-separated, in layer order.", valueName: "names"))
  var activations: String?

  @Flag(name: .long, help: "A bias unit +1 on every layer but the last.")
  var bias = false

  @Option(
    name: .long, parsing: .unconditional, help: "Dropout rate of every hidden layer, at least 0 and below 1.",
    transform: ArgumentValue.number)
  var dropout: Double?

  @Option(
    name: .long, help: "Dropout seed (hidden layer k, counted from 1, uses seed + k - 1; default 0).")
  var seed: UInt64 = 0

  @Option(
    name: .long, parsing: .unconditional,
    help: "Random edge weights in [-1, 1) from this seed (SplitMix64), drawn by width and colour with a colour bar.",
    transform: ArgumentValue.wholeNumber)
  var weightsSeed: Int?

  @Flag(name: .long, help: "Draw the network without dropout beside the thinned one.")
  var compareDropout = false

  @Option(name: .long, help: "left-to-right or bottom-to-top.")
  var orientation: NetworkFigure.Orientation?

  @Option(name: .long, help: "Layers with more units are drawn elided, ⋮ and the count (default 10).")
  var elideAbove: Int?

  @Flag(name: .long, help: "Edges without arrowheads.")
  var noArrows = false

  @Option(
    name: .customLong("from-file"),
    help: ArgumentHelp(
      "A network description: a YAML mapping of a kind: network manifest entry's keys (layers, skips, …).",
      valueName: "file"))
  var fromFile: String?

  @OptionGroup var output: OutputOptions
  @OptionGroup var look: LookOptions

  var spec: FigureSpec {
    get throws {
      if let fromFile { return try described(by: fromFile) }
      let counts = try sizes.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.map { text in
        guard let v = Int(text.trimmingCharacters(in: .whitespaces)) else {
          throw ValidationError("'\(text)' is not a layer size; give whole numbers such as 3,4,4,3")
        }
        return v
      }
      var layers = counts.map { NetworkLayer(size: $0) }
      let nameList = Self.split(names ?? "")
      let activationList = Self.split(activations ?? "")
      for i in layers.indices {
        if i < nameList.count, !nameList[i].isEmpty { layers[i].name = nameList[i] }
        if i < activationList.count, !activationList[i].isEmpty { layers[i].activation = activationList[i] }
        if i < labels.count { layers[i].labels = labels[i].isEmpty ? [] : Self.split(labels[i]) }
        layers[i].bias = bias && i < layers.count - 1
        if let dropout, i > 0, i < layers.count - 1 {
          layers[i].dropout = Dropout(rate: dropout, seed: seed &+ UInt64(i - 1))
        }
      }
      if nameList.count > layers.count {
        throw ValidationError("--names gives \(nameList.count) names for \(layers.count) layers")
      }
      if labels.count > layers.count {
        throw ValidationError("--labels is given \(labels.count) times for \(layers.count) layers")
      }
      var figure = NetworkFigure(layers: layers)
      (figure.orientation, figure.arrows, figure.elideAbove) = (orientation ?? .leftToRight, !noArrows, elideAbove)
      figure.compareDropout = compareDropout
      figure.weightsSeed = weightsSeed
      return try look.spec(figure)
    }
  }

  /// The figure of a description file, read as the manifest reads an entry (its errors are
  /// the manifest's, `file:line: key '…': …`), then the command line's look: a size, title,
  /// dark theme or style given here wins over the file's. The network's own options belong in the file.
  func described(by path: String) throws -> FigureSpec {
    let given: [(String, Bool)] = [
      ("sizes", !sizes.isEmpty), ("--names", names != nil), ("--labels", !labels.isEmpty),
      ("--activations", activations != nil), ("--bias", bias), ("--dropout", dropout != nil),
      ("--compare-dropout", compareDropout), ("--orientation", orientation != nil),
      ("--elide-above", elideAbove != nil),
      ("--no-arrows", noArrows), ("--weights-seed", weightsSeed != nil),
    ]
    if let (option, _) = given.first(where: { $0.1 }) {
      throw ValidationError("--from-file describes the whole network; give \(option) in the file, not here")
    }
    let file: FigureSpec
    do {
      let text = try ManifestLoader.read(path, what: "network description")
      guard let root = try YAMLComposer(file: path).compose(text) else {
        throw ManifestError(file: path, line: 1, message: "the network description is empty")
      }
      let schema = ManifestSchema(formats: FileFormats.cairo().ids, styles: StyleFiles(manifest: path).source)
      file = try NetworkFigure.description(root, file: path, schema: schema)
    } catch let error as ManifestError {
      throw ValidationError(error.description)
    }
    guard let figure = file.figure as? NetworkFigure else { throw ValidationError("\(path): not a network") }
    var spec = try look.spec(figure)
    if spec.size == nil && spec.width == nil && spec.height == nil {
      (spec.size, spec.width, spec.height) = (file.size, file.width, file.height)
    }
    spec.title = spec.title ?? file.title
    // --theme's default (light) leaves the file's theme; the file's style lies under the
    // command line's --style and font flags.
    if look.theme == .light { spec.theme = file.theme }
    spec.style = StyleSheet.layered([file.style, spec.style])
    return spec
  }

  /// `text` split at commas outside braces, so TeX such as `$h_{W,b}(x)$` stays one label.
  static func split(_ text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    var parts: [String] = []
    var current = ""
    var depth = 0
    for c in text {
      switch c {
      case "{": depth += 1
      case "}": depth = max(0, depth - 1)
      case "," where depth == 0:
        parts.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
        continue
      default: break
      }
      current.append(c)
    }
    parts.append(current.trimmingCharacters(in: .whitespaces))
    return parts
  }
}

extension NetworkFigure.Orientation: NamedValueArgument {}
