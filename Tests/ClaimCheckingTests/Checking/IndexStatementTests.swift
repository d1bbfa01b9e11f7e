import Testing
import ClaimLanguage
import MatrixNumerics
@testable import ClaimChecking

/// Entries `W[j,k]`, `x[k]` and index sums `sum(k, …)` over declared indices:
/// the notes' index statements, checked as written.
@Suite("Entries and index sums")
struct IndexStatementTests {
    @Test(
        "true index statements are proved",
        arguments: [
            // ∂C/∂w_{jk} = δ_j a_k for C = δᵀ(W a): the note-002 form of the weight gradient.
            "let z = W*a; grad(d'*z, W)[j,k] == d[j] * a[k] "
                + "where a: m, W: n x m, d: n, j: index 1..n, k: index 1..m",
            // z_j = Σ_k w_{jk} a_k
            "(W*a)[j] == sum(k, W[j,k]*a[k]) where a: m, W: n x m, j: index 1..n, k: index m",
            // δ^l_j = Σ_k w^{l+1}_{kj} δ^{l+1}_k σ'(z^l_j)
            "(diag(f'(z)) * V' * d)[j] == sum(k, V[k,j] * d[k]) * f'(z[j]) "
                + "where z: n, V: o x n, d: o, f: function, j: index n, k: index o",
            // a sum whose body is a matrix, and a literal index
            "sum(k, A[1,k] * B) == (A * ones(m))[1] * B where A: n x m, B: p x q, k: index m",
            "tr(A) == sum(k, A[k,k]) where A: n x n, k: index n",
        ])
    func trueStatementIsProved(_ text: String) throws {
        let report = try ClaimChecker(.quick).check(text)
        #expect(report.verdict.name == "proved", "\(text): \(report.verdict)")
    }

    @Test(
        "false index statements are refuted",
        arguments: [
            // indices swapped on a square matrix: w_{kj} for w_{jk}
            "(W*a)[j] == sum(k, W[k,j]*a[k]) where a: n, W: n x n, j: index 1..n, k: index n",
            // the δ recursion without the activation derivative
            "(diag(f'(z)) * V' * d)[j] == sum(k, V[k,j] * d[k]) "
                + "where z: n, V: o x n, d: o, f: function, j: index n, k: index o",
            // δ_k a_j for δ_j a_k on square W
            "let z = W*a; grad(d'*z, W)[j,k] == d[k] * a[j] "
                + "where a: n, W: n x n, d: n, j: index 1..n, k: index 1..n",
        ])
    func falseStatementIsRefuted(_ text: String) throws {
        let report = try ClaimChecker(.quick).check(text)
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(text): \(report.verdict)")
            return
        }
        #expect(c.residual > 100 * c.errorBound)
    }

    @Test("a free index makes each side the column of its values")
    func freeIndicesStack() throws {
        let text = "W[j,k] == W[j,k] where W: n x m, j: index n, k: index m"
        let resolved = try Claim(parsing: text).resolve()
        #expect(resolved.freeIndices == ["j", "k"])
        #expect(resolved.sideShapes(at: ["n": 2, "m": 3])?.lhs == Shape(6, 1))
        let bound = try Claim(parsing: "sum(k, x[k]) == sum(x) where x: n, k: index 1..n").resolve()
        #expect(bound.freeIndices.isEmpty)
    }

    @Test(
        "misused indices are errors with a position",
        arguments: [
            ("W[j,k] == 1 where W: n x m, j: index m, k: index n", "runs over 1..m"),
            ("k == 1 where k: index n", "is an index"),
            ("sum(q, x) == x where x: n", "not a declared index"),
            ("x[j] == 1 where x: n", "not a declared index"),
            ("let y = x[k]; y == 1 where x: n, k: index n", "free in a 'let'"),
            ("sum(k, sum(k, x[k])) == 1 where x: n, k: index n", "already bound"),
            ("W[j] == 1 where W: n x m, j: index n", "one index needs a vector"),
            ("x[3] == 1 where x: 2", "outside 1..2"),
            ("x[j] == x where x: n, j: index n", "compares scalars"),
            ("x[j] == 1 where x: n, j: index 2..n", "starts at 1"),
        ])
    func misuseIsAnError(_ text: String, _ message: String) {
        do {
            _ = try Claim(parsing: text).resolve()
            Issue.record("\(text) was accepted")
        } catch let error as ClaimError {
            #expect(error.description.contains(message), "\(text): \(error)")
        } catch {
            Issue.record("\(text): \(error)")
        }
    }

    @Test(
        "index statements are proved for all shapes by index notation",
        arguments: [
            "let z = W*a; grad(d'*z, W)[j,k] == d[j] * a[k] "
                + "where a: m, W: n x m, d: n, j: index 1..n, k: index 1..m",
            "(W*a)[j] == sum(k, W[j,k]*a[k]) where a: m, W: n x m, j: index 1..n, k: index m",
            "(diag(f'(z)) * V' * d)[j] == sum(k, V[k,j] * d[k]) * f'(z[j]) "
                + "where z: n, V: o x n, d: o, f: function, j: index n, k: index o",
            "tr(A) == sum(k, A[k,k]) where A: n x n, k: index n",
            "(A*B)[i,l] == sum(k, A[i,k] * B[k,l]) "
                + "where A: m x n, B: n x p, i: index m, k: index n, l: index p",
            "sum(k, c) == n * c where c: scalar, k: index n",
        ])
    func indexProverProves(_ text: String) throws {
        let proof = IndexProver.prove(try Claim(parsing: text))
        #expect(proof.provedForAllShapes, "\(text): \(proof.reason)")
    }

    @Test(
        "false index statements and literal positions get no all-shapes proof",
        arguments: [
            "(W*a)[j] == sum(k, W[k,j]*a[k]) where a: n, W: n x n, j: index 1..n, k: index n",
            "(diag(f'(z)) * V' * d)[j] == sum(k, V[k,j] * d[k]) "
                + "where z: n, V: o x n, d: o, f: function, j: index n, k: index o",
            "let z = W*a; grad(d'*z, W)[j,k] == d[k] * a[j] "
                + "where a: n, W: n x n, d: n, j: index 1..n, k: index 1..n",
            "sum(k, c) == c where c: scalar, k: index n",
            "sum(k, A[1,k] * B) == (A * ones(m))[1] * B where A: n x m, B: p x q, k: index m",
        ])
    func indexProverDeclines(_ text: String) throws {
        #expect(!IndexProver.prove(try Claim(parsing: text)).provedForAllShapes, "\(text)")
    }
}
