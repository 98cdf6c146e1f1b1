/// Everything that defines one line-chart figure, whether it comes from command-line
/// flags or from a manifest entry: one type, one path to a chart (DESIGN.md "Layers").
///
/// Nil means "automatic": the x range from the functions' default domains, the y range
/// from the data, the title from the function's name and formula.
public struct FigureSpec: Sendable, Hashable {
  /// What kind of figure: each kind has its own chart and its own options below.
  public enum Kind: String, Sendable, CaseIterable {
    /// Functions over x (``LineChart``).
    case line
    /// Logits to probabilities (``SoftmaxChart``).
    case softmax
    /// Contours and gradient-descent paths, unnormalized vs normalized (3.6.3).
    case descent
    /// The unnormalized loss as a 3-D surface (3.6.4).
    case surface
  }

  /// A labelled point on a line chart, its y computed from the function (never typed in).
  public struct Mark: Sendable, Hashable {
    /// Index into ``functions``.
    public var function: Int
    public var x: Double
    /// Mark f′(x) instead of f(x).
    public var derivative: Bool
    /// Label; `{y}` is replaced by the computed value (4 significant digits).
    public var label: String
    public init(function: Int = 0, x: Double, derivative: Bool, label: String) {
      self.function = function
      self.x = x
      self.derivative = derivative
      self.label = label
    }
  }

  public var kind: Kind = .line
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
  /// Labelled points (line charts).
  public var marks: [Mark] = []

  /// Softmax input.
  public var logits: [Double] = []

  /// Descent and surface: learning rate (nil: each problem's documented default), steps,
  /// start point, number of contour levels, which panels.
  public var learningRate: Double?
  public var steps: Int?
  public var start: [Double]?
  public var levels: Int?
  public var panels: String?
  /// Surface view angles in degrees.
  public var azimuth: Double?
  public var elevation: Double?

  public init(functions: [String]) { self.functions = functions }

  public init(kind: Kind) {
    self.kind = kind
    self.functions = []
  }

  /// Largest side in output pixels (PNG) or points, a guard against absurd allocations.
  public static let maximumSide = 16384.0
  /// Largest PNG in pixels (64 Mpx, a 256 MiB raster: 8192×8192, or 16384×4096).
  public static let maximumPixels = 67_108_864.0
}
