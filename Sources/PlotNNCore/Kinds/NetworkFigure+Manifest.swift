/// Reading a network's layers and skips from the manifest: types only, every rule about
/// the values is ``NetworkRules``'.
enum NetworkManifest {
  typealias Problem = ManifestProblem

  /// The keys a layer mapping takes.
  static let layerKeys = [
    "size", "name", "labels", "bias", "activation", "dropout", "highlight", "edges", "values", "operator", "weights",
    "type", "shape", "conv", "pool",
  ]

  /// A list of layers: each a mapping of ``layerKeys``, or a bare size (`[3, 4, 4, 3]`).
  static func layers(_ node: ManifestNode) throws(Problem) -> [NetworkLayer] {
    try ManifestReader.list(node, layer)
  }

  static func layer(_ node: ManifestNode) throws(Problem) -> NetworkLayer {
    guard case .mapping(let entries, _) = node else {
      return NetworkLayer(size: try ManifestReader.integer(node))
    }
    var layer: NetworkLayer
    if let typeEntry = entries.first(where: { $0.key == "type" }),
      try ManifestReader.choice(typeEntry.value, ["units", "tensor"]) == "tensor"
    {
      guard let shapeEntry = entries.first(where: { $0.key == "shape" }) else {
        throw Problem("a tensor layer needs a shape [width, height, channels]", line: node.line)
      }
      layer = NetworkLayer(tensor: try shape(shapeEntry.value))
      if entries.contains(where: { $0.key == "size" }) {
        throw Problem("a tensor layer's size is its shape's product: give the shape only", line: node.line)
      }
    } else {
      if let shapeEntry = entries.first(where: { $0.key == "shape" }) {
        throw Problem("shape is for a layer of type: tensor", line: shapeEntry.line)
      }
      guard let sizeEntry = entries.first(where: { $0.key == "size" }) else {
        throw Problem("a layer needs a size (a whole number of units)", line: node.line)
      }
      layer = NetworkLayer(size: try ManifestReader.integer(sizeEntry.value))
    }
    for entry in entries {
      let value = entry.value
      switch entry.key {
      case "size", "type", "shape": break
      case "conv": layer.conv = try ManifestReader.integer(value)
      case "pool": layer.pool = try ManifestReader.integer(value)
      case "name": layer.name = try ManifestReader.string(value)
      case "labels": layer.labels = try ManifestReader.list(value, ManifestReader.string)
      case "bias": layer.bias = try ManifestReader.bool(value)
      case "activation": layer.activation = try ManifestReader.string(value)
      case "dropout": layer.dropout = try dropout(value)
      case "highlight": layer.highlight = try ManifestReader.list(value, ManifestReader.integer)
      case "edges": layer.edges = try ManifestReader.list(value, pair)
      case "values": layer.values = try ManifestReader.list(value, ManifestReader.number)
      case "operator": layer.op = try ManifestReader.string(value)
      case "weights": try weights(value, into: &layer)
      default:
        throw Problem(
          "a layer takes \(layerKeys.joined(separator: ", ")), not '\(entry.key)'", line: entry.line)
      }
    }
    return layer
  }

  /// `weights:` is a label (`$W^{(1)}$`), a matrix (`[[0.5, -1, 2], …]`, a row per unit of
  /// the layer), or both: `{label: $W^{(1)}$, matrix: [[…], …]}`.
  static func weights(_ node: ManifestNode, into layer: inout NetworkLayer) throws(Problem) {
    let row = { (n: ManifestNode) throws(Problem) -> [Double] in
      guard case .sequence = n else {
        throw Problem("a weights matrix is a list of rows, each a list of numbers (got \(n.summary))", line: n.line)
      }
      return try ManifestReader.list(n, ManifestReader.number)
    }
    switch node {
    case .sequence: layer.weightMatrix = try ManifestReader.list(node, row)
    case .mapping(let entries, _):
      for entry in entries {
        switch entry.key {
        case "label": layer.weights = try ManifestReader.string(entry.value)
        case "matrix": layer.weightMatrix = try ManifestReader.list(entry.value, row)
        default: throw Problem("weights takes label and matrix, not '\(entry.key)'", line: entry.line)
        }
      }
    default: layer.weights = try ManifestReader.string(node)
    }
  }

