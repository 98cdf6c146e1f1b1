import Foundation
import PlotNNCore
import Testing

/// One table of bad values, fed through the three entry points: the library
/// (`FigureSpec.validate`), a manifest (`plotnn figures m.yaml`) and the command line. Each
/// must refuse, with the core's one message: the library's words, the manifest's prefixed
/// by `file:line: figure, key`, the CLI's with the field spelled as its flag.
@Suite struct BadValueTableTests {
  struct Row: Sendable, CustomStringConvertible {
    /// The figure as a library caller builds it.
    var spec: @Sendable () -> FigureSpec
    /// The same figure as a manifest entry (YAML lines under `- name: f`), the bad key last.
    var yaml: [String]
    /// The same figure on the command line (without --out).
    var cli: [String]
    /// The field at fault, the library's message, and the CLI's.
    var field: String
    var message: String
    var cliMessage: String
    var description: String { cli.joined(separator: " ") }
  }

  static func descent(_ change: @escaping @Sendable (inout DescentFigure) -> Void) -> @Sendable () -> FigureSpec {
    {
      var f = DescentFigure(); change(&f); return FigureSpec(f)
    }
  }
  static func surface(_ change: @escaping @Sendable (inout SurfaceFigure) -> Void) -> @Sendable () -> FigureSpec {
    {
      var f = SurfaceFigure(); change(&f); return FigureSpec(f)
    }
  }
  static func optimizers(_ change: @escaping @Sendable (inout OptimizersFigure) -> Void) -> @Sendable () -> FigureSpec {
    {
      var f = OptimizersFigure(); f.optimizers = ["adam"]; change(&f); return FigureSpec(f)
    }
  }
  static func batchSize(_ change: @escaping @Sendable (inout BatchSizeFigure) -> Void) -> @Sendable () -> FigureSpec {
    {
      var f = BatchSizeFigure(); change(&f); return FigureSpec(f)
    }
  }
  /// An optimizers figure (adam on Rosenbrock) with one bad key, the same message both ways
  /// but for the field's spelling.
  static func optimizersRow(
    _ change: @escaping @Sendable (inout OptimizersFigure) -> Void, yaml: String, cli: [String], field: String,
    _ message: String
  ) -> Row {
    Row(
      spec: optimizers(change), yaml: ["kind: optimizers", "optimizers: [adam]", yaml],
      cli: ["optimizers", "adam"] + cli,
      field: field, message: "\(field) " + message, cliMessage: "--\(field) " + message)
  }
  /// A batch-size figure with one bad key.
  static func batchSizeRow(
    _ change: @escaping @Sendable (inout BatchSizeFigure) -> Void, yaml: String, cli: [String], field: String,
    _ message: String
  ) -> Row {
    Row(
      spec: batchSize(change), yaml: ["kind: batch-size", yaml], cli: ["batch-size"] + cli, field: field,
      message: "\(field) " + message, cliMessage: "--\(field) " + message)
  }

