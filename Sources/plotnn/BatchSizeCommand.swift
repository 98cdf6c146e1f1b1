import ArgumentParser
import PlotNNCore

/// `plotnn batch-size`: full batch vs mini-batch vs batch size 1 on the chapter's
/// least-squares problem (``BatchSizeFigure``).
struct BatchSizeCommand: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: BatchSizeFigure.id, abstract: BatchSizeFigure.summary + ".",
    discussion:
      "All three runs see the same samples (--epochs passes over the 24 samples, shuffled each pass with --seed) at one learning rate; the loss panel is the full-data loss against the samples seen."
  )

  @Option(
    name: .long, parsing: .unconditional, help: "Mini-batch size, 1 to 24 (default 8).",
    transform: ArgumentValue.wholeNumber)
  var batch: Int?

  @Option(
    name: .long, parsing: .unconditional,
    help: "Passes over the data, 1 to \(BatchSizeFigure.maximumEpochs) (default 20).",
    transform: ArgumentValue.wholeNumber)
  var epochs: Int?

  @Option(
    name: .long, parsing: .unconditional, help: "Learning rate η for every run (default 0.5).",
    transform: ArgumentValue.number)
  var learningRate: Double?

  @Option(name: .long, parsing: .unconditional, help: "Shuffle seed (default 1).", transform: ArgumentValue.wholeNumber)
  var seed: Int?

  @Option(
    name: .long, parsing: .unconditional, help: "Start W1,W2 (default -1,0).", transform: ArgumentValue.numbers)
  var start: [Double]?

  @OptionGroup var surfaceView: SurfaceViewOptions

  @OptionGroup var output: OutputOptions
  @OptionGroup var look: LookOptions
  @OptionGroup(title: "Animation (.gif, .anim.svg, --animate)") var animation: AnimationOptions

  var spec: FigureSpec {
    get throws {
      var f = BatchSizeFigure()
      (f.batch, f.epochs, f.learningRate, f.seed, f.start) = (batch, epochs, learningRate, seed, start ?? [])
      (f.view, f.azimuth, f.elevation) = (surfaceView.view, surfaceView.azimuth, surfaceView.elevation)
      var spec = try look.spec(f)
      animation.apply(to: &spec)
      return spec
    }
  }
}
