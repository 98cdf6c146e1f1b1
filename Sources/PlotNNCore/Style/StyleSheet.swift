/// Part of a ``Style``: the values a style sheet sets, each nil where it leaves the style
/// below it alone. A built-in style (``StyleSheet/builtIn(_:)``), a YAML style file, a
/// manifest's `style:` and the `--font`/`--font-size` flags are each one sheet; sheets are
/// stacked with ``layered(over:)`` (the later wins, key by key) and applied to the figure's
/// theme with ``apply(to:)``.
///
/// Decision: built-in sheets set only what they change from `book` (today's default), so
/// `--style paper --style dark` is a dark paper figure: paper's fonts and sizes, dark's
/// colours. `plotnn styles --show NAME` prints the whole resolved style instead, to start
/// a file from.
public struct StyleSheet: Sendable, Hashable {
  /// Font families by fontconfig name, each nil to keep the one below.
  public struct Fonts: Sendable, Hashable {
    public var text: String?
    public var cjk: String?
    public var math: String?
    public var monospace: String?
    public init(text: String? = nil, cjk: String? = nil, math: String? = nil, monospace: String? = nil) {
      (self.text, self.cjk, self.math, self.monospace) = (text, cjk, math, monospace)
    }
  }

  /// Colours of the figure's parts other than the background and the series.
  public struct Colors: Sendable, Hashable {
    public var foreground: Color?
    public var muted: Color?
    public var grid: Color?
    public var axis: Color?
    public var panel: Color?
    public init() {}
  }

  public var fonts = Fonts()
  /// ``Style/baseSize``, in points.
  public var fontSize: Double?
  public var headingScale: Double?
  /// ``Style/width`` in points, with the text it was written as (`3.25in`), kept for printing.
  public var width: Double?
  public var aspect: Double?
  public var curveWidth: Double?
  public var axisWidth: Double?
  public var gridWidth: Double?
  public var palette: [Color]?
  public var functionDashes: [[Double]]?
  public var derivativeDashes: [[Double]]?
  public var background: Color?
  public var transparent: Bool?
  public var colors = Colors()
  public var grid: Bool?
  public var axes: LineChart.AxesStyle?
  public var ticks: TickDirection?
  /// ``Style/legendPlacement``: `auto`, a corner, outside right or bottom, or `none`.
  public var legend: LineChart.LegendPlacement?
  public var margin: Double?

  public init() {}

  /// This sheet on top of `base`: every value this one sets wins, the rest is `base`'s.
  public func layered(over base: StyleSheet) -> StyleSheet {
    func pick<T>(_ path: WritableKeyPath<StyleSheet, T?>) -> T? { self[keyPath: path] ?? base[keyPath: path] }
    var out = StyleSheet()
    out.fonts = Fonts(
      text: fonts.text ?? base.fonts.text, cjk: fonts.cjk ?? base.fonts.cjk, math: fonts.math ?? base.fonts.math,
      monospace: fonts.monospace ?? base.fonts.monospace)
    out.colors.foreground = colors.foreground ?? base.colors.foreground
    out.colors.muted = colors.muted ?? base.colors.muted
    out.colors.grid = colors.grid ?? base.colors.grid
    out.colors.axis = colors.axis ?? base.colors.axis
    out.colors.panel = colors.panel ?? base.colors.panel
    out.fontSize = pick(\.fontSize)
    out.headingScale = pick(\.headingScale)
    out.width = pick(\.width)
    out.aspect = pick(\.aspect)
    out.curveWidth = pick(\.curveWidth)
    out.axisWidth = pick(\.axisWidth)
    out.gridWidth = pick(\.gridWidth)
    out.palette = pick(\.palette)
    out.functionDashes = pick(\.functionDashes)
    out.derivativeDashes = pick(\.derivativeDashes)
    out.background = pick(\.background)
    out.transparent = pick(\.transparent)
    out.grid = pick(\.grid)
    out.axes = pick(\.axes)
    out.ticks = pick(\.ticks)
    out.legend = pick(\.legend)
    out.margin = pick(\.margin)
    return out
  }

  /// `sheets` stacked in order, the last on top.
  public static func layered(_ sheets: [StyleSheet]) -> StyleSheet {
    sheets.reduce(StyleSheet()) { $1.layered(over: $0) }
  }

  /// `style` with every value this sheet sets.
  ///
  /// Decision: strokes follow the text. A sheet that changes the base size but not the
  /// line widths (`--font-size 20`, a file with only `font-size:`) scales `style`'s curve,
  /// axis and grid widths and its dash patterns by the ratio of the sizes, so a figure with
  /// 20 pt text has 4.4 pt curves, not hairlines beside its labels, and its dashes keep
  /// their look; marker sizes, jump dots and arrowheads follow the widths
  /// (``CurveMarker/size(lineWidth:)``, ``Style/jumpDot``, ``Style/arrowhead``). A width
  /// or pattern the sheet sets is taken as given.
  public func apply(to style: inout Style) {
    func set<T>(_ value: T?, _ path: WritableKeyPath<Style, T>) { if let value { style[keyPath: path] = value } }
    if let fontSize, style.baseSize > 0, fontSize != style.baseSize {
      let k = fontSize / style.baseSize
      if curveWidth == nil { style.curveWidth *= k }
      if axisWidth == nil { style.axisWidth *= k }
      if gridWidth == nil { style.gridWidth *= k }
      let scaled = { (p: [[Double]]) in p.map { $0.map { $0 < 0.1 ? $0 : $0 * k } } }
      if functionDashes == nil { style.functionDashes = scaled(style.functionDashes) }
      if derivativeDashes == nil { style.derivativeDashes = scaled(style.derivativeDashes) }
    }
    set(fonts.text, \.fonts.text)
    set(fonts.cjk, \.fonts.cjk)
    set(fonts.math, \.fonts.math)
    set(fonts.monospace, \.fonts.monospace)
    set(fontSize, \.baseSize)
    set(headingScale, \.headingScale)
    if let width { style.width = width }
    if let aspect { style.aspect = aspect }
    set(curveWidth, \.curveWidth)
    set(axisWidth, \.axisWidth)
    set(gridWidth, \.gridWidth)
    set(palette, \.palette)
    set(functionDashes, \.functionDashes)
    set(derivativeDashes, \.derivativeDashes)
    set(background, \.background)
    set(transparent, \.transparent)
    set(colors.foreground, \.foreground)
    set(colors.muted, \.muted)
    set(colors.grid, \.grid)
    set(colors.axis, \.axis)
    set(colors.panel, \.panel)
    set(grid, \.showGrid)
    set(axes, \.axes)
    set(ticks, \.tickDirection)
    set(legend, \.legendPlacement)
    set(margin, \.margin)
  }

  /// The style of `theme` with this sheet applied.
  public func style(theme: Theme = .light) -> Style {
    var style = Style(theme: theme)
    apply(to: &style)
    return style
  }

  /// Whether the sheet sets nothing.
  public var isEmpty: Bool { self == StyleSheet() }
}
