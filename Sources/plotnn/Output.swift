import ArgumentParser
import Foundation
import PlotNNCairo
import PlotNNCore

/// Renders and writes figures for the commands; file-system failures are runtime errors
/// (exit 1), reported with the path.
enum Output {
  static func write(_ chart: some Chart, to path: String, size: Size, scale: Double, timer: PhaseTimer? = nil) throws {
    let format = try OutputFormat(path: path)
    try AtomicFile.checkDestination(path)
    let bytes = try FigureRenderer.render(chart, format: format, size: size, scale: scale, timer: timer)
    try AtomicFile.write(bytes, to: path)
    timer?.lap("write")
  }
}

extension RenderError: LocalizedError {
  public var errorDescription: String? { description }
}
