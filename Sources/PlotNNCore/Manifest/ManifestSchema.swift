/// What a manifest may contain: the figure kinds, the functions their specs may name, and
/// the file formats it may ask for. The manifest's checks come from these registries, so a
/// registered kind or format is accepted everywhere at once.
public struct ManifestSchema: Sendable {
  public var kinds: FigureKinds
  public var catalog: Catalog
  /// Format ids the figures may ask for (`png`, `svg`, …).
  public var formats: [String]
  /// How `style:` values are read: built-ins, inline mappings, and files when the program
  /// reads them (``StyleSource/loadFile``).
  public var styles: StyleSource
  /// How line figures' `data:` files are read (``DataSource``); by default they are not.
  public var data = DataSource()

  public init(
    kinds: FigureKinds = .standard, catalog: Catalog = .standard, formats: [String], styles: StyleSource = StyleSource()
  ) {
    self.kinds = kinds
    self.catalog = catalog
    self.formats = formats
    self.styles = styles
  }

  /// Every key a figure may hold, common ones first, then each kind's in registry order.
  var allKeys: [String] {
    var keys = Manifest.commonKeys
    for kind in kinds.all { keys += kind.keyNames.filter { !keys.contains($0) } }
    return keys
  }

  /// `a line figure takes functions, from, …; every figure takes section, caption, …`.
  func keysSentence(_ kind: any FigureKind.Type) -> String {
    let own = kind.keyNames.isEmpty ? "no keys of its own" : kind.keyNames.joined(separator: ", ")
    return "a \(kind.id) figure takes \(own); every figure takes \(Manifest.commonKeys.joined(separator: ", "))"
  }
}
