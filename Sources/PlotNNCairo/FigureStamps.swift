import Crypto
import Foundation
import PlotNNCore

/// What `plotnn figures` drew last time into a folder: per figure, its cache key
/// (``DocsImageStore/key(for:version:)``, the same as docs blocks use) and the SHA-256 of
/// each file it wrote, kept in `FOLDER/.plotnn-cache`.
///
/// Decision: a manifest's files keep their names (`3.4.2-relu.png`), so the key cannot be the
/// name as it is for docs blocks; it is recorded beside them instead. A figure is skipped
/// only when its key is unchanged and every one of its files is still there with the bytes
/// written (a file edited, restored from an older commit or deleted is drawn again), so a
/// skipped figure's files are byte for byte what drawing would write. The record is one
/// line per figure, `name<TAB>key<TAB>format=sha256,…`, sorted by name; an unreadable or
/// foreign record is ignored (everything is drawn). `--force` draws all and rewrites it.
public struct FigureStamps: Sendable, Equatable {
  /// The record's file name inside the folder.
  public static let fileName = ".plotnn-cache"
  static let header = "plotnn figure cache 1"

  public struct Stamp: Sendable, Equatable {
    public var key: String
    /// Format id → SHA-256 (hex) of the file written.
    public var files: [String: String]
  }

  public var stamps: [String: Stamp] = [:]

  public init() {}

  /// The record in `folder`, or an empty one.
  public init(folder: String) {
    guard let data = FileManager.default.contents(atPath: folder + "/" + Self.fileName),
      let text = String(data: data, encoding: .utf8)
    else { return }
    let lines = text.split(separator: "\n")
    guard lines.first == Substring(Self.header) else { return }
    for line in lines.dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3 else { continue }
      var files: [String: String] = [:]
      for pair in fields[2].split(separator: ",") {
        let parts = pair.split(separator: "=")
        if parts.count == 2 { files[String(parts[0])] = String(parts[1]) }
      }
      stamps[String(fields[0])] = Stamp(key: String(fields[1]), files: files)
    }
  }

  /// The record's text.
  public var text: String {
    var out = Self.header + "\n"
    for name in stamps.keys.sorted() {
      guard let stamp = stamps[name] else { continue }
      let files = stamp.files.keys.sorted().map { "\($0)=\(stamp.files[$0] ?? "")" }.joined(separator: ",")
      out += "\(name)\t\(stamp.key)\t\(files)\n"
    }
    return out
  }

  /// SHA-256 of `bytes`, in hex.
  public static func digest(_ bytes: some DataProtocol) -> String {
    SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
  }

  /// Whether `figure`, whose key is `key`, is still in `folder` as last drawn: same key,
  /// and each of its formats' files present with the recorded bytes.
  public func isCurrent(_ figure: Manifest.Figure, key: String, folder: String) -> Bool {
    guard let stamp = stamps[figure.name], stamp.key == key, Set(stamp.files.keys) == Set(figure.formats) else {
      return false
    }
    for format in figure.formats {
      let path = folder + "/" + figure.name + "." + format
      guard DocsImageStore.isRegularFile(path), let data = FileManager.default.contents(atPath: path),
        Self.digest(data) == stamp.files[format]
      else { return false }
    }
    return true
  }
}
