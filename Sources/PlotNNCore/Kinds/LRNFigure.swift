/// The local response normalisation schematic of section 3.6.7 (``LRNChart``): a stack of
/// N channel maps, the position (x, y) highlighted in channel i and in the channels its
/// sum runs over, the window's ends written as the formula gives them.
public struct LRNFigure: FigureKind, Hashable {
  public static let id = "lrn"
  public static let summary = "Draw the local response normalisation window across channels (section 3.6.7)"
  public static let defaultSize = FigureSize(px: 760, 440)
  public static let keys: [FigureKey<Self>] = [
    .integer("channels", \.channels), .integer("channel", \.channel), .integer("depth", \.depth),
    .integer("grid", \.grid), .integer("x", \.x), .integer("y", \.y),
  ]

  /// Most channels drawn.
  public static let maximumChannels = 24
  /// Most cells along a map's side.
  public static let maximumGrid = 12

  /// N, the channel count.
  public var channels: Int? = 8
  /// i, the channel normalised (0-based).
  public var channel: Int? = 3
  /// n, the window's size parameter (the sum runs over n/2 channels each side).
  public var depth: Int? = 4
  /// Cells along each side of a channel map.
  public var grid: Int? = 5
  /// The position (x, y) in the map, 0-based.
  public var x: Int? = 2
  public var y: Int? = 1

  public init() {}

  public var window: LRNWindow { LRNWindow(channels: channels ?? 8, channel: channel ?? 3, n: depth ?? 4) }

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    try FieldRules.within(channels, 1...Self.maximumChannels, "channels")
    try FieldRules.within(channel, 0...((channels ?? 8) - 1), "channel")
    try FieldRules.within(depth, 0...(2 * Self.maximumChannels), "depth")
    try FieldRules.within(grid, 1...Self.maximumGrid, "grid")
    try FieldRules.within(x, 0...((grid ?? 5) - 1), "x")
    try FieldRules.within(y, 0...((grid ?? 5) - 1), "y")
  }

  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    var chart = LRNChart(window: window, grid: grid ?? 5, x: x ?? 2, y: y ?? 1)
    chart.style = spec.resolvedStyle
    if let title = spec.resolvedTitle(automatic: "局部响应归一化 (LRN): 沿通道方向求和") {
      chart.title = try FigureText.richText(title, field: "title")
    }
    chart.subtitle = try FigureText.richText(
      #"$b_{x,y}^i = a_{x,y}^i / \left(k + \alpha \sum_{j=\max(0,i-n/2)}^{\min(N-1,i+n/2)} (a_{x,y}^j)^2 \right)^\beta$"#,
      field: "title")
    return chart
  }
}
