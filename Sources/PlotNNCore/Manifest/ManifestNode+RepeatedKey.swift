extension ManifestNode {
  /// A key given a second time in one mapping: its dotted path from the node checked
  /// (`marks.label`; list items add nothing), the line of the repeat and of the first use.
  public struct RepeatedKey: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var firstLine: Int

    /// `given twice in one mapping (first on line 4); give each key once`.
    public var message: String { "given twice in one mapping (first on line \(firstLine)); give each key once" }
  }

  /// The first repeated key in document order, at any depth, or nil.
  ///
  /// The tree keeps every entry as written (the YAML reader does not refuse repeats), so a
  /// repeat is found here, in the core, where it can be one figure's failure: the document
  /// reader refusing it failed the whole manifest. Depth is bounded by the YAML reader's
  /// nesting limit (1000 levels).
  public func repeatedKey() -> RepeatedKey? {
    switch self {
    case .scalar: return nil
    case .sequence(let items, _):
      for item in items { if let found = item.repeatedKey() { return found } }
      return nil
    case .mapping(let entries, _):
      var first: [String: Int] = [:]
      for entry in entries {
        if let line = first[entry.key] { return RepeatedKey(path: entry.key, line: entry.line, firstLine: line) }
        first[entry.key] = entry.line
        if var found = entry.value.repeatedKey() {
          found.path = entry.key + "." + found.path
          return found
        }
      }
      return nil
    }
  }
}
