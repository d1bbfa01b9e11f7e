import ClaimLanguage
import Testing

@testable import ClaimChecking

/// A literal entry index or dimension argument (`x[9]`, `eye(10)`) sets how
/// far the numeric shapes reach, like a literal dimension in a declaration:
/// such claims start to hold, or to fail, at the literal.
@Suite struct LiteralIndexReachTests {
    func refutedAt(_ claim: String, seed: UInt64) throws -> Int? {
        var options = CheckOptions()
        options.seed = seed
        guard case .refuted(let c) = try ClaimChecker(options).check(claim).verdict else {
            return nil
        }
        return c.assignment["n"]
    }

    /// Undefined below n = 9, true at 9, false from 10.
    @Test(arguments: [UInt64(1), 2])
    func aSumWrittenOutToALiteralIndexIsRefutedBeyondIt(_ seed: UInt64) throws {
        let claim =
            "sum(x) - x[1] - x[2] - x[3] - x[4] - x[5] - x[6] - x[7] - x[8] - x[9] == 0*sum(x)"
            + " where x: n"
        let n = try refutedAt(claim, seed: seed)
        #expect(n == 10)
    }

    @Test func anEntryBeyondTheUsualRangeIsEvaluated() throws {
        #expect(try refutedAt("x[9] == 0*x[9] where x: n", seed: 1) == 9)
    }

    @Test func literalsAreFoundInEntriesAndDimensionArguments() throws {
        let claim = try Claim(parsing: "tr(eye(11)) + x[12] == 11 + x[12] where x: n").resolve()
        #expect(ClaimChecker.largestLiteralIndex(claim) == 12)
        let plain = try Claim(parsing: "x'*x == sum(x .* x) where x: n").resolve()
        #expect(ClaimChecker.largestLiteralIndex(plain) == 0)
    }
}
