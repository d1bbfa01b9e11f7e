import Testing
import ClaimLanguage
import ClaimChecking
@testable import Deriving

/// Derivatives whose matrix form is known (The Matrix Cookbook, the seed notes):
/// the deriver must produce exactly this canonical text, certified.
let expectedDerivatives: [(input: String, result: String)] = [
    ("grad(log(det(X)), X) where X: n x n", "inv(X)'"),
    ("grad(tr(A*X*B), X) where A: p x m, X: m x n, B: n x p", "A'*B'"),
    ("grad(x'*A*x, x) where x: n, A: n x n", "(A + A')*x"),
    ("hess(x'*A*x, x) where x: n, A: n x n", "A + A'"),
    ("jac(A*X*B, X) where A: m x n, X: n x p, B: p x q", "kron(B', A)"),
    ("jac(X', X) where X: m x n", "comm(m, n)"),
    ("jac(inv(X), X) where X: n x n", "-kron(inv(X)', inv(X))"),
    ("hess(log(det(X)), X) where X: n x n", "-(comm(n, n)*kron(inv(X)', inv(X)))"),
    ("grad(tr(X^3), X) where X: n x n", "3*X'^2"),
    ("grad(tr(X^k), X) where X: n x n, k: integer", "k*X'^(k - 1)"),
    ("grad(det(X^k), X) where X: n x n, k: integer", "k*det(X^k)*inv(X)'"),  // Cookbook (49)
    ("grad(log(det(X^k)), X) where X: n x n, k: integer", "k*inv(X)'"),
    ("let a = sigmoid(W*x + b); grad(-(y'*log(a) + (1-y)'*log(1-a)), b) where W: n x m", "a - y"),
    (
        "let a = sigmoid(W*x + b); hess(-(y'*log(a) + (1-y)'*log(1-a)), b) where W: n x m",
        "diag(a - a .^ 2)"
    ),
    ("grad(0.5*(A*x - b)'*(A*x - b), x) where A: m x n", "A'*(A*x - b)"),
    ("grad(log(det(S)), S) where S: n x n symmetric", "inv(S)"),
    ("grad_entries(log(det(S)), S) where S: n x n symmetric", "2*inv(S) - eye(n).*inv(S)"),
    ("grad(tr(A*X), X') where A: n x m, X: m x n", "A"),
    ("hess(tr(X'*X), X') where X: m x n", "2*eye(m*n)"),
    // Found by fuzzing: was eye(n^2), not an integer expression.
    ("jac(A + X, X) where A: n x n, X: n x n", "eye(n*n)"),
]

@Test(arguments: expectedDerivatives.map(\.input))
func derivesTheKnownMatrixForm(_ input: String) throws {
    let expected = expectedDerivatives.first { $0.input == input }?.result
    let result = try Deriver(options: .quick).derive(input)
    #expect(result.resultText == expected, "\(input): \(result.resultText ?? result.reason ?? "")")
    #expect(result.isCertified)
    #expect(result.verdict?.name == "proved")
}

@Test func heldOutCookbookDerivativesAreCertifiedAndAgreeWithFiniteDifferences() throws {
    var certified = 0
    for input in heldOutDerivatives {
        let result = try Deriver(options: .quick).derive(input)
        guard result.isCertified else { continue }
        certified += 1
        if let fd = try FiniteDifferenceCheck.check(result) {
            #expect(
                fd.passed,
                """
                \(input) = \(result.resultText ?? ""): finite differences differ by \
                \(fd.maximumDifference)
                """)
        }
    }
    #expect(
        Double(certified) >= 0.9 * Double(heldOutDerivatives.count),
        "\(certified) of \(heldOutDerivatives.count)")
}

@Test func noMatrixFormGivesTheReasonAndTheIndexForm() throws {
    let result = try Deriver(options: .quick).derive(
        "jac(diag(X), X) where X: n x n")
    #expect(!result.isCertified)
    #expect(result.reason?.contains("no matrix form") == true)
    #expect(result.indexForm?.isEmpty == false)
}

@Test func aWrongResultIsNeverReturned() throws {
    let text = "grad(log(det(X)), X) where X: n x n"
    let parsed = try Claim(parsingExpression: text)
    // inv(X), not inv(X)'
    let wrong = Expression.call(.inv, [.symbol("X", SourceRange(0, 0))], SourceRange(0, 0))
    let result = Deriver(options: .quick).certify(wrong, for: parsed, text: text, since: 0)
    #expect(result.result == nil)
    #expect(result.reason?.contains("did not pass its check") == true)
    #expect(result.certificationClaim == "grad(log(det(X)), X) == inv(X) where X: n x n")
}

@Test func inputMustBeADerivative() {
    #expect(throws: ClaimError.self) { try Deriver(options: .quick).derive("tr(X) where X: n x n") }
    #expect(throws: ClaimError.self) {
        try Deriver(options: .quick).derive("grad(tr(X), X) == I where X: n x n")
    }
    #expect(throws: ClaimError.self) {
        try Deriver(options: .quick).derive("grad(A*X, X) where A: n x n, X: n x n")
    }
}

