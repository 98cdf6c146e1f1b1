import Foundation
import PlotNNCore
import Testing

@testable import PlotNNCairo

/// Hostile or careless targets for ``AtomicFile`` (issue 8, class 4) and the temporary
/// files' names and sweep (class 5).
@Suite struct HostileFileTests {
  static func entries(_ dir: String) throws -> Set<String> {
    Set(try FileManager.default.contentsOfDirectory(atPath: dir))
  }

  /// A FIFO given as the output is written in place (a reader gets the bytes) and stays a
  /// FIFO; renaming over it would have replaced it by a regular file.
  @Test func aFIFOIsWrittenInPlace() throws {
    let dir = try AtomicFileTests.folder()
    let fifo = dir + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
    let received = Received()
    // The read end is open before the write starts (a FIFO without a reader is refused,
    // below); until the writer opens its end, a read returns 0, so the reader waits.
    let fd = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(fd >= 0)
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    let reader = Thread {
      var buffer = [UInt8](repeating: 0, count: 65536)
      var all: [UInt8] = []
      let deadline = Date().addingTimeInterval(60)
      while fd >= 0 {
        let n = read(fd, &buffer, buffer.count)
        if n < 0 { break }
        if n == 0 {
          if !all.isEmpty || Date() > deadline { break }
          usleep(1_000)
          continue
        }
        all += buffer[0..<n]
      }
      close(fd)
      received.finish(all)
    }
    reader.start()
    try AtomicFile.write(bytes, to: fifo)
    #expect(received.wait() == bytes)
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
    #expect(try Self.entries(dir) == ["pipe"])
  }

  /// A link to nothing, or a loop of links, is refused and stays a link (renaming over it
  /// once replaced /dev/stdout); a chain of links to a regular file replaces that file.
  @Test func danglingAndLoopingLinksAreRefusedChainsAreFollowed() throws {
    let dir = try AtomicFileTests.folder()
    let fm = FileManager.default
    try fm.createSymbolicLink(atPath: dir + "/dangling.png", withDestinationPath: "missing/x.png")
    try fm.createSymbolicLink(atPath: dir + "/a.png", withDestinationPath: "b.png")
    try fm.createSymbolicLink(atPath: dir + "/b.png", withDestinationPath: "a.png")
    for name in ["dangling.png", "a.png"] {
      #expect(throws: RenderError.self) { try AtomicFile.write([1, 2, 3], to: dir + "/" + name) }
      #expect((try? fm.destinationOfSymbolicLink(atPath: dir + "/" + name)) != nil, "\(name) is still a link")
    }
    try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/real.png"))
    try fm.createSymbolicLink(atPath: dir + "/one.png", withDestinationPath: "real.png")
    try fm.createSymbolicLink(atPath: dir + "/two.png", withDestinationPath: "one.png")
    try AtomicFile.write(Array("new".utf8), to: dir + "/two.png")
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/real.png")) == Data("new".utf8))
    #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/two.png") == "one.png")
    #expect(try Self.entries(dir) == ["dangling.png", "a.png", "b.png", "real.png", "one.png", "two.png"])
  }

  /// A FIFO nobody reads is refused at once: waiting for a reader would hang.
  @Test func aFIFOWithoutAReaderIsRefused() throws {
    let dir = try AtomicFileTests.folder()
    let fifo = dir + "/lonely"
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(throws: RenderError.self) { try AtomicFile.write([1, 2, 3], to: fifo) }
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
  }

