import ArgumentParser
import Foundation
import PlotNNCairo
import PlotNNCore

/// Reads the CSV files of line figures (`--data`, a manifest's `data:`) into their entries
/// (``LineFigure/DataEntry/load(_:)``): the core reads no files.
///
/// Decision: a path in a manifest is relative to the manifest's folder (as style files
/// are, ``StyleFiles``), one on the command line to the working folder; an absolute path
/// is taken as it is. A file must be a regular file of at most ``CSVTable/maximumBytes``,
/// checked before it is read (a FIFO or /dev/zero would block or never end).
enum DataFiles {
  /// The source reading paths relative to `folder` ("" for the working folder).
  static func source(relativeTo folder: String = "") -> DataSource {
    DataSource { (file: String) throws(DataFileError) in
      try CSVTable.parse(try read(resolved(file, folder: folder), shown: file), file: file)
    }
  }

  /// For a manifest at `manifest`: paths relative to its folder.
  static func source(manifest: String) -> DataSource {
    source(relativeTo: AtomicFile.folderText(of: manifest))
  }

  /// `file` within `folder`, joined as text: NSString's path methods trap on one-character
  /// names (``AtomicFile/folderText(of:)``).
  static func resolved(_ file: String, folder: String) -> String {
    guard !file.hasPrefix("/"), !folder.isEmpty else { return file }
    return folder.hasSuffix("/") ? folder + file : folder + "/" + file
  }

  /// The bytes of the file at `path` (named `shown` in messages).
  static func read(_ path: String, shown: String) throws(DataFileError) -> [UInt8] {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw DataFileError(file: shown, message: "cannot read the data file: \(String(cString: strerror(errno)))")
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      let kind = info.st_mode & S_IFMT == S_IFDIR ? "a folder" : "not a regular file"
      throw DataFileError(file: shown, message: "cannot read the data file: it is \(kind); give a CSV file")
    }
    guard info.st_size <= CSVTable.maximumBytes else {
      throw DataFileError(
        file: shown,
        message: "the data file is \(info.st_size) bytes; at most \(CSVTable.maximumBytes) (8 MiB) are read")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DataFileError(file: shown, message: "cannot read the data file (not readable)")
    }
    return [UInt8](data)
  }

  /// The command line's entries read: a fault in the request is a usage error (exit 64),
  /// one in the file a runtime error (exit 1).
  static func loadForCommandLine(_ entries: [LineFigure.DataEntry]) throws -> [LineFigure.DataEntry] {
    do { return try source().loaded(entries) } catch {
      if error.isUsage { throw ValidationError(error.description) }
      throw error
    }
  }
}

extension DataFileError: LocalizedError {
  public var errorDescription: String? { description }
}
