import ArgumentParser
import PlotNNCore

/// `--derivative [N]`: a flag that may be followed by its order.
///
/// Decision: swift-argument-parser has no option whose value is optional, and a figure's
/// functions are read from the unrecognized words (so `-x^2` needs no `--`), where a bare
/// `2` would otherwise become the constant function 2. So before parsing, `--derivative N`
/// and `--derivative=N`, N a word that reads as a number, are rewritten to the hidden
/// option `--derivative-order N`; a plain `--derivative` stays the flag (order 1). A number
/// right after `--derivative` is therefore always its order, never a function to draw
/// (`plotnn 2 --derivative` still draws the constant 2's f′). Only the commands that have
/// the flag (`plot`, the default, and `panels`) are rewritten.
enum DerivativeOrderArgument {
  static let option = "derivative-order"

  /// The commands whose `--derivative` takes an order.
  static let commands: Set<String> = ["plot", "panels"]

  /// Rewrites a command line for `plot` (named or the default) or `panels`; a line that
  /// starts with any other command's name is left alone.
  static func rewrite(_ arguments: [String]) -> [String] {
    if let first = arguments.first, NamedCommandRoot.commandNames.contains(first), !commands.contains(first) {
      return arguments
    }
    var out: [String] = []
    var i = 0
    while i < arguments.count {
      let word = arguments[i]
      if word == "--" {  // after the terminator every word is a function
        out += arguments[i...]
        break
      }
      if word.hasPrefix("--derivative=") {
        out += ["--" + option, String(word.dropFirst("--derivative=".count))]
      } else if word == "--derivative", i + 1 < arguments.count, Double(arguments[i + 1]) != nil {
        out += ["--" + option, arguments[i + 1]]
        i += 1
      } else {
        out.append(word)
      }
      i += 1
    }
    return out
  }

  /// The order as written: a whole number (its range is the figure's rule, which names what
  /// each function allows).
  static func order(_ text: String) throws -> Int {
    guard let n = Int(text) else {
      throw ValidationError(
        "--derivative takes a whole number from 1 to \(Jet.maximumOrder) (got '\(text)'); "
          + "catalog functions have exact derivatives up to order 2, expressions up to \(Jet.maximumOrder)")
    }
    return n
  }

  /// One `--derivative`, with or without its order.
  static func checkOnce(flagCount: Int, orders: [Int]) throws {
    let count = flagCount + orders.count
    guard count > 1 else { return }
    throw ValidationError(
      "--derivative was given \(count) times; give it once, with its order for a higher derivative "
        + "(--derivative 2 draws f″; orders 1 to \(Jet.maximumOrder) for expressions, 1 or 2 for catalog functions)")
  }
}