  /// A device that cannot be opened (ENXIO, as `/dev/tty` gives without a controlling
  /// terminal) is reported as that device, not as a FIFO without a reader (which the same
  /// errno means for a FIFO). The device is a node of an unassigned major number (240,
  /// "local/experimental use" in the kernel's list), made with mknod where the tests may
  /// (root); elsewhere `/dev/tty` serves when this process has no terminal.
  @Test func aDeviceThatCannotBeOpenedIsNamedAsADevice() throws {
    let dir = try AtomicFileTests.folder()
    var device = dir + "/nodevice"
    if mknod(device, S_IFCHR | 0o600, dev_t(240 << 8 | 77)) != 0 {
      let fd = open("/dev/tty", O_WRONLY | O_NOCTTY | O_NONBLOCK)
      let error = errno
      if fd >= 0 { close(fd) }
      guard fd < 0, error == ENXIO else { return }  // a terminal is there: nothing to check
      device = "/dev/tty"
    }
    do {
      try AtomicFile.write([1, 2, 3], to: device)
      Issue.record("writing to \(device) succeeded")
    } catch {
      #expect(!"\(error)".contains("FIFO"), "\(error)")
      #expect("\(error)".contains("a character device that cannot be opened"), "\(error)")
    }
  }

  /// A batch's output folder given as a link to nothing (or a loop) is refused naming the
  /// link, and nothing is created (Foundation's reason was "A file with the same name
  /// already exists").
  @Test func anOutputFolderThatIsALinkToNothingIsNamed() throws {
    let dir = try AtomicFileTests.folder()
    #expect(symlink(dir + "/nowhere", dir + "/out") == 0)
    #expect(symlink(dir + "/loop", dir + "/loop") == 0)
    for name in ["out", "out/sub", "loop"] {
      do {
        try FigureBatch.makeFolder(dir + "/" + name)
        Issue.record("\(name) was accepted")
      } catch {
        #expect(error.description.contains("is a symbolic link to nothing"), "\(error)")
      }
    }
    #expect(try Self.entries(dir).sorted() == ["loop", "out"])
  }

