/// A file format plotnn can write: its id (`png`), the file name extensions that select it,
/// and whether it is a raster (sized in pixels, `scale` applies) or vector format.
///
/// Formats are registered with their backend in ``FileFormats``; every list of formats in
/// messages and help texts is derived from that registry.
public struct FileFormat: Sendable, Hashable {
  public enum Medium: String, Sendable, Hashable {
    /// Pixels: `scale` multiplies the size in points.
    case raster
    /// Points: `scale` does not apply.
    case vector
  }

  /// The id in a manifest's `formats:` list and the first extension.
  public var id: String
  /// Extensions (lower case, no dot) that select the format, `id` first.
  public var extensions: [String]
  public var medium: Medium
  /// IANA media type, for galleries and docs (`image/png`).
  public var mediaType: String

  public init(id: String, extensions: [String] = [], medium: Medium, mediaType: String) {
    self.id = id
    self.extensions = [id] + extensions.filter { $0 != id }
    self.medium = medium
    self.mediaType = mediaType
  }
}
