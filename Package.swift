// swift-tools-version: 6.0
import PackageDescription

// Layers (see DESIGN.md): spec → chart → canvas → file.
// PlotNNCore is pure Swift (Foundation only) and is tested without Cairo;
// PlotNNCairo implements the Canvas protocol on Cairo surfaces with Pango text;
// the plotnn executable only parses arguments and calls the two libraries.
let package = Package(
  name: "plotnn",
  products: [
    .library(name: "PlotNNCore", targets: ["PlotNNCore"]),
    .library(name: "PlotNNCairo", targets: ["PlotNNCairo"]),
    .executable(name: "plotnn", targets: ["plotnn"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // SHA-256 of a docs block or figure entry names its cached image (DocsCache.swift).
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
    ),
    // giflib has no pkg-config file on Debian: header and library are on the default paths.
    .systemLibrary(name: "CGif", providers: [.apt(["libgif-dev"])]),
    // C's snprintf for PlotNNCore's numbers (CPrintf): Swift cannot call variadic C.
    .target(name: "CNumberText"),
    .target(name: "PlotNNCore", dependencies: ["CNumberText"]),
    // The signal handler that removes temporary files on SIGINT/SIGTERM: in C, so that it
    // does only async-signal-safe work.
    .target(name: "CPlotNNCleanup"),
    .target(
      name: "PlotNNCairo",
      dependencies: [
        "PlotNNCore", "CCairo", "CGif", "CPlotNNCleanup", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .executableTarget(
      name: "plotnn",
      dependencies: [
        "PlotNNCore", "PlotNNCairo",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        // Yams brings libyaml; the manifest reader uses its C API (module CYaml) directly,
        // since Yams' composer refuses repeated keys document-wide (YAMLComposer.swift).
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .testTarget(
      name: "PlotNNCoreTests",
      dependencies: ["PlotNNCore"],
      resources: [.copy("Resources")]
    ),
    .testTarget(name: "PlotNNCairoTests", dependencies: ["PlotNNCairo", "PlotNNCore", "CGif"]),
    .testTarget(name: "plotnnTests", dependencies: ["plotnn", "PlotNNCore"]),
  ],
  swiftLanguageModes: [.v6]
)
