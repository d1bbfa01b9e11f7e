import Testing
import ClaimLanguage
import MatrixNumerics
@testable import ClaimChecking

/// Matrices written out by blocks, `[A, B; C, D]`: parsing, shapes, the
/// symbolic and numeric checks and forward mode through them.
@Suite("Matrices written out")
struct MatrixLiteralTests {
    @Test(
        "true block identities are proved",
        arguments: [
            "[A, B] * [x; y] == A*x + B*y where A: n x m, B: n x k, x: m, y: k",
            "[A, B; C, D]' == [A', C'; B', D'] where A: n x m, B: n x k, C: p x m, D: p x k",
            "[a; b]' * [a; b] == a'*a + b*b where a: n, b: scalar",
            "det([a, b; c, d]) == a*d - b*c where a: scalar, b: scalar, c: scalar, d: scalar",
            "[x, y] * [u; v] == u*x + v*y where x: n, y: n, u: scalar, v: scalar",
            // forward mode through a block column: the Jacobian of a stack is the stack
            "jac([sigmoid(x); x], x) == [diag(sigmoid(x) .* (1 - sigmoid(x))); eye(n)] where x: n",
            "grad([x; y]' * [x; y], x) == 2*x where x: n, y: m",
            "[a] == a where a: m x n",
        ])
    func trueIdentityIsProved(_ text: String) throws {
        let report = try ClaimChecker(.quick).check(text)
        #expect(report.verdict.name == "proved", "\(text): \(report.verdict)")
    }

    @Test(
        "false block identities are refuted",
        arguments: [
            // the blocks transposed in place, not moved
            "[A, B; C, D]' == [A', B'; C', D'] where A: n x n, B: n x n, C: n x n, D: n x n",
            // blocks in the wrong order
            "[A, B] * [x; y] == A*y + B*x where A: n x m, B: n x m, x: m, y: m",
            "det([a, b; c, d]) == a*d + b*c where a: scalar, b: scalar, c: scalar, d: scalar",
            "jac([x; x .* x], x) == [eye(n); diag(x)] where x: n",
        ])
    func falseIdentityIsRefuted(_ text: String) throws {
        let report = try ClaimChecker(.quick).check(text)
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(text): \(report.verdict)")
            return
        }
        #expect(c.residual > 100 * c.errorBound)
    }

    @Test("shapes add up by block rows and block columns")
    func shapes() throws {
        let claim = try Claim(
            parsing: "[A, B; C, D] == [A, B; C, D] where A: n x m, B: n x k, C: p x m, D: p x k"
        ).resolve()
        #expect(claim.sideShapes(at: ["n": 2, "m": 3, "k": 4, "p": 5])?.lhs == Shape(7, 7))
        // an undeclared block takes its shape from its neighbours
        let inferred = try Claim(parsing: "[A, B] == [A, C] where A: n x m, C: n x k").resolve()
        #expect(inferred.sideShapes(at: ["n": 2, "m": 3, "k": 4])?.lhs == Shape(2, 7))
    }

    @Test(
        "blocks that do not fit are shape errors at the block",
        arguments: [
            (
                "[A, B] == A where A: n x m, B: p x k",
                "matrix: the blocks of block row 1 have different numbers of rows: n and p", 5
            ),
            (
                "[x, y; z] == x where x: scalar, y: scalar, z: scalar",
                "matrix: block row 2 has 1 columns, block row 1 has 2", 8
            ),
        ] as [(String, String, Int)])
    func blocksThatDoNotFit(_ text: String, _ message: String, _ column: Int) {
        do {
            _ = try Claim(parsing: text).resolve()
            Issue.record("no error for \(text)")
        } catch let error as ClaimError {
            #expect(error.kind == .shape)
            #expect(error.message == message)
            #expect(error.range?.start == column - 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test(
        "malformed matrices are syntax errors",
        arguments: [
            (
                "[] == A where A: n x n",
                "expected a block of the matrix opened at column 1, found ']'"
            ),
            ("[A, ; B] == A", "expected a block of the matrix opened at column 1, found ';'"),
            (
                "[A B] == A",
                "expected ',' (next block), ';' (next row) or ']' in the matrix opened at "
                    + "column 1, found 'B'"
            ),
        ] as [(String, String)])
    func malformed(_ text: String, _ message: String) {
        do {
            _ = try Claim(parsing: text)
            Issue.record("no error for \(text)")
        } catch let error as ClaimError {
            #expect(error.kind == .syntax)
            #expect(error.message == message, "\(error.message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
