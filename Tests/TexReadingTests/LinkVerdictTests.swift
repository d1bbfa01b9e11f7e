import ClaimChecking
import Testing

@testable import TexReading

/// A link's verdict speaks the checker's vocabulary: the names and exit codes
/// of checked links are those of ``VerdictKind``, and only the two outcomes
/// that a note adds (`definition`, `not parsed`) have names of their own.
@Suite("Link verdicts")
struct LinkVerdictTests {
    static let all: [LinkVerdict] = [
        .proved, .holdsNumerically("no rule"), .definition("defines z"),
        .refuted(nil, "shape"), .inconclusive("budget"), .notParsed("unknown macro", column: 3),
        .error("shape error"),
    ]

    @Test func checkedLinksUseTheCheckersNames() {
        for verdict in Self.all {
            if let kind = verdict.kind {
                #expect(verdict.name == kind.rawValue)
            } else {
                #expect(["definition", "not parsed"].contains(verdict.name))
            }
        }
        #expect(Self.all.compactMap(\.kind).count == 5)
    }

    @Test func exitCodesFollowCheckFile() {
        #expect(Self.all.map(\.exitCode) == [0, 0, 0, 1, 3, 2, 2])
    }
}
