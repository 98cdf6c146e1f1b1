/// A problem in a manifest, located by file, line, figure name and key.
///
/// Printed as `examples/figures.yaml:12: figure '3.4.2-relu', key 'from': expected a number, got 'abc'`.
public struct ManifestError: Error, CustomStringConvertible, Sendable {
  public var file: String
  public var line: Int
  public var figure: String?
  public var key: String?
  public var message: String

  public init(file: String, line: Int, figure: String? = nil, key: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.figure = figure
    self.key = key
    self.message = message
  }

  public var description: String {
    var place = line > 0 ? "\(file):\(line):" : "\(file):"
    if let figure { place += " figure '\(figure)'," }
    if let key { place += " key '\(key)':" }
    return place + " " + message
  }
}