  /// Every key and option of the optimizers and batch-size figures (choices, typed in the
  /// library, are in ``badChoicesAreRefusedByTheCLIAndTheManifest()``).
  static let optimizerRows: [Row] = [
    optimizersRow(
      { $0.steps = 0 }, yaml: "steps: 0", cli: ["--steps", "0"], field: "steps", "must be from 1 to 10000 (got 0)"),
    optimizersRow(
      { $0.levels = 1 }, yaml: "levels: 1", cli: ["--levels", "1"], field: "levels", "must be from 2 to 60 (got 1)"),
    optimizersRow(
      { $0.start = [1, 2, 3] }, yaml: "start: [1, 2, 3]", cli: ["--start", "1,2,3"], field: "start",
      "must be two numbers x, y within ±1e6, such as -1.5, 2 (got 1, 2, 3)"),
    Row(
      spec: optimizers { $0.loss = "rosenbrok" }, yaml: ["kind: optimizers", "optimizers: [adam]", "loss: rosenbrok"],
      cli: ["optimizers", "adam", "--loss", "rosenbrok"], field: "loss",
      message: "unknown loss 'rosenbrok'; did you mean rosenbrock? (named losses: least-squares,",
      cliMessage: "unknown loss 'rosenbrok'; did you mean rosenbrock? (named losses: least-squares,"),
    optimizersRow(
      { $0.azimuth = .nan }, yaml: "azimuth: nan", cli: ["--azimuth", "nan"], field: "azimuth",
      "must be a finite number (got nan)"),
    optimizersRow(
      { $0.elevation = 500 }, yaml: "elevation: 500", cli: ["--elevation", "500"], field: "elevation",
      "must be from -90 to 90 (got 500)"),
    Row(
      spec: optimizers { $0.optimizers = ["adamm"] }, yaml: ["kind: optimizers", "optimizers: [adamm]"],
      cli: ["optimizers", "adamm"], field: "optimizers",
      message: "unknown optimizer 'adamm'; did you mean adam or adamw or adamax? (known: sgd,",
      cliMessage: "unknown optimizer 'adamm'; did you mean adam or adamw or adamax? (known: sgd,"),
    Row(
      spec: optimizers { $0.optimizers = ["adam(lr=-1)"] },
      yaml: ["kind: optimizers", "optimizers: [\"adam(lr=-1)\"]"],
      cli: ["optimizers", "adam(lr=-1)"], field: "optimizers", message: "adam: lr must be greater than 0 (got -1)",
      cliMessage: "adam: lr must be greater than 0 (got -1)"),
    Row(
      spec: optimizers { $0.optimizers = [] }, yaml: ["kind: optimizers", "optimizers: []"],
      cli: ["optimizers"], field: "optimizers",
      message: "the figure compares 1 to 16 optimizers, such as adam(lr=0.05) sgd (got 0)",
      cliMessage: "the figure compares 1 to 16 optimizers, such as adam(lr=0.05) sgd (got 0)"),
    batchSizeRow(
      { $0.batch = 0 }, yaml: "batch: 0", cli: ["--batch", "0"], field: "batch", "must be from 1 to 24 (got 0)"),
    batchSizeRow(
      { $0.epochs = 0 }, yaml: "epochs: 0", cli: ["--epochs", "0"], field: "epochs", "must be from 1 to 1000 (got 0)"),
    batchSizeRow(
      { $0.learningRate = 20 }, yaml: "learning-rate: 20", cli: ["--learning-rate", "20"], field: "learning-rate",
      "must be from 1e-6 to 10 (got 20)"),
    batchSizeRow(
      { $0.seed = -1 }, yaml: "seed: -1", cli: ["--seed", "-1"], field: "seed",
      "must be a whole number 0 or more (got -1)"),
    batchSizeRow(
      { $0.start = [1] }, yaml: "start: [1]", cli: ["--start", "1"], field: "start",
      "must be two numbers w1, w2 within ±1e6, such as -1, 0 (got 1)"),
    batchSizeRow(
      { $0.azimuth = .infinity }, yaml: "azimuth: inf", cli: ["--azimuth", "inf"], field: "azimuth",
      "must be a finite number (got inf)"),
    batchSizeRow(
      { $0.elevation = -91 }, yaml: "elevation: -91", cli: ["--elevation", "-91"], field: "elevation",
      "must be from -90 to 90 (got -91)"),
  ]

  static func line(_ change: @escaping @Sendable (inout LineFigure) -> Void) -> @Sendable () -> FigureSpec {
    {
      var f = LineFigure(functions: ["relu"]); change(&f); return FigureSpec(f)
    }
  }

