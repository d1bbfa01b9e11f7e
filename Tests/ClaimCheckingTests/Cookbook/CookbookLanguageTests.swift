import Testing
@testable import ClaimChecking
import ClaimLanguage

/// Each new Cookbook wording, as a true claim (proved) and a plausible
/// false variant (refuted with a counterexample).
let cookbookPairs: [(proved: String, refuted: String)] = [
    // I and I_n: the identity when undeclared (was silently an unknown matrix).
    ("grad(tr(X), X) == I where X: n x n", "grad(tr(X), X) == 2*I where X: n x n"),
    ("I_n * A == A where A: n x m", "I_n * A == A' where A: n x n"),
    ("A*I == A where A: m x n", "A*I == A' where A: n x n"),
    // Tr, A^T, A^⊤, X^-T
    (
        "Tr(A*B) == Tr(B*A) where A: m x n, B: n x m",
        "Tr(A*B*C) == Tr(A*C*B) where A: n x n, B: n x n, C: n x n"
    ),
    ("(A*B)^T == B^T*A^T where A: m x n, B: n x p", "(A*B)^T == A^T*B^T where A: n x n, B: n x n"),
    ("(A*B)^⊤ == B^⊤*A^⊤ where A: m x n, B: n x p", "(A*B)^⊤ == A^⊤*B^⊤ where A: n x n, B: n x n"),
    (
        "grad(log(det(X)), X) == X^-T where X: n x n",
        "grad(log(det(X)), X) == inv(X) where X: n x n"
    ),
    // abs (kink at 0), sqrt, sin, cos, .^
    (
        "grad(sum(abs(x)), x) == 2*step(x) - 1 where x: n",
        "grad(sum(abs(x)), x) == step(x) where x: n"
    ),
    (
        "grad(sum(sqrt(x)), x) == 0.5 * x .^ (-1/2) where x: n",
        "grad(sum(sqrt(x)), x) == 0.5 * x .^ (1/2) where x: n"
    ),
    ("grad(sum(sin(x)), x) == cos(x) where x: n", "grad(sum(cos(x)), x) == sin(x) where x: n"),
    ("jac(x .^ 3, x) == 3*diag(x .* x) where x: n", "jac(x .^ 3, x) == 3*diag(x) where x: n"),
    ("x .^ 2 == x .* x where x: n", "x .^ 2 == 2 * x where x: n"),
    // norm (2-norm, Frobenius), adj, comm
    ("grad(norm(x), x) == x / norm(x) where x: n", "grad(norm(x), x) == x where x: n"),
    ("grad(norm(X)^2, X) == 2*X where X: m x n", "grad(norm(X), X) == 2*X where X: m x n"),
    ("adj(X)*X == det(X)*I where X: n x n", "adj(X) == inv(X) where X: n x n"),
    ("comm(m, n)*vec(X) == vec(X') where X: m x n", "comm(n, m)*vec(X) == vec(X') where X: m x n"),
    // integer symbols
    (
        "grad(tr(X^k), X) == k*(X^(k-1))' where X: n x n, k: integer",
        "grad(tr(X^k), X) == k*X^(k-1) where X: n x n, k: integer"
    ),
    // derivatives with respect to vec(X), X', vec(X')
    (
        "grad(tr(A*X), X') == A where A: n x m, X: m x n",
        "grad(tr(A*X), X') == A*A' where A: n x n, X: n x n"
    ),
    (
        "jac(A*X*B, vec(X)) == kron(B', A) where A: m x n, X: n x p, B: p x q",
        "jac(A*X*B, vec(X)) == kron(B, A') where A: n x n, X: n x n, B: n x n"
    ),
    ("jac(X, X') == comm(n, m) where X: m x n", "jac(X, X') == comm(m, n) where X: m x n"),
    (
        "grad(a'*X*b, vec(X)) == kron(b, a) where a: m, X: m x n, b: n",
        "grad(a'*X*b, vec(X)) == kron(a, b) where a: n, X: n x n, b: n"
    ),
    // symmetric matrices: both conventions, side by side
    (
        "grad(log(det(S)), S) == inv(S) where S: n x n symmetric",
        "grad(log(det(S)), S) == 2*inv(S) - inv(S) .* I where S: n x n symmetric"
    ),
    (
        "grad_entries(log(det(S)), S) == 2*inv(S) - inv(S) .* I where S: n x n symmetric",
        "grad_entries(log(det(S)), S) == inv(S) where S: n x n symmetric"
    ),
    (
        "grad(tr(A*S), S) == (A + A')/2 where S: n x n symmetric, A: n x n",
        "grad(tr(A*S), S) == A' where S: n x n symmetric, A: n x n"
    ),
]

@Test(arguments: cookbookPairs.map(\.proved))
func cookbookWordingIsProved(_ text: String) throws {
    let report = try ClaimChecker(.quick).check(text)
    #expect(report.verdict == .proved, "\(text): \(report.verdict)")
}

@Test(arguments: cookbookPairs.map(\.refuted))
func cookbookMistakeIsRefuted(_ text: String) throws {
    let report = try ClaimChecker(.quick).check(text)
    #expect(report.verdict.name == "refuted", "\(text): \(report.verdict)")
}

@Test func aDeclaredIIsThatSymbolWithANote() throws {
    let report = try ClaimChecker(.quick).check("grad(tr(X), X) == I where X: n x n, I: n x n")
    #expect(report.verdict.name == "refuted")
    #expect(report.notes.contains { $0.contains("'I' is declared") })
}

@Test func integerSymbolsSayWhereTheyAreChecked() throws {
    let report = try ClaimChecker(.quick).check(
        "grad(tr(X^k), X) == k*(X^(k-1))' where X: n x n, k: integer")
    #expect(report.notes.contains { $0.contains("'k' is an integer symbol") })
}
