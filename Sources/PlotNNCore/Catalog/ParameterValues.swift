/// The parameter values of one bound activation, in the order of its definition's
/// ``Activation/parameters``.
public struct ParameterValues: Sendable, Hashable {
  /// Values in declaration order.
  public var values: [Double]

  public init(_ values: [Double]) { self.values = values }

  /// The value of the parameter at `index` (declaration order), or NaN when there is no
  /// such value, so that a mis-sized set of values shows up as a NaN curve (and as a
  /// validation message) rather than a crash.
  public subscript(index: Int) -> Double { values.indices.contains(index) ? values[index] : .nan }
}
