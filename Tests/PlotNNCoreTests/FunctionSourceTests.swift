import Foundation
import Testing

@testable import PlotNNCore

@Suite struct FunctionSourceTests {
  let catalog = Catalog.standard

  func error(_ text: String) -> FunctionSourceError? {
    do {
      _ = try catalog.source(text)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: ["gelu", "leaky-relu(alpha=0.5)", "elu:alpha=2", "LeakyReLU", "exp", "tanh", "leaky relu"])
  func catalogSpecsStayCatalogSpecs(_ text: String) throws {
    guard case .activation = try catalog.source(text) else {
      Issue.record("\(text) should be a catalog spec")
      return
    }
  }

  @Test(arguments: ["x", "x*sigmoid(x)", "leaky-relu(x, alpha=0.5)", "2*gelu", "pi", "-x^2", "gelu(2*x)"])
  func everythingElseIsAnExpression(_ text: String) throws {
    guard case .expression(_, let source) = try catalog.source(text) else {
      Issue.record("\(text) should be an expression")
      return
    }
    #expect(source == text)
  }

  @Test func errorsKeepTheCatalogsMessagesForSpecs() {
    guard case .spec(.unknownFunction(let name, let suggestions, _)) = error("lealy-relu") else {
      Issue.record("lealy-relu: \(String(describing: error("lealy-relu")))")
      return
    }
    #expect(name == "lealy-relu" && suggestions.first == "leaky-relu")
    guard case .spec(.noParameters) = error("relu(alpha=1)") else {
      Issue.record("relu(alpha=1)")
      return
    }
    guard case .spec(.unknownFunction) = error("lealy-relu(alpha=0.5)") else {
      Issue.record("lealy-relu(alpha=0.5)")
      return
    }
  }

  @Test func errorsOfExpressionsCarryTheCaret() {
    guard case .expression(let e) = error("x*sigmod(x)") else {
      Issue.record("x*sigmod(x)")
      return
    }
    #expect(e.column == 3)
    guard case .expression(let unknown) = error("nosuch") else {
      Issue.record("nosuch")
      return
    }
    #expect(unknown.description.contains("'nosuch'"))
    guard case .expression(let syntax) = error("x y") else {  // also a valid spec name: the expression error wins
      Issue.record("x y")
      return
    }
    #expect(syntax.description.contains("missing operator"))
  }

  @Test func defaultDomainIsTheHullOfTheCatalogCallsOrMinus5To5() throws {
    #expect(try catalog.source("x*sigmoid(1.702*x)").domain == -10...10)
    #expect(try catalog.source("x^2").domain == -5...5)
    #expect(try catalog.source("relu6(x) + exponential(x)").domain == -5...8)
  }

  @Test func figureOfAnExpressionBesideABuiltin() throws {
    var spec = LineFigure(functions: ["x*sigmoid(1.702*x)", "gelu"])
    spec.curves = .both
    let chart = try spec.testChart(catalog: catalog)
    #expect(
      chart.series.map(\.label.markup) == [
        "<i>x</i> × sigmoid(1.702<i>x</i>)", "(<i>x</i> × sigmoid(1.702<i>x</i>))′", "GELU", "GELU′",
      ])
    #expect(chart.series.map(\.dashed) == [false, true, false, true])
    #expect(chart.xRange == -10...10)
    #expect(chart.title == nil)
    // d/dx x·σ(1.702x) = σ(u) + 1.702x·σ(u)(1 − σ(u)), u = 1.702x, by hand.
    let s = 1 / (1 + exp(-1.702 * 1.5))
    #expect(abs(chart.series[1].function(1.5) - (s + 1.702 * 1.5 * s * (1 - s))) < 1e-15)

    var single = LineFigure(functions: ["x^2"])
    single.curves = .both
    let one = try single.testChart(catalog: catalog)
    #expect(one.title?.markup == "<i>x</i><sup>2</sup> and its derivative" && one.subtitle == nil)
  }

  @Test func aBadExpressionInAFigureIsAFigureSpecError() {
    do {
      _ = try LineFigure(functions: ["relu", "2x"]).testChart(catalog: catalog)
      Issue.record("2x should fail")
    } catch let error as FigureSpecError {
      // The expression's own message (with its caret at column 2), under the field `functions`.
      do {
        _ = try catalog.source("2x")
        Issue.record("2x parsed")
      } catch {
        guard case .expression(let e) = error else {
          Issue.record("\(error)")
          return
        }
        #expect(error.description == e.description && e.column == 2)
      }
      #expect(error.field == "functions" && error.description.contains("column 2"))
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func sampleTableOfAnExpression() throws {
    let table = SampleTable(try catalog.source("x*tanh(softplus(x))"), name: "m", from: -1, to: 1, count: 3)
    let mish = try catalog.bind("mish")
    #expect(table.rows.map(\.x) == [-1, 0, 1])
    for row in table.rows {
      #expect(abs(row.y - mish.value(at: row.x)) <= 1e-15)
      #expect(abs(row.dy - mish.derivative(at: row.x)) <= 1e-15)
    }
  }
}
