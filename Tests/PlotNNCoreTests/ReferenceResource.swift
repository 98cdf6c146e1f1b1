import Foundation

/// A reference table in the test bundle's `Resources/`, written once by a committed script.
enum ReferenceResource {
  /// `Resources/<name>.json`, decoded as `T`; a file missing from the bundle is named.
  static func decode<T: Decodable>(_ type: T.Type, named name: String) throws -> T {
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources")
    else { throw ActivationReference.MissingResource(name: name) }
    return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
  }
}
