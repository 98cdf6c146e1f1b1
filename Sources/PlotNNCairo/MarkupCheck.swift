import CCairo

/// Checks Pango markup before it reaches a figure: Pango drops malformed markup with only
/// a warning on stderr, which would silently leave a blank title.
public enum MarkupCheck {
  /// Nil when `markup` parses; otherwise Pango's reason, e.g. "Error on line 1: ...".
  public static func problem(in markup: String) -> String? {
    var error: UnsafeMutablePointer<GError>?
    let ok = pango_parse_markup(markup, -1, 0, nil, nil, nil, &error)
    defer { if error != nil { g_error_free(error) } }
    if ok != 0 { return nil }
    return error.map { String(cString: $0.pointee.message) } ?? "invalid markup"
  }
}
