import Foundation
import Testing

@testable import PlotNNCore

/// The pieces of a curve's look: hex colours, dash patterns, the resolved stroke of a series
/// (what it inherits from its function), and where markers go along a curve.
@Suite struct CurveLookTests {
  @Test func hexColoursReadAsCSSWritesThem() throws {
    #expect(Color(text: "#0072B2") == Color(hex: 0x0072B2))
    #expect(Color(text: "#0072b2") == Color(hex: 0x0072B2))
    // #RGB doubles each digit: #F80 is #FF8800.
    #expect(Color(text: "#F80") == Color(hex: 0xFF8800))
    let translucent = try #require(Color(text: "#00000080"))
    #expect(translucent.red == 0 && abs(translucent.alpha - 128.0 / 255) < 1e-12)
    for bad in ["0072B2", "#0072B", "#GG0000", "red", "", "#", "#12345", "# 00000"] {
      #expect(Color(text: bad) == nil, "\(bad)")
    }
    #expect(Color(hex: 0x0072B2).text == "#0072B2")
  }

  @Test func dashPatternsReadSolidOrLengths() {
    #expect(CurveLook.dash(text: "solid") == [])
    #expect(CurveLook.dash(text: " Solid ") == [])
    #expect(CurveLook.dash(text: "4 2") == [4, 2])
    #expect(CurveLook.dash(text: "6  2 1 2") == [6, 2, 1, 2])
    #expect(CurveLook.dash(text: "4,2") == nil)
    #expect(CurveLook.dash(text: "") == nil)
    #expect(CurveLook.dash(text: "dashed") == nil)
  }

  @Test func dashAndWidthRules() {
    #expect(CurveLook.dashProblem([4, 2]) == nil)
    #expect(CurveLook.dashProblem([]) == nil)
    #expect(CurveLook.dashProblem([0, 0])?.contains("not all 0") == true)
    #expect(CurveLook.dashProblem([4, -1]) != nil)
    #expect(CurveLook.dashProblem([.nan]) != nil)
    #expect(CurveLook.dashProblem([101]) != nil)
    #expect(CurveLook.dashProblem(Array(repeating: 1, count: 17))?.contains("at most 16") == true)
    #expect(CurveLook.widthProblem(1.5) == nil)
    #expect(CurveLook.widthProblem(0.05)?.contains("from 0.1 to 20 points (got 0.05)") == true)
    #expect(CurveLook.widthProblem(.infinity) != nil)
  }

  private func chart(_ series: [LineChart.Series]) -> LineChart {
    LineChart(series: series, xRange: 0...1)
  }

  private let f = PlotFunction { $0 }

  /// Nothing given: the style's look, exactly as before looks existed.
  @Test func withoutALookTheStyleDecides() {
    let style = Style.light
    let c = chart([.init(label: .plain("f"), function: f, colorIndex: 1, dashed: true)])
    let s = c.stroke(of: c.series[0])
    let line = style.seriesLine(index: 1, derivative: true)
    #expect(s.color == line.color && s.dash == line.dash && s.cap == .round && s.width == style.curveWidth)
    #expect(s.marker == .none)
  }

  /// A given dash is in line widths with butt caps: [4, 2] at width 1.5 is 6 on, 3 off.
  @Test func givenDashesScaleWithTheWidth() {
    let c = chart([.init(label: .plain("f"), function: f, colorIndex: 0, look: CurveLook(dash: [4, 2], width: 1.5))])
    let s = c.stroke(of: c.series[0])
    #expect(s.dash == [6, 3] && s.cap == .butt && s.width == 1.5)
    // The swatch keeps a butt pattern as it is.
    #expect(s.swatch.dash == [6, 3])
  }

  /// f′ beside f: f's white tinted 0.35 of the way to the light theme's foreground #1A1A1A
  /// (1 − 0.35 · (255 − 26)/255 in each channel), f's width and marker (drawn open, half a
  /// spacing later), the style's derivative dash.
  @Test func aDerivativeInheritsItsFunctionsLook() {
    let given = CurveLook(color: .white, dash: [1, 1], width: 1.5, marker: .square)
    let c = chart([
      .init(label: .plain("f"), function: f, colorIndex: 0, look: given),
      .init(label: .plain("f′"), function: f, colorIndex: 0, dashed: true, inherited: given),
    ])
    let (fs, ds) = (c.stroke(of: c.series[0]), c.stroke(of: c.series[1]))
    #expect(fs.color == .white && !fs.markerOpen)
    let tinted = 1 - 0.35 * (255.0 - 26) / 255
    #expect([ds.color.red, ds.color.green, ds.color.blue].allSatisfy { abs($0 - tinted) < 1e-12 })
    #expect(ds.width == 1.5 && ds.marker == .square && ds.markerOpen)
    #expect(ds.dash == Style.light.derivativeDash && ds.cap == .round)
    #expect(abs(abs(ds.markerPhase - fs.markerPhase) - 0.5) < 1e-12)
    // Its own look wins: an exact colour, untinted, and a filled marker.
    var own = c
    own.series[1].look = CurveLook(color: Color(hex: 0x888888), marker: .circle)
    let o = own.stroke(of: own.series[1])
    #expect(o.color == Color(hex: 0x888888) && o.marker == .circle && !o.markerOpen)
  }