@Test func latexOfResults() throws {
    #expect(
        try Deriver(options: .quick).derive("grad(log(det(X)), X) where X: n x n").latex
            == "X^{-\\top}")
    #expect(
        try Deriver(options: .quick).derive("jac(A*X*B, X) where A: m x n, X: n x p, B: p x q")
            .latex
            == "B^\\top \\otimes A")
    #expect(try Deriver(options: .quick).derive("jac(X', X) where X: m x n").latex == "K_{m,n}")
}

@Test func printedExpressionsParseBackToTheSameTree() throws {
    for text in [
        "-(a*b)", "a - (b - c)", "a/(b*c)", "(x')^2", "x .^ (1/2)", "2*(a .* b)", "-x'", "a*-b",
    ] {
        let claim = try Claim(parsingExpression: text)
        let printed = ExpressionPrinter.text(claim.lhs)
        let again = try Claim(parsingExpression: printed)
        #expect(Deriver.stripped(again.lhs) == Deriver.stripped(claim.lhs), "\(text) → \(printed)")
    }
}

/// Inputs that once trapped or misbehaved (found by fuzzing `matcheck derive` with random
/// expressions).
@Test func fuzzRegressionsAreCertifiedOrRefusedWithoutTrapping() throws {
    let deriver = Deriver(options: .quick)
    // (B - B)ᵀ simplified to nothing inside a transpose: was a force-unwrapped nil.
    let cancelled = try deriver.derive(
        """
            grad(x'*((B - B) - det(A)*(B + X))*-3*(inv(X) .* (A + A))*x, x) where A: n x n, X: n x \
            n, B: n x n, x: n
            """
    )
    #expect(cancelled.isCertified)
    #expect(
        try deriver.derive("jac((B - B)', X) where X: n x n, B: n x n").resultText
            == "zeros(n*n, n*n)")
    // A matrix power beyond 8 is not expanded term by term.
    let power = try deriver.derive("grad(tr(A*X^20), X) where X: n x n, A: n x n")
    #expect(!power.isCertified && power.reason?.contains("beyond 8") == true)
    #expect(try deriver.derive("grad(tr(X^100), X) where X: n x n").resultText == "100*X'^99")
    // Square roots (norm) whose reduction nested deeply: overflowed the stack in the exact check.
    #expect(
        try deriver.derive(
            "grad(norm(((sin((X)') ./ exp(tr(X)*A*A)))'), X) where A: n x n, X: n x n"
        ).isCertified)
}

@Test func theIntegerPowerRuleIsCertifiedAtNegativeExponentsToo() throws {
    let result = try Deriver(options: .quick).derive(
        "grad(tr(X^k), X) where X: n x n, k: integer")
    #expect(result.resultText == "k*X'^(k - 1)")
    guard case .shapesUpTo(let cube, _, let integers)? = result.scope else {
        Issue.record("\(String(describing: result.scope))")
        return
    }
    // k = -1…2 at the quick options' symbolic cube of side 2.
    #expect(cube == 2 && integers.signed == ["k"])
    #expect(integers.symbolicExponent != nil)
}

@Test func anAllShapesProofLetsTheExactSweepStopAtTheRequiredCube() throws {
    let proved = IndexProver.prove(
        try Claim(parsing: "grad(det(inv(X)), X) == -(det(inv(X))*inv(X)') where X: n x n"))
    let declined = IndexProver.prove(
        try Claim(parsing: "grad(tr(X^k), X) == k*(X^(k-1))' where X: n x n, k: integer"))
    #expect(proved.provedForAllShapes && !declined.provedForAllShapes)
    let options = CheckOptions()
    #expect(Deriver.checkerOptions(options, indexProof: proved).symbolicMaximumDimension == 2)
    #expect(Deriver.checkerOptions(options, indexProof: declined).symbolicMaximumDimension == 3)
    let result = try Deriver().derive("grad(det(inv(X)), X) where X: n x n")
    #expect(result.resultText == "-(det(inv(X))*inv(X)')")
    #expect(result.scope == .allShapes)
}

@Test func heldOutThirdRoundDerivativesAreCertifiedAndAgreeWithFiniteDifferences() throws {
    var certified = 0
    for input in heldOutDerivativesThirdRound {
        let result = try Deriver(options: .quick).derive(input)
        guard result.isCertified else { continue }
        certified += 1
        if let fd = try FiniteDifferenceCheck.check(result) {
            let text = result.resultText ?? ""
            #expect(fd.passed, "\(input) = \(text): FD differ by \(fd.maximumDifference)")
        }
    }
    #expect(
        Double(certified) >= 0.9 * Double(heldOutDerivativesThirdRound.count),
        "\(certified) of \(heldOutDerivativesThirdRound.count)")
}

@Test func heldOutFourthRoundDerivativesAreCertifiedAndAgreeWithFiniteDifferences() throws {
    var certified = 0
    for input in heldOutDerivativesFourthRound {
        let result = try Deriver(options: .quick).derive(input)
        guard result.isCertified else { continue }
        certified += 1
        if let fd = try FiniteDifferenceCheck.check(result) {
            let text = result.resultText ?? ""
            #expect(fd.passed, "\(input) = \(text): FD differ by \(fd.maximumDifference)")
        }
    }
    #expect(
        Double(certified) >= 0.9 * Double(heldOutDerivativesFourthRound.count),
        "\(certified) of \(heldOutDerivativesFourthRound.count)")
}
