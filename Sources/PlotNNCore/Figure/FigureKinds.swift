/// The figure kinds plotnn knows, in the order help texts list them: what the manifest
/// reader, the library entry point and the batch iterate over (no switch over kinds).
///
/// ``standard`` holds the built-in kinds; a program adds its own with ``register(_:)``.
public struct FigureKinds: Sendable {
  public private(set) var all: [any FigureKind.Type]

  public init(_ kinds: [any FigureKind.Type]) { all = kinds }

  /// The built-in kinds. Adding a kind: one file and one line here.
  public static let standard = FigureKinds([
    LineFigure.self,
    SoftmaxFigure.self,
    DescentFigure.self,
    SurfaceFigure.self,
    PanelsFigure.self,
    NetworkFigure.self,
    LRNFigure.self,
    OptimizersFigure.self,
    BatchSizeFigure.self,
  ])

  /// Adds `kind`, replacing a kind of the same id.
  public mutating func register(_ kind: any FigureKind.Type) {
    all.removeAll { $0.id == kind.id }
    all.append(kind)
  }

  /// The kind called `id`, if any.
  public func kind(_ id: String) -> (any FigureKind.Type)? { all.first { $0.id == id } }

  /// The ids, in order: `line, softmax, descent, surface`.
  public var ids: [String] { all.map { $0.id } }

  /// The kinds that take the manifest key `key`.
  func kinds(taking key: String) -> [any FigureKind.Type] { all.filter { $0.takes(key) } }
}

extension FigureKind {
  /// Whether this kind has a manifest key `name`.
  static func takes(_ name: String) -> Bool { key(name) != nil }

  /// The kind's key names, in order.
  public static var keyNames: [String] { keys.map(\.name) }

  /// Reads `node` for key `name` onto `options`, which must be of this kind.
  static func read(_ name: String, _ node: ManifestNode, into options: inout any FigureKind) throws(ManifestProblem) {
    guard var typed = options as? Self, let key = key(name) else { return }
    try key.read(&typed, node)
    options = typed
  }
}
