/// Every rule about a ``NetworkFigure``'s options, and its resolution into a
/// ``NetworkDiagram``: the one place they are written (DESIGN.md, "One validation path").
/// Each fault names the layer (1-based, with its name: `layers, layer 2 (隐藏层): …`) or the
/// key at fault.
struct NetworkRules {
  let figure: NetworkFigure

  /// Units drawn at the start and at the end of an elided layer, around "⋮ n".
  static let elidedHead = 3
  static let elidedTail = 2

  private var elideAbove: Int { figure.elideAbove ?? NetworkFigure.defaultElideAbove }

  func fault(_ index: Int, _ text: String) -> FigureSpecError {
    let layer = figure.layers[index]
    let name = layer.name.map { " (\($0))" } ?? ""
    return FigureSpecError(field: "layers", message: "\(field: "layers"), layer \(index + 1)\(name): \(text)")
  }

  func check() throws(FigureSpecError) {
    let layers = figure.layers
    guard (1...NetworkFigure.maximumLayers).contains(layers.count) else {
      throw .value("layers", "must hold 1 to \(NetworkFigure.maximumLayers) layers (got \(layers.count))")
    }
    try FieldRules.within(figure.elideAbove, NetworkFigure.elisionRange, "elide-above")
    for (i, layer) in layers.enumerated() {
      guard layer.shape != nil || (1...NetworkFigure.maximumUnits).contains(layer.size) else {
        throw fault(i, "size must be from 1 to \(NetworkFigure.maximumUnits) units (got \(layer.size))")
      }
      if !layer.labels.isEmpty && layer.labels.count != layer.size {
        throw fault(i, "labels must give one label per unit, \(layer.size) (got \(layer.labels.count))")
      }
      for text in layer.labels + [layer.name, layer.activation, layer.weights, layer.op].compactMap({ $0 }) {
        do { _ = try RichText(markup: text) } catch {
          throw fault(i, "'\(text)' is not valid markup: \(error.description)")
        }
      }
      if let d = layer.dropout, !(d.rate.isFinite && d.rate >= 0 && d.rate < 1) {
        throw fault(i, "dropout rate must be at least 0 and below 1 (got \(d.rate))")
      }
      if let bad = layer.highlight.first(where: { !(0..<layer.size).contains($0) }) {
        throw fault(i, "highlight names unit \(bad), but the units are 0 to \(layer.size - 1)")
      }
      if !layer.values.isEmpty && layer.values.count != layer.size {
        throw fault(i, "values must give one number per unit, \(layer.size) (got \(layer.values.count))")
      }
      if let bad = layer.values.first(where: { !$0.isFinite }) { throw fault(i, "values must be finite (got \(bad))") }
      if layer.bias && i == layers.count - 1 { throw fault(i, "bias: the last layer has no next layer to feed") }
      if i == 0 {
        if layer.edges != nil { throw fault(i, "edges: the first layer has no layer before it") }
        if layer.op != nil { throw fault(i, "operator: the first layer has no layer before it") }
        if layer.weights != nil || layer.weightMatrix != nil {
          throw fault(i, "weights: the first layer has no edges into it")
        }
        continue
      }
      let previous = layers[i - 1]
      if layer.op != nil && layer.edges != nil { throw fault(i, "takes edges or an operator, not both") }
      if let matrix = layer.weightMatrix {
        if layer.op != nil { throw fault(i, "weights: an operator's arrows carry no weights") }
        try checkMatrix(matrix, i)
      }
      if let edges = layer.edges {
        let fromLimit = previous.size + (previous.bias ? 1 : 0)
        for edge in edges {
          guard edge.count == 2 else { throw fault(i, "an edge is [from, to] (got \(edge))") }
          guard (0..<fromLimit).contains(edge[0]) else {
            throw fault(
              i,
              "edge \(edge) starts at unit \(edge[0]) of the layer before, which has units 0 to \(fromLimit - 1)"
                + (previous.bias ? " (\(previous.size) is its bias)" : ""))
          }
          guard (0..<layer.size).contains(edge[1]) else {
            throw fault(i, "edge \(edge) ends at unit \(edge[1]), but the layer has units 0 to \(layer.size - 1)")
          }
        }
      }
      if i > 0 && !layer.values.isEmpty && i < layers.count - 1 && layers[i + 1].op == nil {
        throw fault(i, "values are shown before the first layer, after the last, or on the arrows into an operator")
      }
    }
    for skip in figure.skips {
      guard (0..<layers.count).contains(skip.from), (0..<layers.count).contains(skip.to) else {
        throw .value("skips", "must join layers 0 to \(layers.count - 1) (got from \(skip.from) to \(skip.to))")
      }
      guard skip.to > skip.from + 1 else {
        throw .value(
          "skips",
          "must go forward past at least one layer, from an earlier layer to a later one (got from \(skip.from) to \(skip.to))"
        )
      }
      if let label = skip.label { try FigureText.checkMarkup(label, field: "skips") }
    }
    try checkBlocks()
    if let seed = figure.weightsSeed, seed < 0 {
      throw .value("weights-seed", "must be a whole number from 0 (got \(seed))")
    }
    if figure.compareDropout && !layers.contains(where: { $0.dropout != nil }) {
      throw .value("compare-dropout", "needs a layer with dropout to compare with")
    }
    if !figure.panelTitles.isEmpty && figure.panelTitles.count != 2 {
      throw .value("panel-titles", "must give two titles, the standard and the thinned network's")
    }
  }

