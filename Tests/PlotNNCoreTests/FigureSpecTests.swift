import Foundation
import Testing

@testable import PlotNNCore

/// FigureSpec → LineChart: ranges, curves, titles and marks.
@Suite struct FigureSpecTests {
  @Test func automaticXRangeIsTheUnionOfDomains() throws {
    // sigmoid's default domain is [−10, 10], relu6's [−2, 8].
    let chart = try LineFigure(functions: ["relu6", "sigmoid"]).testChart()
    #expect(chart.xRange == -10...10)
    var spec = LineFigure(functions: ["relu"])
    spec.to = -7
    #expect(try spec.testChart().xRange == -8 ... -7)
  }

  @Test func withDerivativeAddsADashedCurveInTheSameColour() throws {
    var spec = LineFigure(functions: ["tanh", "elu"])
    spec.curves = .both
    let chart = try spec.testChart()
    #expect(chart.series.map(\.dashed) == [false, true, false, true])
    #expect(chart.series.map(\.colorIndex) == [0, 0, 1, 1])
    // The dashed one is f′: tanh′(0.5) = 1 − tanh²(0.5).
    #expect(abs(chart.series[1].function(0.5) - (1 - tanh(0.5) * tanh(0.5))) < 1e-15)
  }

  /// `--derivative`: f′ is the figure's only curve, drawn solid, and the subtitle is f′'s
  /// formula, not f's.
  @Test func aDerivativeAloneIsSolidWithItsOwnFormula() throws {
    var spec = LineFigure(functions: ["softplus"])
    spec.curves = .derivative
    let chart = try spec.testChart()
    #expect(chart.series.map(\.dashed) == [false])
    #expect(chart.title == .plain("Derivative of Softplus"))
    #expect(chart.subtitle?.plainText == "f′(x) = σ(x) = 1/(1 + e^(−x))")
  }

  @Test func titlesNameTheFunctionAndItsParameters() throws {
    var spec = LineFigure(functions: ["leaky-relu(alpha=0.5)"])
    spec.curves = .both
    let chart = try spec.testChart()
    #expect(chart.title == .plain("Leaky ReLU (α = 0.5) and its derivative"))
    #expect(chart.subtitle?.markup.contains("<i>x</i>") == true)
    let untitled = try spec.testChart(title: "")
    #expect(untitled.title == nil && untitled.subtitle == nil)
  }

  @Test func marksTakeTheirValueFromTheFunction() throws {
    var spec = LineFigure(functions: ["sigmoid"])
    spec.marks = [.init(x: 0, derivative: true, label: "σ′(0) = {y}"), .init(x: 2, derivative: false, label: "{y}")]
    let notes = try spec.testChart().annotations
    #expect(notes.map(\.y) == [0.25, 1 / (1 + exp(-2.0))])
    #expect(notes.map(\.text) == [.plain("σ′(0) = 0.25"), .plain("0.8808")])
  }

  @Test func oneGivenYBoundKeepsTheOtherAutomatic() throws {
    var spec = LineFigure(functions: ["relu"])
    spec.from = -1
    spec.to = 1
    spec.ymin = -3
    let chart = try spec.testChart()
    // relu on [−1, 1] reaches 1; 5 % headroom of the data span [0, 1] gives 1.05.
    #expect(chart.resolvedYRange == -3...1.05)
    #expect(chart.yRange == nil && chart.yData?.automaticHigh == true && chart.yData?.automaticLow == false)
  }

  /// `plotnn exp --from -2 --to 5 --ymax 10`: the lower end's headroom is 5 % of what is
  /// visible, e^−2 … 10, not of the data clipped away above 10 (which gave −7.3).
  @Test func oneGivenBoundTakesHeadroomFromTheVisibleData() throws {
    var spec = LineFigure(functions: ["exp"])
    (spec.from, spec.to, spec.ymax) = (-2, 5, 10)
    let range = try spec.testChart().resolvedYRange
    let low = exp(-2.0)
    #expect(range.upperBound == 10)
    #expect(abs(range.lowerBound - (low - 0.05 * (10 - low))) < 1e-12, "\(range)")
    // Nothing visible below ymin = 200 (e⁵ ≈ 148): one unit or 5 % above the limit.
    spec.ymax = nil
    spec.ymin = 200
    #expect(try spec.testChart().resolvedYRange == 200...210)
  }

  /// `plotnn 'x^2' --from 0 --to 1e-6`: values up to 10⁻¹² are not flat (the test is
  /// relative), so the range is the data's with 5 % headroom, not [−1, 1].
  @Test func aTinySpanIsDrawnAsItIs() throws {
    var spec = LineFigure(functions: ["x^2"])
    (spec.from, spec.to) = (0, 1e-6)
    let range = try spec.testChart().resolvedYRange
    #expect(abs(range.lowerBound + 0.05e-12) < 1e-24 && abs(range.upperBound - 1.05e-12) < 1e-24, "\(range)")
    // A line at 1 + 10⁻¹⁴·x spans 45 ulps, under the 1024 a drawn span needs: flat, ±1.
    // (1 + 10⁻¹²·x, 4500 ulps, is drawn: FlatRangeTests.)
    spec.functions = ["1 + 1e-14*x"]
    (spec.from, spec.to) = (0, 1)
    let flat = try spec.testChart().resolvedYRange
    #expect(abs(flat.lowerBound) < 1e-9 && abs(flat.upperBound - 2) < 1e-9, "\(flat)")
  }

  @Test func badOptionsAreRejectedWithTheirNames() {
    var spec = LineFigure(functions: ["relu"])
    spec.from = 2
    spec.to = 1
    do {
      _ = try spec.testChart()
      Issue.record("from > to accepted")
    } catch let error as FigureSpecError {
      #expect(error.field == "from")
      #expect(error.description == "from must be less than to (got from 2, to 1)")
    } catch {
      Issue.record("\(error)")
    }
  }
}

@Suite struct AutomaticYRangeTests {
  @Test func withoutBoundsTheRangeIsTheDataWithFivePercentHeadroom() throws {
    var spec = LineFigure(functions: ["sigmoid"])
    spec.curves = .both
    let chart = try spec.testChart()
    // Data over [−10, 10]: σ from σ(−10) to σ(10), σ′ from σ′(±10) up to 0.25.
    let lo = 1 / (1 + exp(10.0)) * (1 / (1 + exp(-10.0)))
    let hi = 1 / (1 + exp(-10.0))
    let pad = 0.05 * (hi - lo)
    let range = chart.resolvedYRange
    #expect(abs(range.lowerBound - (lo - pad)) < 1e-12 && abs(range.upperBound - (hi + pad)) < 1e-12)
  }
}

@Suite struct MarkValidationTests {
  @Test func aMarkOnAMissingFunctionIsAnError() {
    var spec = LineFigure(functions: ["relu"])
    spec.marks = [.init(function: 1, x: 0, derivative: false, label: "{y}")]
    do {
      _ = try spec.testChart()
      Issue.record("a mark on function 1 of 1 was accepted")
    } catch {
      #expect("\(error)".contains("marks function 1 is out of range"))
    }
  }
}
