import CCairo
import PlotNNCore
import Testing

@testable import PlotNNCairo

/// Rich text reaches Pango as plain text plus an attribute list, one text per fresh layout.
@Suite struct PangoTextTests {
  /// The attribute list `markup` gets at `size` points, as Pango prints it ("start end type value").
  static func attributes(_ markup: String, size: Double) throws -> [String] {
    let map = try #require(pango_cairo_font_map_new())
    defer { g_object_unref(UnsafeMutableRawPointer(map)) }
    let context = try #require(pango_font_map_create_context(map))
    defer { g_object_unref(UnsafeMutableRawPointer(context)) }
    let layout = try #require(pango_layout_new(context))
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    PangoText.set(try RichText(markup: markup), style: TextStyle(size: size, color: .black), on: layout)
    let list = try #require(pango_layout_get_attributes(layout))
    let text = try #require(pango_attr_list_to_string(list))
    defer { g_free(text) }
    return String(cString: text).split(separator: "\n").map(String.init)
  }

  /// The convention, stated here as the spec (not read from `scriptMetrics`): each script
  /// level is 70 % of its parent's size; a superscript rises 0.38 and a subscript drops 0.18 of
  /// its parent's size; Pango counts 1024 units a point and rounds. For 10 pt text: a
  /// superscript is 7 pt = 7168 units raised 3.8 pt = 3891 units (3891.2); a subscript drops
  /// 1.8 pt = −1843 units (−1843.2); the nested subscript of z_j is 4.9 pt = 5018 units (5017.6)
  /// at 3.8 − 0.18·7 = 2.54 pt = 2601 units (2600.96). Byte ranges count UTF-8: "θ" is two
  /// bytes. Fails if a size, a rise or a range differs by one unit.
  @Test func scriptsBecomeSizeAndRise() throws {
    #expect(try Self.attributes("e<sup>x</sup>", size: 10) == ["1 2 size 7168", "1 2 rise 3891"])
    #expect(try Self.attributes("θ<sub>1</sub>", size: 10) == ["2 3 size 7168", "2 3 rise -1843"])
    #expect(
      try Self.attributes("<i>e</i><sup><i>z</i><sub>j</sub></sup>", size: 10) == [
        "0 1 style italic", "1 2 style italic", "1 2 size 7168", "1 2 rise 3891", "2 3 size 5018", "2 3 rise 2601",
      ])
  }

  @Test func spansBecomeWeightColourAndFamily() throws {
    #expect(
      try Self.attributes("a<span weight=\"bold\" foreground=\"#FF0000\">b</span>", size: 10) == [
        "1 2 weight bold", "1 2 foreground #ffff00000000",
      ])
    #expect(
      try Self.attributes("<tt>x</tt>", size: 10) == ["0 1 family \"DejaVu Sans Mono,Noto Sans CJK SC\""])
  }

  /// Each text starts from nothing: a plain text measured after a bold one is as wide as
  /// the same text measured first (the old shared layout kept the previous markup when new
  /// markup failed to parse).
  @Test func noTextInheritsFromTheOneBefore() throws {
    try FontFallbackTests.withCanvas { canvas in
      let style = TextStyle(size: 12, color: .black)
      let plain = canvas.measure(.plain("mmmm"), style: style)
      let bold = canvas.measure(try RichText(markup: "<b>mmmm</b> <i>and</i> <sup>more</sup>"), style: style)
      #expect(bold.width > plain.width)
      #expect(canvas.measure(.plain("mmmm"), style: style) == plain)
    }
  }
}
