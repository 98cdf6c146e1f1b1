/// One kind of figure (line chart, softmax, descent, surface, …): its typed options, its
/// manifest keys, its one validation function, its chart builder and its cost.
///
/// A value of a conforming type *is* that kind's options; ``FigureSpec`` pairs it with the
/// options every figure shares. The manifest reader, the library entry point and the batch
/// know kinds only through ``FigureKinds``: adding a kind is one file conforming to this
/// protocol plus one line in ``FigureKinds/standard`` (README, "Extending plotnn").
///
/// ```swift
/// struct HistogramFigure: FigureKind {
///   static let id = "histogram"
///   static let summary = "Bars of a sample"
///   static let defaultSize = FigureSize(px: 640, 480)
///   static let keys: [FigureKey<Self>] = [.numbers("values", \.values)]
///   var values: [Double] = []
///   func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) { … }
///   func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart { … }
/// }
/// ```
public protocol FigureKind: Sendable {
  /// The kind's name in a manifest (`kind: softmax`) and its CLI subcommand.
  static var id: String { get }
  /// One line saying what the figure shows, for help texts and errors.
  static var summary: String { get }
  /// The figure size when none is given, in its units (the built-in kinds' are CSS pixels).
  static var defaultSize: FigureSize { get }
  /// Width over height when only a width is given (`--width 3.25in`): by default the
  /// ratio of ``defaultSize``.
  static var aspectRatio: Double { get }
  /// Relative cost of rendering one such figure (1: a line chart), for batch scheduling only.
  static var cost: Int { get }
  /// The manifest keys this kind takes beyond the common ones (``FigureSpec/commonKeys``).
  static var keys: [FigureKey<Self>] { get }

  /// The options with every default.
  init()

  /// The file name, without extension, a figure gets when none is given (`softmax`).
  var defaultFileStem: String { get }

  /// Every rule about this kind's options: throws the first broken one, naming its field.
  /// `spec` gives the common options (title, size, …) when a rule depends on them.
  func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError)

  /// The chart these options describe; called after ``validate(_:catalog:)`` passed.
  func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart
}

extension FigureKind {
  public static var cost: Int { 1 }

  public static var aspectRatio: Double { defaultSize.aspectRatio }

  public var defaultFileStem: String { Self.id }

  /// The key of this kind called `name`, if any.
  static func key(_ name: String) -> FigureKey<Self>? { keys.first { $0.name == name } }
}
