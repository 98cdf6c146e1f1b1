import Foundation

/// Wall-clock laps of one render, for `plotnn plot --timings`: where the milliseconds go
/// (building the chart, fonts, drawing, encoding, writing).
public final class PhaseTimer: @unchecked Sendable {
  public private(set) var laps: [(phase: String, milliseconds: Double)] = []
  private var last = ContinuousClock.now

  public init() {}

  /// Ends the current phase, naming it.
  public func lap(_ phase: String) {
    let now = ContinuousClock.now
    let elapsed = now - last
    laps.append((phase, Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15))
    last = now
  }

  /// `chart 0.4 ms, fonts 2.1 ms, ...`.
  public var summary: String {
    laps.map { String(format: "%@ %.2f ms", $0.phase, $0.milliseconds) }.joined(separator: ", ")
  }
}
