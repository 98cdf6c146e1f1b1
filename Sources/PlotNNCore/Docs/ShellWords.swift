/// Splits the command line of a docs block into words as a POSIX shell would, so that a
/// line copied from a terminal means the same in a block: `plotnn 'leaky-relu(alpha=0.5)'
/// --from -5 --title "Leaky ReLU"`.
///
/// Decision: only the shell's quoting is honoured (single quotes keep everything, double
/// quotes keep everything but `\"`, `\\`, `\$` and `` \` ``, a backslash outside quotes keeps the next
/// character, a backslash before a newline joins the lines) and `#` starting a word begins
/// a comment to the end of the line. Nothing is expanded: `$HOME`, `*`, `~` and `$(…)` stay
/// as written, since a document must draw the same figure on every machine; and `;`, `|`,
/// `&`, `<` and `>` outside quotes are refused (one block is one plotnn command). The words
/// then go to the same swift-argument-parser commands as the terminal's.
public enum ShellWords {
  public static func split(_ text: String) throws(DocsBlockError) -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var chars = Array(text)[...]
    func end() {
      if inWord { words.append(word) }
      (word, inWord) = ("", false)
    }
    while let c = chars.popFirst() {
      switch c {
      case " ", "\t", "\n", "\r":
        end()
      case "#" where !inWord:
        while let next = chars.first, next != "\n" { chars.removeFirst() }
      case "\\":
        guard let next = chars.popFirst() else { throw DocsBlockError("the command line ends with a lone '\\'") }
        if next == "\n" { continue }
        (word, inWord) = (word + String(next), true)
      case "'":
        inWord = true
        var closed = false
        while let next = chars.popFirst() {
          if next == "'" {
            closed = true
            break
          }
          word.append(next)
        }
        guard closed else { throw DocsBlockError("a single quote (') is not closed") }
      case "\"":
        inWord = true
        var closed = false
        while let next = chars.popFirst() {
          if next == "\"" {
            closed = true
            break
          }
          if next == "\\", let escaped = chars.first, "\"\\$`\n".contains(escaped) {
            chars.removeFirst()
            if escaped != "\n" { word.append(escaped) }
            continue
          }
          word.append(next)
        }
        guard closed else { throw DocsBlockError("a double quote (\") is not closed") }
      case ";", "|", "&", "<", ">":
        throw DocsBlockError(
          "'\(c)' outside quotes: a plotnn block holds one plotnn command, without pipes, redirections or ';' (quote it if it is part of a value)"
        )
      default:
        (word, inWord) = (word + String(c), true)
      }
    }
    end()
    return words
  }
}
