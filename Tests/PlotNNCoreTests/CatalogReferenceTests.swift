import Foundation
import Testing

@testable import PlotNNCore

/// `Resources/activation-reference.json` (and `catalog-tail-reference.json`, same schema):
/// values and derivatives computed independently in high precision with mpmath. `f` and `df` may be the strings "inf" / "-inf".
struct ActivationReference: Decodable, Sendable {
  struct Case: Decodable, Sendable {
    var id: String
    var parameters: [String: Double]
    var points: [[Number]]
    /// Optional extra points far out (±1e10, ±1e100, ±1e300), checked like `points`.
    var extremePoints: [[Number]]?

    enum CodingKeys: String, CodingKey {
      case id, parameters, points
      case extremePoints = "extreme_points"
    }
  }

  /// A JSON number, or one of the strings "inf", "-inf".
  struct Number: Decodable, Sendable {
    var value: Double

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Double.self) {
        value = number
        return
      }
      switch try container.decode(String.self) {
      case "inf": value = .infinity
      case "-inf": value = -.infinity
      case let other:
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "expected a number, \"inf\" or \"-inf\", got \"\(other)\"")
      }
    }
  }

  var generator: String
  var cases: [Case]

  struct MissingResource: Error, CustomStringConvertible {
    var name: String
    var description: String { "Resources/\(name).json is not in the test bundle" }
  }

  /// `Resources/<name>.json`, decoded.
  static func load(_ name: String) throws -> ActivationReference {
    try ReferenceResource.decode(ActivationReference.self, named: name)
  }

  /// `activation-reference.json`, written by `scripts/reference_values.py`.
  static let shared: Result<ActivationReference, any Error> = Result { try load("activation-reference") }

  /// `catalog-tail-reference.json`, written by `scripts/catalog_tail_reference.py`: the
  /// negative tails where naive formulas cancel or overflow.
  static let tails: Result<ActivationReference, any Error> = Result { try load("catalog-tail-reference") }

  /// Whether `got` matches the reference `expected`: within 1e-12 relative, or 1e-300
  /// absolute where the reference is below the normal range, or the same infinity.
  static func matches(_ got: Double, _ expected: Double) -> Bool {
    if expected.isInfinite { return got == expected }
    if abs(expected) < 1e-290 { return abs(got - expected) <= 1e-300 }
    return abs(got - expected) <= 1e-12 * abs(expected)
  }
}

@Suite struct CatalogReferenceTests {
  @Test func referenceCoversEveryCatalogFunction() throws {
    let reference = try ActivationReference.shared.get()
    let covered = Set(reference.cases.map(\.id))
    let missing = Catalog.standard.activations.map(\.id).filter { !covered.contains($0) }
    #expect(missing.isEmpty, "no reference cases for \(missing)")
    for id in covered {
      #expect(Catalog.standard.activation(named: id)?.id == id, "reference id '\(id)' is not a catalog id")
    }
  }

  @Test(arguments: Catalog.standard.activations.map(\.id))
  func matchesReference(id: String) throws {
    let reference = try ActivationReference.shared.get()
    let cases = reference.cases.filter { $0.id == id }
    try #require(!cases.isEmpty, "no reference cases for \(id)")
    for referenceCase in cases {
      let spec = FunctionSpec(
        name: id, arguments: referenceCase.parameters.sorted { $0.key < $1.key }.map { .init($0.key, $0.value) })
      let f = try Catalog.standard.bind(spec)
      #expect(!referenceCase.points.isEmpty, "\(spec): no reference points")
      var failures: [String] = []
      for point in referenceCase.points + (referenceCase.extremePoints ?? []) {
        try #require(point.count == 3, "\(spec): a point must be [x, f, df]")
        let (x, value, derivative) = (point[0].value, point[1].value, point[2].value)
        let gotValue = f.value(at: x)
        let gotDerivative = f.derivative(at: x)
        if !ActivationReference.matches(gotValue, value) {
          failures.append("f(\(x)) = \(gotValue), reference \(value)")
        }
        if !ActivationReference.matches(gotDerivative, derivative) {
          failures.append("f′(\(x)) = \(gotDerivative), reference \(derivative)")
        }
      }
      #expect(failures.isEmpty, "\(spec): \(failures.count) mismatches: \(failures.prefix(8).joined(separator: "; "))")
    }
  }
}
