import ArgumentParser
import PlotNNCore

/// The timing of an animated figure (`.gif`, `.anim.svg`, `--animate`): ``Animation``'s
/// fields as flags, checked by the core with the rest of the figure.
struct AnimationOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Frames of an animation (1 to \(Animation.maximumFrames); default: one per step, at most \(Animation.defaultFrameCap)).",
      valueName: "n"),
    transform: ArgumentValue.wholeNumber)
  var frames: Int?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Frames a second (up to \(Int(Animation.maximumFPS)); default: 10).", valueName: "fps"),
    transform: ArgumentValue.number)
  var fps: Double?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "How often the animation plays: a number of times, or forever (default).", valueName: "n|forever"),
    transform: AnimationOptions.loop)
  var loop: Animation.Loop?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Seconds the last frame stays (0 to \(Int(Animation.maximumHold)); default: 2).", valueName: "seconds"),
    transform: ArgumentValue.number)
  var hold: Double?

  /// `spec` with these options.
  func apply(to spec: inout FigureSpec) {
    if let frames { spec.animation.frames = frames }
    if let fps { spec.animation.fps = fps }
    if let loop { spec.animation.loop = loop }
    if let hold { spec.animation.hold = hold }
  }

  /// `forever`, or a whole number of plays.
  static func loop(_ text: String) throws -> Animation.Loop {
    if text.trimmingCharacters(in: .whitespaces).lowercased() == "forever" { return .forever }
    do { return .times(try ArgumentValue.wholeNumber(text)) } catch {
      throw ValidationError("expected a number of plays such as 3, or forever")
    }
  }
}