  /// A relu line figure with `change` made to its spec; `message` spelled both ways.
  static func sizeRow(
    _ change: @escaping @Sendable (inout FigureSpec) -> Void, yaml: [String], cli: [String], field: String,
    _ message: FieldText
  ) -> Row {
    Row(
      spec: {
        var s = FigureSpec(LineFigure(functions: ["relu"]))
        change(&s)
        return s
      }, yaml: ["functions: relu"] + yaml, cli: ["relu"] + cli, field: field, message: message.description,
      cliMessage: message.spelled { "--" + $0 })
  }

  static let rows: [Row] =
    [
      Row(
        spec: descent { $0.run.steps = 0 }, yaml: ["kind: descent", "steps: 0"], cli: ["descent", "--steps", "0"],
        field: "steps", message: "steps must be from 1 to 100000 (got 0)",
        cliMessage: "--steps must be from 1 to 100000 (got 0)"),
      Row(
        spec: descent { $0.levels = 0 }, yaml: ["kind: descent", "levels: 0"], cli: ["descent", "--levels", "0"],
        field: "levels", message: "levels must be from 1 to 100 (got 0)",
        cliMessage: "--levels must be from 1 to 100 (got 0)"),
      Row(
        spec: descent { $0.run.start = [1, 2, 3] }, yaml: ["kind: descent", "start: [1, 2, 3]"],
        cli: ["descent", "--start", "1,2,3"], field: "start",
        message: "start must be two numbers w1, w2 within ±1e6, such as -7, 0 (got 1, 2, 3)",
        cliMessage: "--start must be two numbers w1, w2 within ±1e6, such as -7, 0 (got 1, 2, 3)"),
      Row(
        spec: descent { $0.run.learningRate = -1 }, yaml: ["kind: descent", "learning-rate: -1"],
        cli: ["descent", "--learning-rate", "-1"], field: "learning-rate",
        message: "learning-rate must be a finite number greater than 0 (got -1)",
        cliMessage: "--learning-rate must be a finite number greater than 0 (got -1)"),
      Row(
        spec: surface { $0.elevation = 500 }, yaml: ["kind: surface", "elevation: 500"],
        cli: ["surface", "--elevation", "500"], field: "elevation",
        message: "elevation must be from -90 to 90 (got 500)",
        cliMessage: "--elevation must be from -90 to 90 (got 500)"),
      Row(
        spec: surface { $0.azimuth = .nan }, yaml: ["kind: surface", "azimuth: nan"],
        cli: ["surface", "--azimuth", "nan"], field: "azimuth", message: "azimuth must be a finite number (got nan)",
        cliMessage: "--azimuth must be a finite number (got nan)"),
      Row(
        spec: line {
          $0.from = 2
          $0.to = 1
        }, yaml: ["functions: relu", "to: 1", "from: 2"], cli: ["relu", "--from", "2", "--to", "1"], field: "from",
        message: "from must be less than to (got from 2, to 1)",
        cliMessage: "--from must be less than --to (got --from 2, --to 1)"),
      Row(
        spec: line { $0.functions = ["nosuch"] }, yaml: ["functions: nosuch"], cli: ["nosuch"], field: "functions",
        message: "unknown name 'nosuch' at column 1", cliMessage: "unknown name 'nosuch' at column 1"),
      Row(
        spec: {
          var s = FigureSpec(SoftmaxFigure(logits: [1, .infinity]))
          s.title = nil
          return s
        }, yaml: ["kind: softmax", "logits: [1, inf]"], cli: ["softmax", "1", "inf"], field: "logits",
        message: "logits must be finite numbers (got inf)", cliMessage: "the logits must be finite numbers (got inf)"),
      sizeRow(
        { $0.size = FigureSize(px: 5, 5) }, yaml: ["size: 5x5"], cli: ["--size", "5x5"], field: "size",
        "\(field: "size") 5x5 is 3.75x3.75 points, 5x5 pixels at \(field: "dpi") 96 and \(field: "scale") 1: "
          + "the width is under 16 pixels; each side must be from 1 to 16384 points and from 16 to 16384 pixels"),
      sizeRow(
        { $0.size = FigureSize(width: Length(0.1, .in), height: Length(2, .in)) }, yaml: ["size: 0.1inx2in"],
        cli: ["--size", "0.1inx2in"], field: "size",
        "\(field: "size") 0.1inx2in is 7.2x144 points, 10x192 pixels at \(field: "dpi") 96 and \(field: "scale") 1: "
          + "the width is under 16 pixels"),
      sizeRow(
        { $0.size = FigureSize(width: Length(300, .in), height: Length(20, .cm)) }, yaml: ["size: 300in x 20cm"],
        cli: ["--size", "300inx20cm"], field: "size",
        "\(field: "size") 300inx20cm is 21600x566.93 points, 28800x756 pixels at \(field: "dpi") 96 and "
          + "\(field: "scale") 1: the width is over 16384 points"),
      sizeRow(
        { $0.width = Length(4, .mm) }, yaml: ["width: 4mm"], cli: ["--width", "4mm"], field: "width",
        "\(field: "width") 4mm is 11.34x8.5 points, 15x11 pixels at \(field: "dpi") 96 and \(field: "scale") 1: "
          + "the width is under 16 pixels"),
      sizeRow(
        {
          $0.size = FigureSize(width: Length(100, .in), height: Length(1000, .pt))
          $0.dpi = 300
        }, yaml: ["dpi: 300", "size: 100inx1000pt"], cli: ["--dpi", "300", "--size", "100inx1000pt"], field: "size",
        "\(field: "size") 100inx1000pt is 7200x1000 points, 30000x4167 pixels at \(field: "dpi") 300 and "
          + "\(field: "scale") 1: the width is over 16384 pixels"),
      sizeRow(
        { $0.size = FigureSize(width: Length(80, .in), height: Length(1219.2, .mm)) }, yaml: ["size: 80inx1219.2mm"],
        cli: ["--size", "80inx1219.2mm"], field: "size",
        "\(field: "size") 80inx1219.2mm is 5760x3456 points, 7680x4608 pixels at \(field: "dpi") 96 and "
          + "\(field: "scale") 1: the image has 33.75 megapixels, over 32"),
      sizeRow(
        {
          $0.size = FigureSize(px: 640, 480)
          $0.width = Length(3, .in)
        }, yaml: ["size: 640x480", "width: 3in"], cli: ["--size", "640x480", "--width", "3in"], field: "width",
        "\(field: "width") and \(field: "size") both set the figure's width"),
      sizeRow(
        { $0.dpi = 0 }, yaml: ["dpi: 0"], cli: ["--dpi", "0"], field: "dpi",
        "\(field: "dpi") must be a finite number of pixels an inch greater than 0, such as 96, 150 or 300 (got 0)"),
      Row(
        spec: line { $0.xtickStep = -1 }, yaml: ["functions: relu", "xtick-step: -1"],
        cli: ["relu", "--xtick-step", "-1"], field: "xtick-step",
        message: "xtick-step must be a finite number greater than 0 (got -1)",
        cliMessage: "--xtick-step must be a finite number greater than 0 (got -1)"),
      Row(
        spec: line { $0.xtickStep = 0.001 }, yaml: ["functions: relu", "xtick-step: 0.001"],
        cli: ["relu", "--xtick-step", "0.001"], field: "xtick-step",
        message:
          "xtick-step 0.001 gives 10001 ticks on [-5, 5]; at most 100 are drawn, so the step must be at least 0.102",
        cliMessage:
          "--xtick-step 0.001 gives 10001 ticks on [-5, 5]; at most 100 are drawn, so the step must be at least 0.102"),
      Row(
        spec: line { $0.yticks = [0, .infinity] }, yaml: ["functions: relu", "yticks: [0, inf]"],
        cli: ["relu", "--yticks", "0,inf"], field: "yticks", message: "yticks must be finite numbers (got inf)",
        cliMessage: "--yticks must be finite numbers (got inf)"),
      Row(
        spec: line { $0.xlabel = "<i>x" }, yaml: ["functions: relu", "xlabel: <i>x"],
        cli: ["relu", "--xlabel", "<i>x"],
        field: "xlabel", message: "xlabel is not valid markup", cliMessage: "--xlabel is not valid markup"),
      Row(
        spec: {
          var s = FigureSpec(LineFigure(functions: ["relu"]))
          s.scale = 0
          return s
        }, yaml: ["functions: relu", "scale: 0"], cli: ["relu", "--scale", "0"], field: "scale",
        message: "scale must be a finite number greater than 0 (got 0)",
        cliMessage: "--scale must be a finite number greater than 0 (got 0)"),
    ] + optimizerRows

