/// The parameter values of one bound activation, in the order of its definition's
/// ``Activation/parameters``.
public struct ParameterValues: Sendable, Hashable {
  /// Values in declaration order.
  public var values: [Double]

  public init(_ values: [Double]) { self.values = values }

  /// The value of the parameter at `index` (declaration order).
  public subscript(index: Int) -> Double { values[index] }
}
