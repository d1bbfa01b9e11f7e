import Foundation
import Testing
@testable import Derivations

/// Every step quotes the note's lines it checks, verbatim, and every line of
/// a note that holds math is accounted for.
@Suite("Steps quote and locate their lines")
struct SourceQuoteTests {
    static func seedLines(_ seed: String) throws -> [Substring] {
        let url = SeedNotesTests.seedsDirectory.appendingPathComponent(seed)
        return SeedCoverage.lines(of: try String(contentsOf: url, encoding: .utf8))
    }

    @Test(
        "every step's quote is found at its lines (whitespace collapsed)",
        arguments: Catalogue.notes.map(\.seed))
    func quotesAreVerbatim(seed: String) throws {
        let note = try #require(Catalogue.notes.first { $0.seed == seed })
        let lines = try SourceQuoteTests.seedLines(seed)
        for derivation in note.derivations {
            for step in derivation.steps {
                let label = "\(derivation.id) · \(step.title)"
                guard let quote = step.quote else {
                    Issue.record("\(label): no quote")
                    continue
                }
                guard quote.lines.lowerBound >= 1, quote.lines.upperBound <= lines.count else {
                    Issue.record("\(label): lines \(quote.lines) outside 1...\(lines.count)")
                    continue
                }
                let quoted = lines[(quote.lines.lowerBound - 1)...(quote.lines.upperBound - 1)]
                let text = SourceQuote.collapsed(quoted.joined(separator: " "))
                let wanted = SourceQuote.collapsed(quote.verbatim)
                #expect(!wanted.isEmpty, "\(label): empty quote")
                #expect(
                    text.contains(wanted),
                    "\(label): '\(wanted)' is not at lines \(quote.lines)")
            }
        }
    }

    @Test("a quote is not found at other lines")
    func misplacedQuoteFails() throws {
        let lines = try SourceQuoteTests.seedLines(Note000.seed)
        let quote = try #require(Note000.chainRule.steps.first?.quote)
        let elsewhere = SourceQuote.collapsed(lines[quote.lines.upperBound].description)
        #expect(!elsewhere.contains(SourceQuote.collapsed(quote.verbatim)))
    }

    @Test(
        "every math line of every note is covered by a step or listed as not a claim",
        arguments: Catalogue.notes.map(\.seed))
    func everyMathLineIsAccounted(seed: String) throws {
        let note = try #require(Catalogue.notes.first { $0.seed == seed })
        let url = SeedNotesTests.seedsDirectory.appendingPathComponent(seed)
        let coverage = SeedCoverage(note: note, text: try String(contentsOf: url, encoding: .utf8))
        let missing = coverage.mathLines.filter { !coverage.accounted.contains($0) }
        #expect(missing.isEmpty, "\(seed): math lines not accounted for: \(missing)")
        #expect(coverage.mathLines.count > 20)
    }

    @Test(
        "lines listed as not a claim hold math and are not also quoted by a step",
        arguments: Catalogue.notes.map(\.seed))
    func unclaimedLinesAreMathAndUnquoted(seed: String) throws {
        let note = try #require(Catalogue.notes.first { $0.seed == seed })
        let lines = try SourceQuoteTests.seedLines(seed)
        let quotes = note.derivations.flatMap(\.steps).compactMap(\.quote)
        let quoted = Set(quotes.flatMap { Array($0.lines) })
        for entry in note.unclaimed {
            #expect(entry.lines.upperBound <= lines.count, "\(seed): \(entry.lines) past the end")
            #expect(!entry.explanation.isEmpty)
            let hasMath = entry.lines.contains {
                $0 <= lines.count && SeedCoverage.isMath(lines[$0 - 1])
            }
            #expect(hasMath, "\(seed): lines \(entry.lines) listed as not a claim hold no math")
            for line in entry.lines where quoted.contains(line) {
                Issue.record("\(seed): line \(line) is quoted by a step and listed as not a claim")
            }
        }
    }
}
