import Testing
import ClaimLanguage
import ClaimChecking

/// Inputs that crashed or hung the checker before the limits of the
/// reliability campaign; each must now end in a verdict quickly.
@Suite("Reliability regressions")
struct ReliabilityRegressionTests {
    static var options: CheckOptions {
        var o = CheckOptions.quick
        o.symbolicMaximumDimension = 2
        o.numericShapes = 1
        o.pointsPerShape = 1
        o.symbolicTermBudget = 2_000
        // Generous: these tests assert verdicts, not times. The limits under
        // test (entry limit, symbolic term budget) are counts, so the verdicts
        // do not depend on the machine's load; a hang would still end here, in
        // an inconclusive "time budget" verdict that the tests reject.
        o.timeBudget = 60
        return o
    }

    /// Huge declared dimensions used to allocate the symbols (or a product)
    /// in full and abort the process ("failed to allocate 80000000032 bytes").
    @Test(
        "huge dimensions end inconclusive instead of exhausting memory",
        arguments: [
            "tr(A) == tr(A') where A: 100000 x 100000",
            "x == kron(A, A) where A: 1000000 x 1000000",
            "ones(100000, 100000) == ones(100000, 100000)",
            "jac(vec(A), A) == eye(1000000) where A: 1000 x 1000",
            "A * A' == (A * A')' where A: 1000000 x 2",
        ])
    func hugeDimensions(_ text: String) throws {
        let report = try ClaimChecker(ReliabilityRegressionTests.options).check(text)
        guard case .inconclusive = report.verdict else {
            Issue.record("\(text): \(report.verdict)")
            return
        }
        #expect(!"\(report.verdict)".contains("time budget"), "\(text): \(report.verdict)")
    }

    /// Single exact operations (a power by squaring, a 3×3 determinant of
    /// rational functions, a 128-factor product) used to run for minutes
    /// between two time-budget checks; now the symbolic budget stops them
    /// before they start, and the verdict is never a refutation (the
    /// determinant of the rank-one `kron(A, u)` is exactly zero, so its
    /// numeric check is honestly inconclusive: singular to working precision).
    @Test(
        "expensive exact operations stop at the symbolic budget and end in a sound verdict",
        arguments: [
            "A^4096 == A^4096 where A: n x n",
            """
                det((kron(A, u) * inv(B))) == (det((kron(A, u))') * det(inv(B))) where A: 1 x m, \
                u: m x 1, B: m x m
                """,
            Array(repeating: "A", count: 128).joined(separator: " * ") + " == A^128 where A: n x n",
            "kron(kron(kron(A, A), A), A) == kron(A, kron(A, kron(A, A))) where A: n x n",
        ])
    func expensiveExactOperations(_ text: String) throws {
        var options = ReliabilityRegressionTests.options
        options.symbolicMaximumDimension = 3
        let report = try ClaimChecker(options).check(text)
        #expect(report.verdict.exitCode != 1, "\(text): \(report.verdict)")
        if !text.hasPrefix("det(") {
            #expect(report.verdict.exitCode == 0, "\(text): \(report.verdict)")
        }
    }

    @Test("the symbolic budget verdict names the budget and keeps the numeric check")
    func budgetVerdict() throws {
        let report = try ClaimChecker(ReliabilityRegressionTests.options).check(
            "A^4096 == A^4096 where A: n x n")
        guard case .holdsNumerically(let reason) = report.verdict else {
            Issue.record("\(report.verdict)")
            return
        }
        #expect(reason.contains("symbolic budget exceeded"))
        #expect(report.numeric.contains { $0.points > 0 })
    }

    /// Campaign finding 4: an exactly zero determinant reads as singular to
    /// working precision in floating point; the exact rational witness refutes
    /// the claim instead of leaving it inconclusive.
    @Test("a determinant of an exactly zero matrix is never accepted as equal to a non-zero one")
    func zeroDeterminant() throws {
        let report = try ClaimChecker(ReliabilityRegressionTests.options).check(
            "det(A + A) == det(A - A) where A: m x m")
        #expect(report.verdict.exitCode == 1, "\(report.verdict)")
    }

    @Test("10,000 nested parentheses are a limit error, not a stack overflow")
    func deepNesting() {
        let text =
            String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)
            + " == x where x: n"
        #expect(throws: ClaimError.self) {
            _ = try ClaimChecker(ReliabilityRegressionTests.options).check(text)
        }
    }
}
