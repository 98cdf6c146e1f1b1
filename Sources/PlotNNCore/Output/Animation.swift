/// How a figure with paths is animated (`.gif`, `.anim.svg`, `--animate`): how many frames,
/// how fast, how often it plays, how long the last frame stays. The same value times the GIF
/// and the animated SVG, so both play alike.
///
/// Frame k of n shows the paths up to step round(k·S/(n − 1)) of the longest path's S steps
/// (``steps(forStepCount:)``): the first frame shows no step, the last the whole path, the
/// picture a static format draws.
///
/// - Decision: delays are whole centiseconds, the GIF's unit (``frameDelay``), and the SVG uses
///   the very same numbers, so the two formats keep the same clock. `fps` is at most 50: GIF
///   viewers (Chromium, Firefox) play any delay under 2 cs at 10 cs instead.
/// - Decision: `loop` counts plays: `times(1)` plays once (the GIF has no NETSCAPE2.0 block),
///   `times(n)` writes a NETSCAPE2.0 repeat count of n − 1 (browsers play it n times), and
///   `forever` writes 0. The SVG's `repeatCount` is n, or `indefinite`.
/// - Decision: the default is one frame per step up to ``defaultFrameCap``; more frames than
///   steps + 1 would only repeat pictures, so `frames` is cut to steps + 1.
public struct Animation: Sendable, Hashable {
  public enum Loop: Sendable, Hashable {
    case forever
    /// Plays this many times (at least 1), then stays on the last frame.
    case times(Int)
  }

  /// Frames asked for; nil: one per step, at most ``defaultFrameCap``.
  public var frames: Int?
  /// Frames a second, 0 < fps ≤ ``maximumFPS``.
  public var fps: Double = 10
  public var loop: Loop = .forever
  /// Seconds the last frame stays on top of its own delay, 0...``maximumHold``.
  public var hold: Double = 2

  public init(frames: Int? = nil, fps: Double = 10, loop: Loop = .forever, hold: Double = 2) {
    (self.frames, self.fps, self.loop, self.hold) = (frames, fps, loop, hold)
  }

  /// Frames by default at most: 100 (10 s at the default 10 fps).
  public static let defaultFrameCap = 100
  /// Frames at most: 1000.
  public static let maximumFrames = 1000
  public static let maximumFPS = 50.0
  public static let maximumHold = 60.0
  /// Most plays of a finite loop (a larger count is as good as `forever`): 65 536, the
  /// NETSCAPE2.0 field holding n − 1 in 16 bits.
  public static let maximumLoops = 65536
  /// Most pixels of all frames together: 200 M (about 430 frames of 960 × 480, 96 of
  /// 1920 × 1080): each frame is drawn and encoded, so this bounds the time (about 15 ms a
  /// megapixel here) and keeps a GIF's size sane.
  public static let maximumFramePixels = 200_000_000.0
  /// Largest animated file: 64 MiB; a file that would grow past it is refused, nothing written.
  public static let maximumBytes = 64 << 20

  /// The delay of every frame but the last, in centiseconds: round(100/fps), at least 2.
  public var frameDelay: Int { max(2, Int((100 / fps).rounded())) }

  /// The last frame's delay: ``frameDelay`` plus ``hold``, in centiseconds.
  public var lastDelay: Int { frameDelay + Int((hold * 100).rounded()) }

  /// The step each frame shows, for paths of at most `stepCount` steps.
  public func steps(forStepCount stepCount: Int) -> [Int] {
    let s = max(0, stepCount)
    let n = min(frames ?? min(s + 1, Self.defaultFrameCap), s + 1)
    guard n > 1 else { return [s] }
    return (0..<n).map { k in Int((Double(k) * Double(s) / Double(n - 1)).rounded()) }
  }

  /// The delays of `count` frames in centiseconds: ``frameDelay`` each, the last ``lastDelay``.
  public func delays(count: Int) -> [Int] {
    (0..<count).map { $0 == count - 1 ? lastDelay : frameDelay }
  }

  /// Every rule, naming the manifest key (`frames`, `fps`, `loop`, `hold`).
  public func validate() throws(FigureSpecError) {
    try FieldRules.within(frames, 1...Self.maximumFrames, "frames")
    guard fps.isFinite, fps > 0, fps <= Self.maximumFPS else {
      throw .value("fps", "must be greater than 0 and at most \(Int(Self.maximumFPS)) (got \(fps))")
    }
    if case .times(let n) = loop { try FieldRules.within(n, 1...Self.maximumLoops, "loop") }
    guard hold.isFinite, hold >= 0, hold <= Self.maximumHold else {
      throw .value("hold", "must be from 0 to \(Int(Self.maximumHold)) seconds (got \(hold))")
    }
  }

  /// `n` frames of `width × height` device pixels: refused past ``maximumFramePixels``.
  public static func checkPixels(frames n: Int, width: Int, height: Int) throws(RenderError) {
    let total = Double(n) * Double(width) * Double(height)
    guard total <= maximumFramePixels else {
      let most = max(1, Int(maximumFramePixels / max(1, Double(width) * Double(height))))
      throw .animationTooLarge(
        "\(n) frames of \(width)×\(height) pixels are \(Int(total)) pixels, over the bound of "
          + "\(Int(maximumFramePixels)); at this size at most \(most) frames (give --frames or a smaller size)")
    }
  }
}