  /// A weights matrix's shape: one row per unit of layer i, each with one number per unit of
  /// the layer before (one more for its bias, if it has one), all finite.
  private func checkMatrix(_ matrix: [[Double]], _ i: Int) throws(FigureSpecError) {
    let rows = figure.layers[i].size
    let previous = figure.layers[i - 1]
    let columns = previous.size
    let shape =
      "weights must be a \(rows) × \(columns) matrix, a row per unit of this layer, a number per unit of the layer before"
      + (previous.bias ? " (\(rows) × \(columns + 1) with a last column for its bias)" : "")
    guard matrix.count == rows else { throw fault(i, "\(shape) (got \(matrix.count) rows)") }
    for (k, row) in matrix.enumerated() {
      guard row.count == columns || (previous.bias && row.count == columns + 1) else {
        throw fault(i, "\(shape) (row \(k + 1) has \(row.count) numbers)")
      }
      if let bad = row.first(where: { !$0.isFinite }) { throw fault(i, "weights must be finite (got \(bad))") }
    }
  }

  /// The weight of the edge from unit `s` (the previous layer's size: its bias) to unit `t`
  /// of layer i: the matrix's, else the seed's, else none.
  func weight(layer i: Int, from s: Int, to t: Int) -> Double? {
    let previous = figure.layers[i - 1]
    if let matrix = figure.layers[i].weightMatrix {
      return s < matrix[t].count ? matrix[t][s] : nil
    }
    guard let seed = figure.weightsSeed else { return nil }
    let columns = previous.size + (previous.bias ? 1 : 0)
    return NetworkWeights.random(seed: UInt64(seed), layer: i, from: s, to: t, columns: columns)
  }

  /// The slots a layer of `size` draws: every unit up to ``elideAbove``, else the first
  /// ``elidedHead``, the ellipsis and the last ``elidedTail``; then the bias.
  func slots(_ layer: NetworkLayer) -> [NetworkDiagram.Slot] {
    var slots: [NetworkDiagram.Slot]
    if layer.size > elideAbove {
      let head = (0..<Self.elidedHead).map { NetworkDiagram.Slot.unit($0) }
      let tail = (layer.size - Self.elidedTail..<layer.size).map { NetworkDiagram.Slot.unit($0) }
      let hidden = layer.size - Self.elidedHead - Self.elidedTail
      slots = head + [.ellipsis(hidden: hidden, total: layer.size)] + tail
    } else {
      slots = (0..<layer.size).map { .unit($0) }
    }
    if layer.bias { slots.append(.bias) }
    return slots
  }

  /// The diagram, with dropout applied or not (the standard network of a comparison).
  func resolved(dropout: Bool = true) throws(FigureSpecError) -> NetworkDiagram {
    try check()
    var layers: [NetworkDiagram.Layer] = []
    func parse(_ text: String?) throws(FigureSpecError) -> RichText? {
      guard let text else { return nil }
      return try FigureText.richText(text, field: "layers")
    }
    for (i, layer) in figure.layers.enumerated() {
      var values = layer.values
      if values.isEmpty, i > 0, let op = layer.op,
        let computed = NetworkOperator.apply(op, to: figure.layers[i - 1].values),
        computed.count == layer.size
      {
        values = computed
      }
      var labels: [RichText] = []
      for label in layer.labels { labels.append(try FigureText.richText(label, field: "layers")) }
      layers.append(
        NetworkDiagram.Layer(
          size: layer.size, slots: layer.shape == nil ? slots(layer) : [], labels: labels, name: try parse(layer.name),
          activation: try parse(layer.activation), weights: try parse(layer.weights), op: try parse(layer.op),
          values: values, dropped: dropout ? Set(layer.dropout?.droppedUnits(of: layer.size) ?? []) : [],
          highlighted: Set(layer.highlight), shape: layer.shape,
          link: isBlockChain ? try parse(blockLink(i)) : nil, window: layer.conv ?? layer.pool))
    }
    if isBlockChain { return NetworkDiagram(layers: layers, edges: [], skips: []) }
    var edges: [NetworkDiagram.Edge] = []
    for i in layers.indices.dropFirst() where figure.layers[i].op == nil {
      let (from, to) = (layers[i - 1], layers[i])
      let pairs: [(Int, Int)]
      if let listed = figure.layers[i].edges {
        pairs = listed.map { ($0[0], $0[1]) }
      } else {
        // Only the drawn units: a 100 000-unit layer has 5 drawn, and 10¹⁰ pairs would
        // never finish.
        let drawn = { (layer: NetworkDiagram.Layer) in
          layer.slots.compactMap { slot -> Int? in if case .unit(let u) = slot { u } else { nil } }
        }
        let sources = drawn(from) + (from.biasSlot == nil ? [] : [from.size])
        let targets = drawn(to)
        pairs = sources.flatMap { s in targets.map { (s, $0) } }
      }
      for (s, t) in pairs {
        let fromSlot = s == from.size ? from.biasSlot : from.slot(ofUnit: s)
        guard let fromSlot, let toSlot = to.slot(ofUnit: t) else { continue }
        if s < from.size && from.dropped.contains(s) { continue }
        if to.dropped.contains(t) { continue }
        edges.append(
          NetworkDiagram.Edge(
            layer: i, fromSlot: fromSlot, toSlot: toSlot, highlighted: to.highlighted.contains(t),
            weight: weight(layer: i, from: s, to: t)))
      }
    }
    var skips: [NetworkDiagram.Skip] = []
    for skip in figure.skips {
      skips.append(NetworkDiagram.Skip(from: skip.from, to: skip.to, label: try parse(skip.label)))
    }
    return NetworkDiagram(layers: layers, edges: edges, skips: skips)
  }
}
