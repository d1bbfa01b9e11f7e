import Foundation
import Testing
@testable import Derivations

/// `docs/notes-review.md`, the independent line-by-line reading of the seed
/// notes, against the catalogue: every line it lists as flagged by an
/// erratum has an erratum step there, and every erratum step is one of its rows.
@Suite("The independent reading of the notes")
struct NotesReviewTests {
    /// One table row: the seed's number (`"000"`), the first line it names,
    /// and whether its last column says the catalogue flags it as an erratum.
    struct Row {
        var seed: String
        var line: Int
        var erratum: Bool
    }

    static func rows() throws -> [Row] {
        let url = NotesDriftTests.packageRoot.appendingPathComponent("docs/notes-review.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var seed: String?
        var rows: [Row] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## Note ") {
                seed = String(line.dropFirst("## Note ".count).prefix(3))
                continue
            }
            guard let seed, line.hasPrefix("| "), let first = line.split(separator: "|").first,
                let number = Int(first.trimmingCharacters(in: .whitespaces)
                    .prefix { $0.isNumber })
            else { continue }
            let last = line.split(separator: "|").last?.trimmingCharacters(in: .whitespaces)
            rows.append(Row(seed: seed, line: number, erratum: last?.hasPrefix("errat") == true))
        }
        return rows
    }

    static func errata(of seed: String) -> [ClosedRange<Int>] {
        Catalogue.derivations.filter { $0.seed.hasPrefix(seed) }.flatMap(\.steps)
            .filter(\.isErratum).compactMap(\.quote?.lines)
    }

    @Test("every line the reading flags as an erratum has an erratum step at that line")
    func flaggedLinesAreErrata() throws {
        let rows = try NotesReviewTests.rows().filter(\.erratum)
        #expect(rows.count >= 60)
        for row in rows {
            #expect(
                NotesReviewTests.errata(of: row.seed).contains { $0.contains(row.line) },
                "note \(row.seed), line \(row.line): no erratum step")
        }
    }

    @Test("every erratum step of the catalogue is a row of the reading")
    func errataAreInTheReading() throws {
        let rows = try NotesReviewTests.rows().filter(\.erratum)
        for seed in ["000", "001", "002", "003", "004"] {
            for lines in NotesReviewTests.errata(of: seed) {
                #expect(
                    rows.contains { $0.seed == seed && lines.contains($0.line) },
                    "note \(seed), lines \(lines): an erratum the reading does not list")
            }
        }
    }
}
