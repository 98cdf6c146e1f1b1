/// One formula (or text mixing plain runs and `$…$`) as a chart of its own, for
/// `plotnn math`: the text at `padding` from the top left of a figure its extent plus
/// twice the padding large (the caller measures it), on `background` or transparent.
public struct FormulaChart: Chart {
  public var text: RichText
  public var style: TextStyle
  public var padding: Double
  public var fonts: FontFamilies
  public var background: Color?

  public init(text: RichText, style: TextStyle, padding: Double, fonts: FontFamilies, background: Color? = nil) {
    self.text = text
    self.style = style
    self.padding = padding
    self.fonts = fonts
    self.background = background
  }

  /// The formula at its padding; the image is sized to it, so nothing is ever left out.
  public func draw(on canvas: Canvas, size: Size, tolerance: Double) -> LayoutNotes {
    if let background {
      canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), color: background)
    }
    canvas.text(text, at: Point(padding, padding), style: style, anchor: TextAnchor(.left, .top))
    return LayoutNotes()
  }

  public var documentTitle: String? { text.plainText }
  public var fontFamilies: FontFamilies { fonts }
}

extension FontFamilies {
  /// The OpenType math font designed with a text family, nil for one without a known
  /// partner. Decision: the math font follows the text font (`--font "TeX Gyre Termes"`
  /// sets formulas in TeX Gyre Termes Math) unless a math font is named: DejaVu → DejaVu
  /// Math TeX Gyre, Latin Modern → Latin Modern Math, each TeX Gyre family → its Math.
  public static func mathPartner(ofText family: String) -> String? {
    let key = family.lowercased()
    if key.hasPrefix("dejavu") { return "DejaVu Math TeX Gyre" }
    if key.hasPrefix("latin modern") || key.hasPrefix("lm ") { return "Latin Modern Math" }
    for gyre in ["termes", "pagella", "bonum", "schola"] where key.hasPrefix("tex gyre " + gyre) {
      return "TeX Gyre " + gyre.prefix(1).uppercased() + gyre.dropFirst() + " Math"
    }
    if key.hasPrefix("tex gyre heros") { return "TeX Gyre DejaVu Math" }
    return nil
  }
}
