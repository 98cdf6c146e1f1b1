import Testing

@testable import PlotNNCore

/// Fenced blocks by CommonMark's rules (spec 0.31 §4.5, examples 119–147), attributes and
/// command-line words of docs blocks.
@Suite struct MarkdownFencesTests {
  @Test func backtickAndTildeFencesAreFoundWithTheirLines() {
    let text = """
      # Title

      ```plotnn
      relu
      ```

      ~~~plotnn {caption="b"}
      tanh
      ~~~
      """
    let blocks = MarkdownFences(text).plotnnBlocks
    #expect(blocks.map(\.line) == [3, 7])
    #expect(blocks.map(\.body) == ["relu", "tanh"])
    #expect(blocks[1].attributes == "{caption=\"b\"}")
    #expect(blocks.allSatisfy { $0.closed })
  }

  /// A longer fence holds shorter ones (CommonMark example 121), and a tilde fence is not
  /// closed by backticks (example 120): a quoted plotnn block stays text.
  @Test func longerFencesNestShorterOnesAndOnlyTheirOwnCharacterCloses() {
    let text = """
      ````markdown
      ```plotnn
      relu
      ```
      ````
      ~~~
      ```plotnn
      ~~~
      `````plotnn
      sigmoid
      ````
      `````
      """
    let fences = MarkdownFences(text)
    #expect(fences.blocks.map(\.line) == [1, 6, 9])
    #expect(fences.plotnnBlocks.map(\.line) == [9])
    #expect(fences.plotnnBlocks.first?.body == "sigmoid\n````")
  }

  /// Up to three spaces of indentation open a fence, and that much is removed from the body
  /// (example 131); four make an indented code block (example 134); a closing fence may be
  /// indented up to three spaces whatever the opening (example 137) and be longer (example 124).
  @Test func indentationFollowsCommonMark() {
    let text = "   ```plotnn\n     relu\n  x\n ``````\n    ```plotnn\n    tanh\n    ```\n"
    let fences = MarkdownFences(text)
    #expect(fences.plotnnBlocks.count == 1)
    #expect(fences.plotnnBlocks.first?.body == "  relu\nx")
    #expect(fences.plotnnBlocks.first?.lastIndex == 3)
  }

  /// A backtick fence's info string cannot hold a backtick (example 145: inline code), and a
  /// closing fence takes nothing after it (example 140).
  @Test func infoStringsAndClosingFencesAreChecked() {
    let fences = MarkdownFences("``` plotnn `x`\n```plotnn\nrelu\n``` x\n```\n")
    #expect(fences.blocks.count == 1)
    #expect(fences.blocks.first?.line == 2)
    #expect(fences.blocks.first?.body == "relu\n``` x")
  }

  /// An unclosed fence runs to the end of the text (example 126).
  @Test func anUnclosedFenceRunsToTheEnd() {
    let fences = MarkdownFences("a\n```plotnn\nrelu\n\nmore text")
    #expect(fences.plotnnBlocks.first?.closed == false)
    #expect(fences.plotnnBlocks.first?.lastIndex == 4)
  }

  @Test func crlfLineEndingsAreRead() {
    let fences = MarkdownFences("```plotnn\r\nrelu\r\n```\r\n")
    #expect(fences.plotnnBlocks.first?.body == "relu")
    #expect(fences.lines == ["```plotnn", "relu", "```"])
  }

  @Test func attributesReadIdQuotedValuesListsAndFlags() throws {
    let a = try FenceAttributes(
      parsing: #"{#fig:relu caption="ReLU, \"rectified\"" alt='x' formats=svg,PDF dark=true figure}"#)
    #expect(a.id == "fig:relu")
    #expect(a.caption == "ReLU, \"rectified\"")
    #expect(a.alt == "x")
    #expect(a.formats == ["svg", "pdf"])
    #expect(a.dark && a.figure)
    #expect(try FenceAttributes(parsing: "") == FenceAttributes())
  }

  @Test(arguments: [
    ("{capton=\"x\"}", "unknown attribute 'capton'"),
    ("{caption=\"x}", "does not close"),
    ("{dark=maybe}", "dark must be true or false"),
    ("{formats=}", "formats needs"),
    ("{caption=x", "not closed"),
    ("{= x}", "unexpected '='"),
  ])
  func badAttributesNameTheirFault(text: String, mentions: String) {
    #expect {
      _ = try FenceAttributes(parsing: text)
    } throws: { error in
      "\(error)".contains(mentions)
    }
  }

  @Test func shellWordsFollowPOSIXQuoting() throws {
    let words = try ShellWords.split(
      #"plotnn 'leaky-relu(alpha=0.5)' --title "a \"b\" \$c" x\ y --from -5 \"# + "\n  --to 5 # comment\n")
    #expect(words == ["plotnn", "leaky-relu(alpha=0.5)", "--title", "a \"b\" $c", "x y", "--from", "-5", "--to", "5"])
    #expect(try ShellWords.split("a#b '' $HOME *") == ["a#b", "", "$HOME", "*"])
  }

  @Test(arguments: ["relu | cat", "relu > x", "'relu", "\"relu", "relu; tanh", "relu \\"])
  func shellMetacharactersAndOpenQuotesAreRefused(text: String) {
    #expect(throws: DocsBlockError.self) { _ = try ShellWords.split(text) }
  }
}
