import Foundation
import Testing

@testable import PlotNNCore

struct OptimizersFigureTests {
  static func figure(_ optimizers: [String], loss: String = "rosenbrock", steps: Int? = 60, tune: Bool = false)
    -> OptimizersFigure
  {
    var f = OptimizersFigure()
    (f.optimizers, f.loss, f.steps, f.tune) = (optimizers, loss, steps, tune)
    return f
  }

  static func refusal(_ f: OptimizersFigure) -> FigureSpecError? {
    do {
      try FigureSpec(f).validate(catalog: .standard)
      return nil
    } catch { return error }
  }

  @Test func csvRoundTripsEveryPoint() throws {
    let f = Self.figure(["adam(lr=0.05)", "momentum(lr=0.001)"], steps: 40)
    let text = try f.csv(catalog: .standard)
    let lines = text.split(separator: "\n")
    #expect(lines.first == "optimizer,step,x,y,loss")
    let traces = try f.traces(catalog: .standard).traces
    #expect(lines.count == 1 + traces.reduce(0) { $0 + $1.path.points.count })
    var row = 1
    for t in traces {
      for (k, p) in t.path.points.enumerated() {
        let line = String(lines[row])
        let spec = "\"\(t.optimizer.spec)\""
        #expect(line.hasPrefix(spec + ","))
        let fields = line.dropFirst(spec.count + 1).split(separator: ",").map(String.init)
        #expect(Int(fields[0]) == k)
        #expect(Double(fields[1]) == p.x && Double(fields[2]) == p.y && Double(fields[3]) == t.path.losses[k])
        row += 1
      }
    }
  }

  @Test func divergingPathStopsAndIsNamed() throws {
    let f = Self.figure(["sgd(lr=0.1)", "adam(lr=0.01)"], steps: 10_000)
    let traces = try f.traces(catalog: .standard).traces
    #expect(traces[0].path.diverged)
    #expect(traces[0].path.points.count < 20)
    #expect(!traces[1].path.diverged && traces[1].path.points.count == 10_001)
    let chart = try #require(try FigureSpec(f).chart(catalog: .standard) as? OptimizersChart)
    #expect(chart.legendLabel(0, parameters: true).plainText.contains("步发散"))
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: Size(width: 840, height: 420), tolerance: 0.1)
    for command in canvas.commands {
      if case .stroke(let path, _) = command {
        for e in path.elements {
          if case .line(let p) = e { #expect(p.x.isFinite && p.y.isFinite && abs(p.x) < 1e5 && abs(p.y) < 1e5) }
        }
      }
    }
  }

  @Test func tuneIsDeterministicAndOnTheGrid() throws {
    let f = Self.figure(["adam", "rmsprop", "sgd"], loss: "ill-conditioned", steps: 50, tune: true)
    let a = try f.traces(catalog: .standard).traces
    let b = try f.traces(catalog: .standard).traces
    for (s, t) in zip(a, b) {
      #expect(s.optimizer.learningRate == t.optimizer.learningRate)
      #expect(s.path == t.path)
      #expect(LearningRateTuner.grid.contains(s.optimizer.learningRate))
    }
    // The chosen rate scores no worse than every other rate of the grid.
    let run = OptimizerRun(steps: 50, escape: (-25...25, -10...10))
    let loss = try #require(PlaneLoss.named("ill-conditioned"))
    let adam = try Optimizer(parsing: "adam")
    let chosen = LearningRateTuner(run: run).tune(adam, from: loss.start, loss: loss.value, gradient: loss.gradient)
    let best = LearningRateTuner.score(chosen.path.losses)
    for lr in LearningRateTuner.grid {
      let p = run.run(adam.withLearningRate(lr), from: loss.start, loss: loss.value, gradient: loss.gradient)
      if !p.diverged { #expect(best <= LearningRateTuner.score(p.losses)) }
    }
  }

  @Test func refusals() {
    #expect(Self.refusal(Self.figure([]))?.field == "optimizers")
    #expect(Self.refusal(Self.figure(["adma"]))?.description.contains("did you mean adam") == true)
    #expect(Self.refusal(Self.figure(["adam(beta2=1)"]))?.field == "optimizers")
    #expect(
      Self.refusal(Self.figure(["adam"], loss: "rosenbrok"))?.description.contains("did you mean rosenbrock") == true)
    #expect(Self.refusal(Self.figure(["adam"], steps: 0))?.field == "steps")
    #expect(Self.refusal(Self.figure(["adam"], steps: 10_001))?.field == "steps")
    var f = Self.figure(["adam"])
    f.start = [1, 2, 3]
    #expect(Self.refusal(f)?.field == "start")
    #expect(Self.refusal(Self.figure(["adam"], loss: "x^2 + 10*y^2")) == nil)
  }

  @Test func logLevelsWhenTheLossSpansDecades() throws {
    let loss = try #require(PlaneLoss.named("rosenbrock"))
    let grid = ScalarGrid(x: -2...2, y: -1...3, columns: 80, rows: 80) { loss.value(Vector2($0, $1)) }
    let levels = OptimizersContourPainter.levels(grid: grid, minimum: 0, count: 10)
    let ratios = zip(levels, levels.dropFirst()).map { $1 / $0 }
    #expect(ratios.allSatisfy { abs($0 - ratios[0]) < 1e-9 * ratios[0] })
    let booth = try #require(PlaneLoss.named("ill-conditioned"))
    let flat = ScalarGrid(x: -1...1, y: -0.2...0.2, columns: 40, rows: 40) { booth.value(Vector2($0, $1)) }
    let even = OptimizersContourPainter.levels(grid: flat, minimum: 0, count: 5)
    let steps = zip(even, even.dropFirst()).map { $1 - $0 }
    #expect(steps.allSatisfy { abs($0 - steps[0]) < 1e-9 })
  }
}
