/// Why a TeX formula was refused: the fault, where (characters from the formula's start,
/// from 0), and the closest known commands for an unknown one (`\frca` → `\frac`).
public struct MathError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Fault: Sendable, Hashable {
    case unknownCommand(String, closest: [String])
    case unbalancedOpen
    case unbalancedClose
    case missingArgument(String)
    case leftWithoutRight
    case rightWithoutLeft
    case misplacedAlignment
    case misplacedLineBreak
    case doubleScript(String)
    case badDelimiter(String)
    case unknownEnvironment(String, closest: [String])
    case mismatchedEnd(expected: String, found: String)
    case badColumnSpec(String)
    case tooLong(limit: Int)
    case tooDeep(limit: Int)
    case badLength(String)
    case cannotNegate(String)
    case unknownColor(String)
  }

  public var fault: Fault
  public var offset: Int

  public init(_ fault: Fault, at offset: Int) {
    self.fault = fault
    self.offset = offset
  }

  public var description: String {
    let at = "at character \(offset + 1)"
    func suggest(_ names: [String]) -> String {
      names.isEmpty ? "" : "; did you mean " + names.map { "\\" + $0 }.joined(separator: ", ") + "?"
    }
    switch fault {
    case .unknownCommand(let name, let closest): return "unknown command \\\(name) \(at)\(suggest(closest))"
    case .unbalancedOpen: return "'{' \(at) is never closed; add '}'"
    case .unbalancedClose: return "'}' \(at) closes no '{'"
    case .missingArgument(let command): return "\\\(command) \(at) needs an argument in braces"
    case .leftWithoutRight: return "\\left \(at) has no \\right; close it with \\right) or \\right."
    case .rightWithoutLeft: return "\\right \(at) has no \\left before it"
    case .misplacedAlignment:
      return "'&' \(at) is outside an environment; use it inside \\begin{cases}, \\begin{matrix}, \\begin{aligned} …"
    case .misplacedLineBreak: return "'\\\\' \(at) is outside an environment; use it inside \\begin{aligned} …"
    case .doubleScript(let mark): return "double \(mark == "^" ? "superscript" : "subscript") \(at); group with braces"
    case .badDelimiter(let text):
      return "'\(text)' \(at) is not a delimiter; use ( ) [ ] | \\{ \\} \\langle \\rangle or ."
    case .unknownEnvironment(let name, let closest):
      return "unknown environment '\(name)' \(at)"
        + (closest.isEmpty ? "" : "; did you mean " + closest.joined(separator: ", ") + "?")
    case .mismatchedEnd(let expected, let found): return "\\end{\(found)} \(at) ends \\begin{\(expected)}"
    case .badColumnSpec(let spec): return "column spec '\(spec)' \(at) takes only l, c, r and |"
    case .tooLong(let limit): return "formula longer than \(limit) characters"
    case .tooDeep(let limit): return "formula nested deeper than \(limit) levels \(at)"
    case .badLength(let text):
      return "'\(text)' \(at) is not a length; write a number with em, ex, mu or pt, e.g. \\hspace{0.5em}"
    case .unknownColor(let name):
      return "unknown colour '\(name)' \(at); use one of "
        + MathSymbols.colors.keys.sorted().joined(separator: ", ") + ", #RRGGBB or \\color[HTML]{RRGGBB}"
    case .cannotNegate(let text):
      return "\\not \(at) cannot cross out '\(text)'; it crosses out a relation such as =, <, \\in, \\equiv, \\subset"
    }
  }

  /// The message, then `source` and a caret under the fault, as three lines.
  public func caretMessage(source: String) -> String {
    let line = source.replacingOccurrences(of: "\n", with: " ")
    return description + "\n  " + line + "\n  " + String(repeating: " ", count: max(0, min(offset, line.count))) + "^"
  }
}
