/// One layer of a ``NetworkFigure``: its units and everything written on or about them.
///
/// Labels and names are markup, parsed as titles are (``RichText/init(markup:)``), so TeX
/// math such as `$a_1^{(2)}$` typesets wherever titles do.
public struct NetworkLayer: Sendable, Hashable {
  /// How many units the layer has (the bias unit not counted).
  public var size: Int
  /// The layer's name, written beside it (输入层, 隐藏层, softmax).
  public var name: String?
  /// One label per unit, written inside it; empty for none.
  public var labels: [String] = []
  /// Whether the layer has a bias unit "+1" after its units, feeding every unit of the next
  /// layer and fed by none.
  public var bias = false
  /// The activation's name, written on the other side of the layer from its name.
  public var activation: String?
  /// Units dropped out, crossed out with their edges removed.
  public var dropout: Dropout?
  /// Units drawn highlighted, with their fan-in (every edge into them) drawn on top.
  public var highlight: [Int] = []
  /// The edges into this layer as (unit of the previous layer, unit of this one) pairs, the
  /// previous layer's bias being unit number `size` of it; nil: fully connected.
  public var edges: [[Int]]?
  /// Numbers shown with the units: before the first layer and after the last in vector
  /// brackets, on the arrows into an operator for a layer in between.
  public var values: [Double] = []
  /// An operator box (softmax) between the previous layer and this one, instead of edges:
  /// every unit of the previous layer feeds the box by an arrow, the box every unit here.
  public var op: String?
  /// A label of the edges into this layer (`$W^{(1)}$`), written over the gap before it.
  public var weights: String?
  /// The weights of the edges into this layer, W with W[t][s] the weight from unit s of the
  /// layer before to unit t of this one (the chapter's W⁽ˡ⁾ᵢⱼ, row = the unit fed): one row
  /// per unit here, one column per unit before, and one more column for the bias when the
  /// layer before has one (else its bias edges carry no weight); nil: none given.
  public var weightMatrix: [[Double]]?

  /// `type: tensor`: the layer is a width × height × channels block, drawn as a box in a
  /// chain of blocks (LeNet-style); nil: a layer of units.
  public var shape: TensorShape?
  /// The convolution (kernel k × k, stride 1, no padding) or pooling (p × p, stride p) that
  /// makes this tensor layer from the one before, checked against both shapes and written
  /// between the blocks ("conv 5×5", "pool 2×2").
  public var conv: Int?
  public var pool: Int?

  public init(size: Int, name: String? = nil) {
    self.size = size
    self.name = name
  }

  /// A tensor layer of `shape` (its size the product of the three).
  public init(tensor shape: TensorShape, name: String? = nil) {
    self.size = shape.width * shape.height * shape.channels
    self.name = name
    self.shape = shape
  }
}

/// The shape of a tensor layer: width × height × channels, as NN-SVG and the LeNet paper
/// write them (32×32×1, 28×28×6).
public struct TensorShape: Sendable, Hashable {
  public var width: Int
  public var height: Int
  public var channels: Int

  public init(width: Int, height: Int, channels: Int) {
    self.width = width
    self.height = height
    self.channels = channels
  }

  /// Each side may be 1 to this.
  public static let maximumSide = 10_000

  /// "28×28×6".
  public var text: String { "\(width)×\(height)×\(channels)" }
}

/// What an operator box computes from the values of the layer before it.
public enum NetworkOperator {
  /// The values an operator named `name` gives for `inputs`: softmax (``Softmax``) for
  /// `softmax`; nil for any other name (drawn as a labelled box, values only as given).
  public static func apply(_ name: String, to inputs: [Double]) -> [Double]? {
    guard !inputs.isEmpty else { return nil }
    switch name.lowercased() {
    case "softmax": return Softmax.probabilities(inputs)
    default: return nil
    }
  }
}

/// A connection that skips layers (ResNet's identity shortcut), drawn as a curve routed
/// clear of every unit.
public struct NetworkSkip: Sendable, Hashable {
  /// The layer it leaves (0-based) and the later layer it joins.
  public var from: Int
  public var to: Int
  /// A label on the curve ("identity", `$+x$`).
  public var label: String?

  public init(from: Int, to: Int, label: String? = nil) {
    self.from = from
    self.to = to
    self.label = label
  }
}
