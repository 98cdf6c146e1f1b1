/// The built-in colour themes, typed. (Merged with the style work into `Theme`.)
public enum ThemeChoice: String, Sendable, Hashable, CaseIterable {
  case light, dark

  var theme: Theme { self == .dark ? .dark : .light }
}