  /// A straight visible run of 400 points with markers every 40 from 20: 20, 60, …, 380.
  @Test func markersAreEvenlySpacedAlongTheArc() {
    let plot = Rect(x: 0, y: 0, width: 400, height: 100)
    let line = [[Point(0, 50), Point(150, 50), Point(400, 50)]]
    let centers = CurveMarker.centers(along: line, inside: plot, spacing: 40, phase: 20)
    #expect(centers.map(\.x) == stride(from: 20.0, through: 380, by: 40).map { $0 })
    // Along a diagonal the spacing is arc length: 3-4-5 steps of 50 → 40 apart in x.
    let diagonal = [[Point(0, 0), Point(300, 400)]]
    let big = Rect(x: 0, y: 0, width: 300, height: 400)
    let d = CurveMarker.centers(along: diagonal, inside: big, spacing: 50, phase: 0)
    #expect(d.count == 11 && abs(d[1].x - 30) < 1e-9 && abs(d[1].y - 40) < 1e-9)
  }

  /// Only the part inside the plot counts and gets markers; the rhythm runs on across a
  /// jump from one piece to the next.
  @Test func markersSkipWhatIsOutsideAndKeepTheirRhythmAcrossPieces() {
    let plot = Rect(x: 0, y: 0, width: 200, height: 100)
    let outside = CurveMarker.centers(along: [[Point(-100, 50), Point(200, 50)]], inside: plot, spacing: 40, phase: 20)
    #expect(zip(outside.map(\.x), [20.0, 60, 100, 140, 180]).allSatisfy { abs($0 - $1) < 1e-9 } && outside.count == 5)
    let pieces = [[Point(0, 50), Point(70, 50)], [Point(70, 80), Point(200, 80)]]
    let jumped = CurveMarker.centers(along: pieces, inside: plot, spacing: 40, phase: 20)
    #expect(jumped.map(\.x) == [20, 60, 100, 140, 180])
    #expect(jumped.map(\.y) == [50, 50, 80, 80, 80])
  }

  /// A curve too long for the spacing gets at most 2000 markers, still evenly spaced.
  @Test func markersAreBounded() {
    let plot = Rect(x: 0, y: 0, width: 1e6, height: 10)
    let centers = CurveMarker.centers(along: [[Point(0, 5), Point(1e6, 5)]], inside: plot, spacing: 40, phase: 0)
    #expect(centers.count == CurveMarker.maximumPerCurve)
    #expect(abs((centers[1].x - centers[0].x) - 500) < 1e-6)
  }

  @Test func markerSpacingFollowsThePlotsDiagonal() {
    #expect(CurveMarker.spacing(plot: Rect(x: 0, y: 0, width: 300, height: 400)) == 40)
    #expect(CurveMarker.spacing(plot: Rect(x: 0, y: 0, width: 1600, height: 1200)) == 125)
  }

  @Test func givenTicksKeepTheRangeAndOneFormat() {
    let values = LineChart.TickChoice.values([3, -7, 0.5, 0.5, 2]).values(in: -5...2.5)
    #expect(values == [0.5, 2])
    // 0.1·3 = 0.30000000000000004 still counts on [0, 0.3].
    #expect(LineChart.TickChoice.step(0.1).values(in: 0...0.3)?.count == 4)
    #expect(LineChart.TickChoice.step(2.5).values(in: -5...5) == [-5, -2.5, 0, 2.5, 5])
    #expect(LineChart.TickChoice.automatic.values(in: 0...1) == nil)
    #expect(LineChart.TickChoice.stepCount(1e-300, in: 0...1) == nil)
    #expect(LineChart.TickChoice.step(1e-9).values(in: 0...1)?.count == LineChart.TickChoice.maximumTicks)
    let ticks = LineChart.givenTicks([-5, -2.5, 0, 2.5, 5], range: -5...5, length: 100)
    #expect(ticks.ticks.map(\.label.plainText) == ["−5.0", "−2.5", "0.0", "2.5", "5.0"])
    #expect(ticks.ticks.map(\.position) == [0, 25, 50, 75, 100])
  }
}