  /// `{rate: 0.5, seed: 1}`, or a bare rate (seed 0).
  static func dropout(_ node: ManifestNode) throws(Problem) -> Dropout {
    guard case .mapping(let entries, _) = node else { return Dropout(rate: try ManifestReader.number(node)) }
    var result = Dropout(rate: .nan)
    for entry in entries {
      switch entry.key {
      case "rate": result.rate = try ManifestReader.number(entry.value)
      case "seed":
        let seed = try ManifestReader.integer(entry.value)
        guard seed >= 0 else {
          throw Problem("a dropout seed is a whole number from 0 (got \(seed))", line: entry.line)
        }
        result.seed = UInt64(seed)
      default: throw Problem("dropout takes rate and seed, not '\(entry.key)'", line: entry.line)
      }
    }
    guard !result.rate.isNaN else { throw Problem("dropout needs a rate", line: node.line) }
    return result
  }

  /// A tensor's `[width, height, channels]`.
  static func shape(_ node: ManifestNode) throws(Problem) -> TensorShape {
    guard case .sequence(let items, _) = node, items.count == 3 else {
      throw Problem("a shape is [width, height, channels], three whole numbers (got \(node.summary))", line: node.line)
    }
    return TensorShape(
      width: try ManifestReader.integer(items[0]), height: try ManifestReader.integer(items[1]),
      channels: try ManifestReader.integer(items[2]))
  }

  /// An edge `[from, to]`.
  static func pair(_ node: ManifestNode) throws(Problem) -> [Int] {
    guard case .sequence(let items, _) = node, items.count == 2 else {
      throw Problem("an edge is [from, to], two unit numbers (got \(node.summary))", line: node.line)
    }
    return [try ManifestReader.integer(items[0]), try ManifestReader.integer(items[1])]
  }

  /// Skips: each `{from: 0, to: 2, label: identity}`.
  static func skips(_ node: ManifestNode) throws(Problem) -> [NetworkSkip] {
    try ManifestReader.list(node) { (item: ManifestNode) throws(Problem) -> NetworkSkip in
      guard case .mapping(let entries, _) = item else {
        throw Problem("a skip is a mapping {from: LAYER, to: LAYER, label: TEXT}", line: item.line)
      }
      var skip = NetworkSkip(from: -1, to: -1)
      for entry in entries {
        switch entry.key {
        case "from": skip.from = try ManifestReader.integer(entry.value)
        case "to": skip.to = try ManifestReader.integer(entry.value)
        case "label": skip.label = try ManifestReader.string(entry.value)
        default: throw Problem("a skip takes from, to and label, not '\(entry.key)'", line: entry.line)
        }
      }
      return skip
    }
  }
}

extension NetworkFigure {
  /// A network description file (`plotnn network --from-file net.yaml`): one mapping of the
  /// keys a `kind: network` manifest entry takes (layers, skips, weights-seed, title, …;
  /// `kind: network` optional, no name: `--out` names the file), read by the manifest's own
  /// decoder and validation, so its errors are the manifest's, `file:line: key '…': …`.
  public static func description(_ root: ManifestNode, file: String, schema: ManifestSchema) throws(ManifestError)
    -> FigureSpec
  {
    guard case .mapping(var entries, let line) = root else {
      throw ManifestError(
        file: file, line: root.line,
        message: "a network description is a mapping with layers: [...], got \(root.summary)")
    }
    if let named = entries.first(where: { $0.key == "name" }) {
      throw ManifestError(
        file: file, line: named.line, key: "name", message: "a network description has no name; --out names the file")
    }
    if let kind = entries.first(where: { $0.key == "kind" }), (try? ManifestReader.string(kind.value)) != id {
      throw ManifestError(
        file: file, line: kind.line, key: "kind", message: "a network description is kind: network (or no kind)")
    }
    entries.removeAll { $0.key == "kind" }
    entries.insert(ManifestNode.Entry(key: "kind", line: line, value: .scalar(id, line: line)), at: 0)
    entries.insert(ManifestNode.Entry(key: "name", line: line, value: .scalar("network", line: line)), at: 0)
    do {
      return try FigureDecoder(file: file, schema: schema, defaults: []).decode(.mapping(entries, line: line)).spec
    } catch {
      // The same place and key, without the figure name the manifest would give; a fault
      // of "layers, layer k" points at that layer's line.
      var line = error.line
      if error.key == "layers", let k = layerNumber(in: error.message),
        case .sequence(let items, _)? = entries.first(where: { $0.key == "layers" })?.value,
        items.indices.contains(k - 1)
      {
        line = items[k - 1].line
      }
      throw ManifestError(file: error.file, line: line, key: error.key, message: error.message)
    }
  }

  /// k of "layers, layer k" at the start of a rule's message.
  static func layerNumber(in message: String) -> Int? {
    guard let range = message.range(of: "layers, layer ") else { return nil }
    return Int(message[range.upperBound...].prefix { $0.isNumber })
  }
}