  /// A character device (`/dev/null`) is written in place, not replaced.
  @Test func aDeviceIsWrittenInPlace() throws {
    try AtomicFile.write([1, 2, 3], to: "/dev/null")
    var info = stat()
    #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  /// Names of NAME_MAX bytes, ASCII or multi-byte, are written: the temporary name is cut
  /// to fit, at a character boundary.
  @Test(arguments: [String(repeating: "a", count: 251) + ".png", String(repeating: "é", count: 125) + "x.svg"])
  func namesOfNameMaxBytesAreWritten(name: String) throws {
    #expect(name.utf8.count == 255)
    let dir = try AtomicFileTests.folder()
    try AtomicFile.write([42], to: dir + "/" + name)
    #expect(try Self.entries(dir) == [name])
    let temporary = TemporaryFiles.name(for: name, pid: 2_147_483_647, random: TemporaryFiles.randomPart())
    #expect(temporary.utf8.count <= 255 && temporary.utf8.count >= 250)
    #expect(TemporaryFiles.writer(ofName: temporary) == 2_147_483_647)
  }

  /// A path under a regular file names the file, not a missing folder.
  @Test func aPathUnderAFileSaysItIsAFile() throws {
    let dir = try AtomicFileTests.folder()
    try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/f.png"))
    #expect(throws: RenderError.notAFolder(path: dir + "/f.png/x.png", file: dir + "/f.png")) {
      try AtomicFile.write([1], to: dir + "/f.png/x.png")
    }
    #expect(throws: RenderError.notAFolder(path: dir + "/f.png/a/b/x.png", file: dir + "/f.png")) {
      try AtomicFile.write([1], to: dir + "/f.png/a/b/x.png")
    }
    #expect(RenderError.notAFolder(path: "f/x.png", file: "f").description.contains("'f' is a file, not a folder"))
    #expect(try Self.entries(dir) == ["f.png"])
  }

  /// A one-character name (NSString's deletingLastPathComponent traps on it).
  @Test func aOneCharacterNameIsWritten() throws {
    let dir = try AtomicFileTests.folder()
    let previous = FileManager.default.currentDirectoryPath
    #expect(FileManager.default.changeCurrentDirectoryPath(dir))
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    try AtomicFile.write([1], to: "p")
    #expect(try Self.entries(dir) == ["p"])
  }

  /// Inside a batch's folder a symbolic link is refused, naming it, and its target is not
  /// touched; so is a FIFO (which would block the batch).
  @Test func insideAFolderLinksAndSpecialFilesAreRefused() throws {
    let dir = try AtomicFileTests.folder()
    try Data("precious".utf8).write(to: URL(fileURLWithPath: dir + "/outside.png"))
    try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(atPath: dir + "/out/a.png", withDestinationPath: "../outside.png")
    #expect(mkfifo(dir + "/out/b.png", 0o600) == 0)
    do {
      try AtomicFile.write([1], to: dir + "/out/a.png", destination: .insideFolder)
      Issue.record("a link was written through")
    } catch {
      #expect(error.description.contains("out/a.png") && error.description.contains("symbolic link"), "\(error)")
    }
    do {
      try AtomicFile.write([1], to: dir + "/out/b.png", destination: .insideFolder)
      Issue.record("a FIFO was written")
    } catch {
      #expect(error.description.contains("a FIFO, not a regular file"), "\(error)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/outside.png")) == Data("precious".utf8))
    #expect(try Self.entries(dir + "/out") == ["a.png", "b.png"])
  }

  /// Our temporary names are recognised; a user's file that merely starts alike is not.
  @Test func temporaryNamesAreRecognised() {
    let name = TemporaryFiles.name(for: "figure.png", pid: 4242, random: "AbCdEf012345")
    #expect(name == ".plotnn-tmp-4242-AbCdEf012345-figure.png")
    #expect(TemporaryFiles.writer(ofName: name) == 4242)
    for other in [
      "figure.png", ".plotnn-tmp-", ".plotnn-tmp-notes.txt", ".plotnn-tmp-12-short-x", ".plotnn-tmp-0-AbCdEf012345-x",
      ".plotnn-tmp-12-AbCdEf01234!-x", ".plotnn-tmp-12-AbCdEf012345x",
    ] {
      #expect(TemporaryFiles.writer(ofName: other) == nil, "\(other)")
    }
  }

  /// The sweep removes temporaries whose writer has ended, and keeps a live writer's and
  /// anything not ours.
  @Test func theSweepRemovesOnlyStaleTemporaries() throws {
    let dir = try AtomicFileTests.folder()
    let dead = try Self.endedProcessID()
    let stale = TemporaryFiles.name(for: "a.png", pid: dead, random: "AAAAAAAAAAAA")
    let live = TemporaryFiles.name(for: "b.png", pid: getppid(), random: "BBBBBBBBBBBB")
    let mine = TemporaryFiles.name(for: "c.png", pid: getpid(), random: "CCCCCCCCCCCC")
    for name in [stale, live, mine, ".plotnn-tmp-notes", "a.png"] {
      try Data().write(to: URL(fileURLWithPath: dir + "/" + name))
    }
    #expect(TemporaryFiles.sweepStale(in: dir) == [stale])
    #expect(try Self.entries(dir) == [live, mine, ".plotnn-tmp-notes", "a.png"])
  }

  /// The pid of a process that has ended (and was reaped).
  static func endedProcessID() throws -> pid_t {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  /// Concurrent writes leave no temporary file behind, and the table of paths the signal
  /// handler removes holds every file a batch writes at once (one per job, at most 256).
  @Test func concurrentWritesLeaveNoTemporaryAndTheSignalTableIsLargeEnough() throws {
    let dir = try AtomicFileTests.folder()
    DispatchQueue.concurrentPerform(iterations: 64) { i in
      try? AtomicFile.write([UInt8(i)], to: dir + "/f\(i).png")
    }
    #expect(try Self.entries(dir) == Set((0..<64).map { "f\($0).png" }))
    #expect(TemporaryFiles.signalTableCapacity > 256)
  }
}

/// The bytes a reader thread got.
private final class Received: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var bytes: [UInt8] = []

  func finish(_ bytes: [UInt8]) {
    self.bytes = bytes
    done.signal()
  }

  /// The bytes, or nil if the reader got nothing for a minute (the FIFO was replaced and
  /// the reader waits on the old one: a guard against a hang, not a timing assertion).
  func wait() -> [UInt8]? {
    done.wait(timeout: .now() + 60) == .success ? bytes : nil
  }
}
