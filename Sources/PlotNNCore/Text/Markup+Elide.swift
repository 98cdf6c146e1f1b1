extension Markup {
  /// `markup` cut after `limit` visible characters, with `…` and the open tags closed, or
  /// unchanged when it is not longer. Tags do not count; an entity such as `&lt;` counts
  /// as one character and is never split. Used for legends and titles of long expressions.
  public static func elided(_ markup: String, limit: Int) -> String {
    var out = ""
    var open: [String] = []
    var visible = 0
    var index = markup.startIndex
    while index < markup.endIndex {
      let c = markup[index]
      if c == "<", let close = markup[index...].firstIndex(of: ">") {
        let tag = markup[markup.index(after: index)..<close]
        if tag.hasPrefix("/") {
          if !open.isEmpty { open.removeLast() }
        } else if !tag.hasSuffix("/") {
          open.append(String(tag.prefix { $0 != " " }))
        }
        out += markup[index...close]
        index = markup.index(after: close)
        continue
      }
      var end = markup.index(after: index)
      if c == "&", let semicolon = markup[index...].firstIndex(of: ";") { end = markup.index(after: semicolon) }
      if visible == limit {
        return out + "…" + open.reversed().map { "</\($0)>" }.joined()
      }
      out += markup[index..<end]
      visible += 1
      index = end
    }
    return out
  }
}
