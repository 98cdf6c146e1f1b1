import CCairo
import PlotNNCore

/// Turns a ``RichText`` into a Pango layout's text and attribute list.
///
/// Each run's attributes cover exactly its bytes of the UTF-8 text (runs never overlap):
/// italic → `pango_attr_style_new`, bold or normal → `pango_attr_weight_new`, `<tt>` → the
/// style's monospace families, a named family → that family then the style's, a colour →
/// `pango_attr_foreground_new` (and `…_alpha_new` below opaque), script levels → size and
/// rise from ``TextAttributes/scriptMetrics(baseSize:)`` in Pango units (1/1024 pt, rounded to
/// the nearest) through `pango_attr_size_new` and `pango_attr_rise_new`. A math node reaching
/// here is drawn as its source (``CairoCanvas`` lays formulas out itself).
enum PangoText {
  /// Sets `text` and its attributes on `layout`, replacing whatever it held.
  static func set(_ text: RichText, style: TextStyle, on layout: OpaquePointer) {
    var string = ""
    guard let list = pango_attr_list_new() else {
      pango_layout_set_text(layout, text.plainText, -1)
      return
    }
    defer { pango_attr_list_unref(list) }
    for node in text.nodes {
      let run: TextRun
      switch node {
      case .run(let r): run = r
      case .math(let source, _): run = TextRun(source)
      }
      let start = UInt32(truncatingIfNeeded: string.utf8.count)
      string += run.text
      let end = UInt32(truncatingIfNeeded: string.utf8.count)
      for attribute in attributes(run.attributes, style: style) {
        attribute.pointee.start_index = start
        attribute.pointee.end_index = end
        pango_attr_list_insert(list, attribute)
      }
    }
    pango_layout_set_text(layout, string, Int32(truncatingIfNeeded: string.utf8.count))
    pango_layout_set_attributes(layout, list)
  }

  /// New Pango attributes (owned by the caller) for a run's `attributes`.
  private static func attributes(_ a: TextAttributes, style: TextStyle) -> [UnsafeMutablePointer<PangoAttribute>] {
    var out: [UnsafeMutablePointer<PangoAttribute>?] = []
    if a.italic { out.append(pango_attr_style_new(PANGO_STYLE_ITALIC)) }
    if let bold = a.bold { out.append(pango_attr_weight_new(bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)) }
    if let family = a.family {
      out.append(pango_attr_family_new(([family] + style.families).joined(separator: ",")))
    } else if a.monospace {
      out.append(pango_attr_family_new(style.monospaceFamilies.joined(separator: ",")))
    }
    if let c = a.color {
      let channel = { (v: Double) in UInt16((min(max(v.isNaN ? 0 : v, 0), 1) * 65535).rounded()) }
      out.append(pango_attr_foreground_new(channel(c.red), channel(c.green), channel(c.blue)))
      if c.alpha < 1 { out.append(pango_attr_foreground_alpha_new(channel(c.alpha))) }
    }
    if !a.scripts.isEmpty {
      let (size, rise) = a.scriptMetrics(baseSize: style.size)
      out.append(pango_attr_size_new(pangoUnits(size)))
      out.append(pango_attr_rise_new(pangoUnits(rise)))
    }
    return out.compactMap { $0 }
  }

  /// `points` in Pango units (1/1024 pt), rounded to the nearest, clamped to ±2²⁰ pt.
  static func pangoUnits(_ points: Double) -> Int32 {
    let units = (points * Double(PANGO_SCALE)).rounded()
    guard units.isFinite else { return 0 }
    return Int32(min(max(units, -1_073_741_824), 1_073_741_824))
  }
}
