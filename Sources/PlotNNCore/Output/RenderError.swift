/// Why a figure could not be rendered or written.
public enum RenderError: Error, Equatable, CustomStringConvertible {
  /// The output path's extension (or a format id) is not one plotnn writes; `allowed`
  /// lists the registered extensions (``FileFormats/extensionList``).
  case unknownFormat(path: String, allowed: String)
  /// The folder the output should go into does not exist.
  case missingFolder(path: String, folder: String)
  /// A component of the output's folder (`file`) exists but is a file, not a folder.
  case notAFolder(path: String, file: String)
  /// The output path names a folder.
  case outputIsFolder(path: String)
  /// Writing failed (permissions, disk full, ...).
  case writeFailed(path: String, reason: String)
  /// Cairo or Pango reported an error.
  case cairo(String)
  /// A style names a font family no installed font has; `closest` are installed families
  /// with similar names.
  case unknownFont(family: String, closest: [String])
  /// An animated format was asked of a figure with no paths to animate (its kind's id).
  case notAnimatable(kind: String, formats: String)
  /// An animation past its bounds (``Animation/maximumFramePixels``,
  /// ``Animation/maximumBytes``): a usage error (exit 64), nothing is written.
  case animationTooLarge(String)

  public var description: String {
    switch self {
    case .unknownFormat(let path, let allowed):
      return "cannot tell the format of '\(path)': the extension must be one of \(allowed)"
    case .missingFolder(let path, let folder):
      return "cannot write '\(path)': the folder '\(folder)' does not exist"
    case .notAFolder(let path, let file):
      return "cannot write '\(path)': '\(file)' is a file, not a folder"
    case .outputIsFolder(let path):
      return
        "cannot write '\(path)': it is a folder; give a file name such as \(path.hasSuffix("/") ? path : path + "/")figure.png"
    case .writeFailed(let path, let reason):
      return "cannot write '\(path)': \(reason)"
    case .cairo(let message):
      return "drawing failed: \(message)"
    case .unknownFont(let family, let closest):
      let near = closest.isEmpty ? "" : "; the closest installed families: " + closest.joined(separator: ", ")
      return "font family '\(family)' is not installed\(near) (fc-list : family lists them all)"
    case .notAnimatable(let kind, let formats):
      return
        "this figure (a \(kind)) has no paths to animate; \(formats) are written for figures with paths (descent, surface)"
    case .animationTooLarge(let message):
      return "the animation is too large: \(message)"
    }
  }
}
