import Foundation
import PlotNNCairo
import PlotNNCore
import Testing

/// README.md's "Using the library from Swift" example, line for line (only the output path
/// differs), so the documented API keeps compiling and printing what the README says.
@Test func readmeLibraryExampleWorks() throws {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plotnn-readme-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

  var line = LineFigure(functions: ["leaky-relu(alpha=0.5)", "elu"])
  line.from = -5
  line.curves = .both
  var spec = FigureSpec(line)  // plus the options every figure has: size, width, dpi, scale, title, theme
  spec.size = try FigureSize(text: "3.25inx2.5in")  // or FigureSize(width: Length(8, .cm), height: Length(6, .cm))
  spec.scale = 2
  let files = try FileFormats.cairo().render(spec, formats: ["png", "svg"])  // one drawing, two files
  try AtomicFile.write(files[0], to: folder.appendingPathComponent("activations.png").path)
  #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("activations.png").path))

  // The README prints these digits; the values themselves are checked against mpmath:
  // GELU(1) = Φ(1) = 0.84134474606854293…, GELU′(1) = Φ(1) + φ(1) = 1.08331547058768630….
  let gelu = try Catalog.standard.bind("gelu")
  #expect("\(gelu.value(at: 1)) \(gelu.derivative(at: 1))" == "0.841344746068543 1.0833154705876864")
  #expect(abs(gelu.value(at: 1) - 0.841_344_746_068_542_93) < 3e-16)
  #expect(abs(gelu.derivative(at: 1) - 1.083_315_470_587_686_30) < 3e-16)

  // Mish(1) = tanh(ln(1 + e)) = 0.86509838826731034…; Mish′(1) = 1.04903622009979…
  let mish = try ExpressionParser.parse("x*tanh(softplus(x))")
  #expect("\(mish.value(at: 1)) \(mish.derivative(at: 1))" == "0.8650983882673103 1.0490362200997922")
  #expect(abs(mish.value(at: 1) - 0.865_098_388_267_310_34) < 3e-16)
  _ = try Catalog.standard.source("x*sigmoid(1.702*x)")
}
