extension NetworkLayout {
  func extent(_ t: RichText?, _ s: TextStyle, _ canvas: Canvas) -> TextExtent {
    guard let t, !t.isEmpty else { return TextExtent(width: 0, height: 0, baseline: 0) }
    return canvas.measure(t, style: s)
  }

  /// The widest and tallest of `texts`.
  func largest(_ texts: [RichText?], _ s: TextStyle, _ canvas: Canvas) -> (width: Double, height: Double) {
    let e = texts.map { extent($0, s, canvas) }
    return (e.map(\.width).max() ?? 0, e.map(\.height).max() ?? 0)
  }

  /// The value texts of layer `i`, by slot (nil where none).
  func valueTexts(_ i: Int) -> [RichText?] {
    let layer = diagram.layers[i]
    guard !layer.values.isEmpty else { return [] }
    return layer.slots.map { slot -> RichText? in
      guard case .unit(let u) = slot else { return nil }
      return .plain(
        Self.format(layer.values[u], computed: i > 0 && layer.op != nil && diagram.layers[i - 1].values.count > 0))
    }
  }

  /// A value as written: given ones as typed (6 significant digits), computed ones (an
  /// operator's outputs, probabilities) to 3 decimals, the book's precision (0.879,
  /// 0.119, 0.002); minus signs as U+2212.
  static func format(_ v: Double, computed: Bool) -> String {
    computed ? NumberFormat.fixed(v, decimals: 3) : NumberFormat.significant(v, digits: 6)
  }

  /// Whether some neighbours among `texts`, one a layer centred on its column, would come
  /// within 6 points of each other.
  /// `step` 2: neighbours on the same row of two.
  func crowded(_ texts: [RichText?], _ s: TextStyle, _ canvas: Canvas, step: Int = 1) -> Bool {
    let widths = texts.map { extent($0, s, canvas).width }
    return widths.indices.dropFirst(step).contains { i in
      (widths[i - step] + widths[i]) / 2 + 6 > abs(axis(i) - axis(i - step))
    }
  }

  /// The baseline of layer i's name (left to right).
  func nameBaseline(_ i: Int) -> Double { nameLine + (i % 2 == 1 ? nameRowStep : 0) }

  /// The bottom of layer i's activation (left to right).
  func activationBottom(_ i: Int) -> Double { activationLine - (i % 2 == 1 ? activationRowStep : 0) }

}
