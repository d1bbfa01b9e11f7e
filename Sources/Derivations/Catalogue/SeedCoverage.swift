/// The lines of a seed note that hold math, and which of them the catalogue
/// accounts for (a step quotes them, or they are listed as not a claim).
public struct SeedCoverage: Sendable, Equatable {
    /// The seed file's name.
    public var seed: String
    /// The 1-based numbers of the lines that hold math.
    public var mathLines: [Int]
    /// The math lines a step quotes.
    public var checked: [Int]
    /// The math lines that a step quotes or that are listed as not a claim.
    public var accounted: [Int]

    /// A line holds math when it has a `$` or a LaTeX backslash.
    public static func isMath(_ line: Substring) -> Bool {
        line.contains("$") || line.contains("\\")
    }

    /// The note's lines, 1-based (index 0 is line 1).
    public static func lines(of text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The coverage of `note` given the seed's text.
    public init(note: SeedNote, text: String) {
        seed = note.seed
        let lines = SeedCoverage.lines(of: text)
        mathLines = lines.indices.filter { SeedCoverage.isMath(lines[$0]) }.map { $0 + 1 }
        let quotes = note.derivations.flatMap(\.steps).compactMap(\.quote)
        let quoted = Set(quotes.flatMap { Array($0.lines) })
        let listed = Set(note.unclaimed.flatMap { Array($0.lines) })
        checked = mathLines.filter { quoted.contains($0) }
        accounted = mathLines.filter { quoted.contains($0) || listed.contains($0) }
    }
}
