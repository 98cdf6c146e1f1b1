import Testing

@testable import PlotNNCairo

/// The path helpers that stand in for NSString's (which trap on one-character names in
/// swift-corelibs-foundation): NSString's results for the names it does not trap on, and the
/// stem's own rule for a name ending in a dot (kept whole).
@Suite struct PathTextTests {
  @Test(arguments: [
    ("x", "", "x"), ("ÿ", "", "ÿ"), ("a/b", "a", "b"), ("/x", "/", "x"), ("dir/sub/m.yaml", "dir/sub", "m.yaml"),
  ])
  func folderAndLastComponent(path: String, folder: String, last: String) {
    #expect(AtomicFile.folderText(of: path) == folder)
    #expect(AtomicFile.lastComponent(of: path) == last)
  }

  @Test(arguments: [("y", "y"), ("page.md", "page"), ("a.b.md", "a.b"), (".hidden", ".hidden"), ("x.", "x.")])
  func stem(name: String, stem: String) {
    #expect(AtomicFile.stem(of: name) == stem)
  }
}
