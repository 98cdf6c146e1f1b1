/// The rules of a block chain: a network with a layer of `type: tensor` is drawn as boxes
/// (``NetworkBlockLayout``), so it takes what a box shows (shapes, sizes, names, conv and
/// pool steps, a label over a gap) and refuses what only units can show.
extension NetworkRules {
  var isBlockChain: Bool { figure.layers.contains { $0.shape != nil } }

  func checkBlocks() throws(FigureSpecError) {
    let layers = figure.layers
    for (i, layer) in layers.enumerated() {
      if let shape = layer.shape {
        for (side, value) in [("width", shape.width), ("height", shape.height), ("channels", shape.channels)] {
          guard (1...TensorShape.maximumSide).contains(value) else {
            throw fault(i, "a tensor's \(side) must be from 1 to \(TensorShape.maximumSide) (got \(value))")
          }
        }
      }
      guard isBlockChain else {
        if layer.conv != nil || layer.pool != nil { throw fault(i, "conv and pool go into a layer of type: tensor") }
        continue
      }
      let unitOnly: [(String, Bool)] = [
        ("labels", !layer.labels.isEmpty), ("bias", layer.bias), ("dropout", layer.dropout != nil),
        ("highlight", !layer.highlight.isEmpty), ("edges", layer.edges != nil), ("values", !layer.values.isEmpty),
        ("operator", layer.op != nil), ("weights matrix", layer.weightMatrix != nil),
      ]
      if let (key, _) = unitOnly.first(where: { $0.1 }) {
        throw fault(i, "\(key) is drawn on units; a chain with tensor layers draws boxes")
      }
      if layer.conv != nil && layer.pool != nil { throw fault(i, "takes conv or pool, not both") }
      guard layer.conv != nil || layer.pool != nil else { continue }
      guard i > 0, let before = layers[i - 1].shape, let shape = layer.shape else {
        throw fault(i, "conv and pool make a tensor layer from the tensor layer before it")
      }
      if let k = layer.conv {
        // Stride 1, no padding: each side loses k − 1.
        guard k >= 1, k <= min(before.width, before.height) else {
          throw fault(
            i, "conv \(k)×\(k) must be from 1 to the smaller side before, \(min(before.width, before.height))")
        }
        let (w, h) = (before.width - k + 1, before.height - k + 1)
        guard (w, h) == (shape.width, shape.height) else {
          throw fault(
            i,
            "conv \(k)×\(k) of \(before.width)×\(before.height) gives \(w)×\(h) (stride 1, no padding), not \(shape.width)×\(shape.height)"
          )
        }
      }
      if let p = layer.pool {
        guard p >= 1, before.width % p == 0, before.height % p == 0 else {
          throw fault(i, "pool \(p)×\(p) must divide both sides before, \(before.width)×\(before.height)")
        }
        let (w, h) = (before.width / p, before.height / p)
        guard (w, h, before.channels) == (shape.width, shape.height, shape.channels) else {
          throw fault(
            i, "pool \(p)×\(p) of \(before.text) gives \(w)×\(h)×\(before.channels) (stride \(p)), not \(shape.text)")
        }
      }
    }
    guard isBlockChain else { return }
    if !figure.skips.isEmpty {
      throw .value("skips", "are drawn between units; a chain with tensor layers draws boxes")
    }
    if figure.compareDropout { throw .value("compare-dropout", "needs units; a chain with tensor layers draws boxes") }
    if figure.orientation != .leftToRight {
      throw .value("orientation", "a chain with tensor layers runs left to right")
    }
    if figure.weightsSeed != nil { throw .value("weights-seed", "needs edges; a chain with tensor layers draws boxes") }
  }

  /// The text between block i − 1 and block i: the `weights` label if given, else the step
  /// that makes it: "conv 5×5", "pool 2×2", "flatten" (a tensor into units), "dense" (units
  /// into units); nil before the first.
  func blockLink(_ i: Int) -> String? {
    guard i > 0 else { return nil }
    let layer = figure.layers[i]
    if let label = layer.weights { return label }
    if let k = layer.conv { return "conv \(k)×\(k)" }
    if let p = layer.pool { return "pool \(p)×\(p)" }
    if layer.shape == nil { return figure.layers[i - 1].shape == nil ? "dense" : "flatten, dense" }
    return nil
  }
}
