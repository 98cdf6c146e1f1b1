/// A network resolved for drawing: labels parsed, elided layers cut to the units drawn,
/// dropped units chosen, edges listed between drawn units, operator values computed.
/// ``NetworkRules/resolved(dropout:)`` builds it from a checked ``NetworkFigure``.
public struct NetworkDiagram: Sendable, Hashable {
  /// One place in a layer's column.
  public enum Slot: Sendable, Hashable {
    /// Unit number `index` of the layer (0-based).
    case unit(Int)
    /// The bias unit "+1".
    case bias
    /// The vertical ellipsis standing for `hidden` units not drawn, of `total`.
    case ellipsis(hidden: Int, total: Int)
  }

  public struct Layer: Sendable, Hashable {
    public var size: Int
    public var slots: [Slot]
    /// Label of each unit by unit number (empty: none).
    public var labels: [RichText]
    public var name: RichText?
    public var activation: RichText?
    public var weights: RichText?
    /// The operator box before this layer, by its label (`softmax`).
    public var op: RichText?
    /// The values shown, by unit number (empty: none).
    public var values: [Double]
    public var dropped: Set<Int>
    public var highlighted: Set<Int>
    /// A tensor layer's shape (drawn as a box); nil: units.
    public var shape: TensorShape? = nil
    /// In a block chain, the step written in the gap before this layer ("conv 5×5").
    public var link: RichText? = nil
    /// The side of the conv kernel or pooling window that makes this layer, drawn on the box
    /// before; nil: none.
    public var window: Int? = nil

    /// The slot where unit `index` is drawn, if it is drawn.
    public func slot(ofUnit index: Int) -> Int? { slots.firstIndex(of: .unit(index)) }

    /// The slot of the bias unit, if any.
    public var biasSlot: Int? { slots.firstIndex(of: .bias) }
  }

  /// An edge from slot `fromSlot` of layer `layer − 1` to slot `toSlot` of `layer`.
  public struct Edge: Sendable, Hashable {
    public var layer: Int
    public var fromSlot: Int
    public var toSlot: Int
    /// Part of a highlighted unit's fan-in.
    public var highlighted: Bool
    /// The edge's weight, given or drawn from `weights-seed`; nil: none.
    public var weight: Double? = nil
  }

  public struct Skip: Sendable, Hashable {
    public var from: Int
    public var to: Int
    public var label: RichText?
  }

  public var layers: [Layer]
  public var edges: [Edge]
  public var skips: [Skip]

  /// The largest |w| of the drawn edges' weights: the colour bar runs from −m to m; nil when
  /// no edge has a weight (or all are 0), and then there is no bar.
  public var weightMaximum: Double? {
    let m = edges.compactMap(\.weight).map(abs).max() ?? 0
    return m > 0 ? m : nil
  }

  /// Whether the layers are drawn as a chain of boxes (some layer is a tensor).
  public var isBlockChain: Bool { layers.contains { $0.shape != nil } }

  /// Drawn slots in the longest layer: what sets the spacing of units.
  public var longestColumn: Int { layers.map(\.slots.count).max() ?? 0 }
}
