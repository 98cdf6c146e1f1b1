import ArgumentParser

/// An option value that is one of an enumeration's names (`--axes box`, `--theme dark`):
/// its possible values and its default, for help and completions, are the raw names.
///
/// Why not swift-argument-parser's own `CaseIterable & RawRepresentable` defaults: they
/// produce the same strings through `String(describing:)` of a generic value, whose runtime
/// casts each scan the binary's conformance records, on every start and for every such
/// option (about 4 of `plotnn relu`'s 118 million instructions, callgrind); these read
/// `rawValue` directly.
protocol NamedValueArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension NamedValueArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
  public var defaultValueDescription: String { rawValue }
  public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
