// TEMPORARY until the catalog branch lands with FunctionSpec parsing.
public struct FunctionSpecError: Error, CustomStringConvertible {
  public var description: String
}
extension Catalog {
  public func bind(_ text: String) throws(FunctionSpecError) -> BoundActivation {
    guard let a = activation(named: text) else { throw FunctionSpecError(description: "unknown function '\(text)'") }
    return BoundActivation(a)
  }
}
