import Foundation

/// A reference table in the test bundle's `Resources/`, written once by a committed script.
enum ReferenceResource {
  /// `Resources/<name>.json`, decoded as `T`; a file missing from the bundle is named.
  /// `snakeCase`: the table's keys are snake_case (Python's), the fields camelCase.
  static func decode<T: Decodable>(_ type: T.Type, named name: String, snakeCase: Bool = false) throws -> T {
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources")
    else { throw ActivationReference.MissingResource(name: name) }
    let decoder = JSONDecoder()
    if snakeCase { decoder.keyDecodingStrategy = .convertFromSnakeCase }
    return try decoder.decode(T.self, from: Data(contentsOf: url))
  }
}
