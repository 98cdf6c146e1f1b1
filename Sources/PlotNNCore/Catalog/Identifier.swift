/// Name matching shared by function ids and parameter names.
public enum Identifier {
  /// Lower-cases `name` and drops `-`, `_` and white space, so that `leaky_relu`,
  /// `LeakyReLU` and `leaky-relu` compare equal.
  public static func normalize(_ name: String) -> String {
    String(name.lowercased().filter { $0 != "-" && $0 != "_" && !$0.isWhitespace })
  }
}
