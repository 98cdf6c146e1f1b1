/// A note on a line chart in data coordinates: a reference line, a shaded span, a text at
/// a point or an arrow, each with an optional label (``LineChart/dataAnnotations``).
///
/// Decisions: reference lines are dotted in the style's muted colour, as matplotlib's
/// `axhline(ls=":")` asymptotes of textbooks; spans are filled with the muted colour at
/// ``spanOpacity`` of the background, opaque and under the grid, so grid and curves read
/// through; the label goes through the chart's one ``FreeSpace`` like every other text
/// (never on a curve, never clipped, left out when no place is free) unless ``pin`` fixes
/// where it goes.
public struct DataAnnotation: Sendable, Hashable {
  public enum Shape: Sendable, Hashable {
    /// y = value across the plot.
    case horizontalLine(Double)
    /// x = value up the plot.
    case verticalLine(Double)
    /// The plot's full height over x from … to.
    case xSpan(ClosedRange<Double>)
    /// The plot's full width over y from … to.
    case ySpan(ClosedRange<Double>)
    /// A point; its label is the text.
    case text(x: Double, y: Double)
    /// An arrow from the first point to the second (its head), labelled at its tail.
    case arrow(from: Point, to: Point)
    /// The region between two series (indices into ``LineChart/series``), shaded over the
    /// x range where both are finite (matplotlib's `fill_between(x, f, g)`).
    case betweenCurves(Int, Int)
    /// The region between a series and the line y = value.
    case betweenCurveAndLine(Int, y: Double)
  }

  public var shape: Shape
  public var label: RichText?
  /// Where the label's anchor sits on the shape's point (a text's point, an arrow's tail,
  /// a span's or line's top end), drawn exactly there; nil: placed through the free space.
  public var pin: TextAnchor?

  public init(_ shape: Shape, label: RichText? = nil, pin: TextAnchor? = nil) {
    self.shape = shape
    self.label = label
    self.pin = pin
  }

  /// The share of the muted colour in a span's fill (the rest is the background).
  public static let spanOpacity = 0.12

  /// Whether the shape is a reference line.
  var isReferenceLine: Bool {
    switch shape {
    case .horizontalLine, .verticalLine: return true
    default: return false
    }
  }

  /// Whether the shape is an arrow.
  var isArrow: Bool {
    if case .arrow = shape { return true }
    return false
  }

  /// Whether the shape is a shaded span.
  var isSpan: Bool {
    switch shape {
    case .xSpan, .ySpan: return true
    default: return false
    }
  }

  /// Whether the shape is a shaded region between curves (drawn with the spans' fill).
  var isRegion: Bool {
    switch shape {
    case .betweenCurves, .betweenCurveAndLine: return true
    default: return false
    }
  }

  /// Most samples across the plot a region between curves is built from.
  public static let maximumRegionSamples = 4000
}
