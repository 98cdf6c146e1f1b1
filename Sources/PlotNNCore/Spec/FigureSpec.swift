/// Everything that defines one line-chart figure, whether it comes from command-line
/// flags or from a manifest entry: one type, one path to a chart (DESIGN.md "Layers").
///
/// Nil means "automatic": the x range from the functions' default domains, the y range
/// from the data, the title from the function's name and formula.
public struct FigureSpec: Sendable, Hashable {
  /// Which curves to draw for each function.
  public enum Curves: String, Sendable, CaseIterable {
    /// f only.
    case function
    /// f′ only (`--derivative`).
    case derivative
    /// f solid and f′ dashed in the same hue (`--with-derivative`).
    case both
  }

  /// Function specs such as `relu` or `leaky-relu(alpha=0.5)`.
  public var functions: [String]
  public var from: Double?
  public var to: Double?
  public var ymin: Double?
  public var ymax: Double?
  public var curves: Curves = .function
  /// Figure size in CSS pixels (= points).
  public var width: Double = 640
  public var height: Double = 480
  /// PNG pixel density: a 640×480 figure at scale 2 is 1280×960 pixels.
  public var scale: Double = 1
  /// Nil: automatic; empty: no title.
  public var title: String?
  public var theme: String = "light"
  public var axes: LineChart.AxesStyle = .origin
  public var grid = true
  public var legend = true

  public init(functions: [String]) { self.functions = functions }

  /// Largest side in output pixels (PNG) or points, a guard against absurd allocations.
  public static let maximumSide = 16384.0
}
