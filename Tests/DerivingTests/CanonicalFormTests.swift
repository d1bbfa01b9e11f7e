import Testing
import ClaimLanguage
@testable import Deriving

/// The canonical form on printed results: like terms collected, transposes
/// pushed to the leaves, `(A')' = A`, a cyclic normal form of traces, a shared
/// denominator written once, no `1*`, no `0+`.
let canonicalForms: [(input: String, canonical: String)] = [
    ("1*A + 0*B where A: n x n, B: n x n", "A"),
    ("(A')' - A + A where A: m x n", "A"),
    ("(A*B)' where A: m x n, B: n x p", "B'*A'"),
    ("((A + B)*C)' where A: m x n, B: m x n, C: n x p", "C'*(A' + B')"),
    ("A*x + A*x - 3*A*x where A: n x n, x: n", "-(A*x)"),
    ("tr(B*A) + tr(A*B) where A: m x n, B: n x m", "2*tr(A*B)"),
    ("tr(C*A*B) where A: n x n, B: n x n, C: n x n", "tr(A*B*C)"),
    ("tr(B'*A') where A: n x n, B: n x n", "tr(A*B)"),
    ("tr(2*B*A) where A: n x n, B: n x n", "2*tr(A*B)"),
    ("x/norm(x - a) - a/norm(x - a) where x: n, a: n", "(x - a)/norm(x - a)"),
    ("inv(inv(X)) where X: n x n", "X"),
    ("X*X*X where X: n x n", "X^3"),
    // A factor shared by every term, written once where that is smaller.
    ("A*x + A'*x where A: n x n, x: n", "(A + A')*x"),
    ("X'*A + X'*B where X: n x m, A: n x p, B: n x p", "X'*(A + B)"),
    ("2*B*X*C - A*X*C where A: m x n, B: m x n, X: n x p, C: p x q", "(2*B - A)*X*C"),
    ("A*x + B*y where A: m x n, x: n, B: m x p, y: p", "A*x + B*y"),
    ("X'^k + k*X'^k where X: n x n, k: integer", "(k + 1)*X'^k"),
    // Powers with a symbolic exponent merge, an inverse's too.
    ("inv(X)'*inv(X)'^(k - 1)*inv(X)' where X: n x n, k: integer", "inv(X)'^(k + 1)"),
    ("det(X)*det(X)^(k - 1) where X: n x n, k: integer", "det(X)^k"),
    ("inv(X^3)'*X'^2 where X: n x n", "inv(X)'"),
    ("X*inv(X)^2 where X: n x n", "inv(X)"),
    ("2*(1/(2*norm(x)))*x where x: n", "x/norm(x)"),
]

func canonicalText(_ text: String) throws -> String {
    let claim = try Claim(parsingExpression: text).resolve()
    let algebra = MatrixAlgebra(claim: claim)
    let canonical = try Canonicalizer(algebra: algebra).canonical(
        Deriver.stripped(claim.claim.lhs))
    return ExpressionPrinter.text(canonical)
}

@Test(arguments: canonicalForms.map(\.input))
func aResultIsPrintedInCanonicalForm(_ input: String) throws {
    let expected = canonicalForms.first { $0.input == input }?.canonical
    let actual = try canonicalText(input)
    #expect(actual == expected, "\(input) -> \(actual)")
}

@Test func theCanonicalFormIsIdempotent() throws {
    for (input, canonical) in canonicalForms {
        let `where` = input.range(of: " where ").map { String(input[$0.lowerBound...]) } ?? ""
        let again = try canonicalText(canonical + `where`)
        #expect(again == canonical, "\(canonical) -> \(again)")
    }
}

@Test func derivedResultsAreCanonical() throws {
    let cases = [
        ("grad(norm(x - a), x) where x: n, a: n", "(x - a)/norm(x - a)"),
        ("grad(tr(kron(A, X)), X) where A: m x m, X: n x n", "tr(A)*eye(n)"),
        ("grad(tr(kron(X, X)), X) where X: n x n", "2*tr(X)*eye(n)"),
        ("grad(sum(kron(A, X)), X) where A: m x m, X: n x p", "sum(A)*ones(n, p)"),
        ("grad(norm(A*x - b)^2, x) where A: m x n, x: n, b: m", "2*A'*(A*x - b)"),
        ("jac(x/norm(x), x) where x: n", "(eye(n) - x*x'/norm(x)^2)/norm(x)"),
        ("grad(tr(B*X*X'), X) where B: m x m, X: m x n", "(B + B')*X"),
        ("grad(x'*A*x, x) where x: n, A: n x n", "(A + A')*x"),
        ("grad(tr(X*A*X'), X) where X: m x n, A: n x n", "X*(A + A')"),
        ("grad(det(X)^k, X) where X: n x n, k: integer", "k*det(X)^k*inv(X)'"),
        ("grad(tr(X^(k+1)), X) where X: n x n, k: integer", "(k + 1)*X'^k"),
        ("grad(tr(inv(X)^k), X) where X: n x n, k: integer", "-(k*inv(X)'^(k + 1))"),
        ("grad(sqrt(x'*A*x), x) where x: n, A: n x n symmetric", "A*x/sqrt(x'*A*x)"),
    ]
    for (input, expected) in cases {
        let result = try Deriver(options: .quick).derive(input)
        #expect(result.resultText == expected, "\(input): \(result.resultText ?? "")")
        #expect(result.isCertified)
    }
}

@Test func aShortFormBeyondTheIndexProverGivesWayToAnAllShapesProof() throws {
    // 3*det(X^3)*inv(X)' is proved only for shapes up to 3 (the index prover
    // does not know X^3*inv(X^3) = I); the three-term form is proved for all.
    let input = "grad(det(X^3), X) where X: n x n"
    let claim = try Claim(parsingExpression: input)
    let resolved = try claim.resolve()
    let short = try Deriver(options: .quick).derivative(of: claim, resolved, shortForms: true)
    #expect(ExpressionPrinter.text(short) == "3*det(X^3)*inv(X)'")
    let result = try Deriver(options: .quick).derive(input)
    #expect(result.scope == .allShapes)
    #expect(result.resultText?.contains("inv(X^3)'") == true)
}