  @Test(arguments: rows)
  func theLibraryRefuses(row: Row) {
    do {
      try row.spec().validate(catalog: .standard)
      Issue.record("accepted")
    } catch {
      #expect(error.field == row.field)
      #expect(error.description.hasPrefix(row.message), "\(error.description)")
    }
  }

  @Test(arguments: rows)
  func theManifestRefuses(row: Row) throws {
    let folder = try CLIRunner.scratchFolder()
    let lines = ["figures:", "  - name: f"] + row.yaml.map { "    " + $0 }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1)
    // The bad key is the entry's last line.
    let place = "m.yaml:\(lines.count): figure 'f', key '\(row.field)': "
    #expect(result.stderr.contains(place + row.message), "\(result.stderr)")
    // Nothing drawn for the figure; the gallery is still written.
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
    #expect(Set(written) == ["README.md", "index.html", ".plotnn-cache"])
  }

  @Test(arguments: rows)
  func theCommandLineRefuses(row: Row) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(row.cli + ["--out", "f.png"], in: folder)
    #expect(result.status == 64)
    #expect(result.stderr.contains("Error: " + row.cliMessage), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  /// Choices are typed (enums), so a library caller cannot even write a bad one; the CLI
  /// and the manifest refuse it, listing the choices.
  @Test func badChoicesAreRefusedByTheCLIAndTheManifest() throws {
    let folder = try CLIRunner.scratchFolder()
    let cli = try CLIRunner.run(["descent", "--panels", "left", "--out", "d.png"], in: folder)
    #expect(cli.status == 64 && cli.stderr.contains("'both', 'unnormalized' or 'normalized'"), "\(cli.stderr)")
    try Data("figures:\n  - name: f\n    kind: descent\n    panels: left\n".utf8)
      .write(to: folder.appendingPathComponent("m.yaml"))
    let manifest = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(
      manifest.status == 1
        && manifest.stderr.contains(
          "m.yaml:4: figure 'f', key 'panels': expected one of both, unnormalized, normalized"),
      "\(manifest.stderr)")
  }

  /// `view` of the optimizers and batch-size figures: 2d or 3d, nothing else, one error,
  /// nothing written.
  @Test(arguments: [["optimizers", "adam"], ["batch-size"]])
  func aBadViewIsRefused(command: [String]) throws {
    let folder = try CLIRunner.scratchFolder()
    let cli = try CLIRunner.run(command + ["--view", "4d", "--out", "f.png"], in: folder)
    #expect(cli.status == 64 && cli.stderr.contains("Please provide one of '2d' and '3d'"), "\(cli.stderr)")
    #expect(cli.stderr.components(separatedBy: "Error:").count == 2, "\(cli.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    let kind =
      command[0] == "optimizers" ? ["    kind: optimizers", "    optimizers: [adam]"] : ["    kind: batch-size"]
    let lines = ["figures:", "  - name: f"] + kind + ["    view: 4d"]
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let manifest = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(
      manifest.status == 1
        && manifest.stderr.contains("m.yaml:\(lines.count): figure 'f', key 'view': expected one of 2d, 3d"),
      "\(manifest.stderr)")
  }
}
