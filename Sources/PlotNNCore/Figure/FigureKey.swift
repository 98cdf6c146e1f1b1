/// A manifest key of one figure kind: its name, and how a manifest node is read onto the
/// kind's options. Reading checks the *type* only (a number, a whole number, one of an
/// enum's cases); every rule about the value lives in the kind's `validate`.
public struct FigureKey<Options>: Sendable {
  /// The key as written in a manifest, which is also the field name in messages.
  public let name: String
  let read: @Sendable (inout Options, ManifestNode) throws(ManifestProblem) -> Void

  /// A key read by `read`.
  public init(_ name: String, read: @escaping @Sendable (inout Options, ManifestNode) throws(ManifestProblem) -> Void) {
    self.name = name
    self.read = read
  }

  /// The same key on a larger options value that holds these options at `path`
  /// (shared option groups such as ``DescentRun``).
  public func lifted<Outer>(_ path: WritableKeyPath<Outer, Options> & Sendable) -> FigureKey<Outer> {
    let read = self.read
    return FigureKey<Outer>(name) { (outer: inout Outer, node: ManifestNode) throws(ManifestProblem) in
      try read(&outer[keyPath: path], node)
    }
  }
}

extension FigureKey {
  /// A finite number.
  public static func number(_ name: String, _ path: WritableKeyPath<Options, Double?> & Sendable) -> Self {
    Self(name) { (options: inout Options, node: ManifestNode) throws(ManifestProblem) in
      options[keyPath: path] = try ManifestReader.number(node)
    }
  }

  /// A whole number.
  public static func integer(_ name: String, _ path: WritableKeyPath<Options, Int?> & Sendable) -> Self {
    Self(name) { (options: inout Options, node: ManifestNode) throws(ManifestProblem) in
      options[keyPath: path] = try ManifestReader.integer(node)
    }
  }

  /// true or false (also yes/no, on/off).
  public static func flag(_ name: String, _ path: WritableKeyPath<Options, Bool> & Sendable) -> Self {
    Self(name) { (options: inout Options, node: ManifestNode) throws(ManifestProblem) in
      options[keyPath: path] = try ManifestReader.bool(node)
    }
  }

  /// A list of finite numbers (a single number for a list of one).
  public static func numbers(_ name: String, _ path: WritableKeyPath<Options, [Double]> & Sendable) -> Self {
    Self(name) { (options: inout Options, node: ManifestNode) throws(ManifestProblem) in
      options[keyPath: path] = try ManifestReader.list(node, ManifestReader.number)
    }
  }

  /// A list of texts (a single text for a list of one).
  public static func texts(_ name: String, _ path: WritableKeyPath<Options, [String]> & Sendable) -> Self {
    Self(name) { (options: inout Options, node: ManifestNode) throws(ManifestProblem) in
      options[keyPath: path] = try ManifestReader.list(node, ManifestReader.string)
    }
  }

  /// One of an enum's cases, by raw value.
  public static func choice<E: RawRepresentable & CaseIterable & Sendable>(
    _ name: String, _ path: WritableKeyPath<Options, E> & Sendable
  ) -> Self where E.RawValue == String {
    Self(name) { (options: inout Options, node: ManifestNode) throws(ManifestProblem) in
      options[keyPath: path] = try ManifestReader.choice(node, E.self)
    }
  }

  /// true or false, on an option whose nil means "the style's".
  public static func optionalFlag(_ name: String, _ path: WritableKeyPath<Options, Bool?> & Sendable) -> Self {
    Self(name) { (options: inout Options, node: ManifestNode) throws(ManifestProblem) in
      options[keyPath: path] = try ManifestReader.bool(node)
    }
  }

  /// One of an enum's cases, on an option whose nil means "the style's".
  public static func optionalChoice<E: RawRepresentable & CaseIterable & Sendable>(
    _ name: String, _ path: WritableKeyPath<Options, E?> & Sendable
  ) -> Self where E.RawValue == String {
    Self(name) { (options: inout Options, node: ManifestNode) throws(ManifestProblem) in
      options[keyPath: path] = try ManifestReader.choice(node, E.self)
    }
  }
}
