/// "Did you mean …?" for a mistyped name: the closest spellings by Damerau–Levenshtein
/// distance on normalized names (``Identifier/normalize(_:)``), within `threshold` edits,
/// plus those that contain the typed name (for 3 or more characters), ranked by distance,
/// then by group order. One spelling per group (an id and its aliases), the nearest.
public enum NameSuggestions {
  public static func closest(to name: String, among groups: [[String]], threshold: Int, limit: Int) -> [String] {
    let key = Array(Identifier.normalize(name))
    guard !key.isEmpty else { return [] }
    var ranked: [(rank: Int, order: Int, spelling: String)] = []
    for (order, spellings) in groups.enumerated() {
      var best: (rank: Int, spelling: String)?
      for spelling in spellings {
        let candidate = Identifier.normalize(spelling)
        var rank = EditDistance.damerauLevenshtein(key, Array(candidate))
        if rank > threshold {
          guard key.count >= 3, candidate.contains(String(key)) else { continue }
          rank = threshold + 1
        }
        if rank < best?.rank ?? Int.max { best = (rank, spelling) }
      }
      if let best, !ranked.contains(where: { $0.spelling == best.spelling }) {
        ranked.append((best.rank, order, best.spelling))
      }
    }
    return ranked.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.prefix(max(0, limit)).map(\.spelling)
  }
}
