import Testing
import MatrixNumerics
import SymbolicAlgebra
import ClaimLanguage
@testable import ClaimChecking

/// The false verdicts found by attack (issue 16), each a regression test.

/// Cancellation, absorption, underflow, saturation and 16-digit literals:
/// the exact difference is non-zero, floating point cannot see it, and a
/// certified point in interval arithmetic refutes.
@Test(arguments: [
    "exp(x) + 100000000000000000 - 100000000000000000 == 0*x where x: n",
    """
        (exp(x) + 100000000000000000)^2 - (exp(x) - 100000000000000000)^2 == \
        500000000000000000*exp(x) where x: scalar
        """,
    "exp(-1000) == 0",
    "sigmoid(40) == 1",
    "tanh(20) == 1",
    "log(1 + 1/1000000000000000000) == 0",
    "log(2) == 6931471805599453/10000000000000000",
    "relu(x - 2) .* exp(x) == 0*x where x: n",
    "step(x) + step(-x) == 1 where x: scalar",
])
func refutedWithCertificate(_ claim: String) throws {
    let report = try ClaimChecker(.quick).check(claim)
    guard case .refuted(let c) = report.verdict else {
        Issue.record("\(claim): \(report.verdict)")
        return
    }
    // A certified witness carries its enclosures (its `Double` residual may
    // underflow, as for exp(-1000)); a floating-point one is far above its bound.
    #expect(c.certificate != nil || c.residual > 100 * c.errorBound)
}

@Test func certifiedWitnessShowsTheEnclosures() throws {
    let report = try ClaimChecker(.quick).check("exp(-1000) == 0")
    guard case .refuted(let c) = report.verdict else { Issue.record("\(report.verdict)"); return }
    let certificate = try #require(c.certificate)
    #expect(certificate.contains("e-435"))
    #expect(certificate.contains("disjoint"))
}

/// A `let` derivative variable: `jac(z, x) = 2I`, so the claim is false.
@Test func letDerivativeVariableIsNotFreedOutsideItsDerivative() throws {
    let report = try ClaimChecker(.quick).check(
        "let z = 2*x; jac(z, x) + 0*jac(z, z) == zeros(n, n) where x: n")
    #expect(report.verdict.name == "refuted")
    // The true form stays proved: jac(z, z) = I, jac(z, x) = 2I.
    let truth = try ClaimChecker(.quick).check(
        "let z = 2*x; jac(z, x) - 2*jac(z, z) == zeros(n, n) where x: n")
    #expect(truth.verdict == .proved)
    // A partial derivative through a let: d(z .* z)/dz at z = 2x is diag(2z) = diag(4x).
    let partial = try ClaimChecker(.quick).check(
        "let z = 2*x; jac(z .* z, z) == diag(4*x) where x: n")
    #expect(partial.verdict == .proved)
}

/// False from dimension 4 on: a one-variable claim is evaluated at every
/// dimension from 4 to 8.
@Test func dimensionFourFalsehoodIsRefuted() throws {
    let report = try ClaimChecker().check("(n-1)*(n-2)*(n-3)*(n-5)*(n-8)*x == 0*x where x: n")
    guard case .refuted(let c) = report.verdict else { Issue.record("\(report.verdict)"); return }
    #expect(c.assignment["n"] == 4)
}

/// With four dimension variables every shape of {1,2,3}⁴ is checked
/// (exactly, or numerically when skipped).
@Test func fourDimensionVariablesCoverTheCube() throws {
    let claim = "(a-1)*(b-1)*(c-1)*(d-2)*(d-3)*x == 0*x where x: a, y: b, z: c, w: d"
    let report = try ClaimChecker().check(claim)
    #expect(report.verdict.name == "refuted", "\(report.verdict)")
    let exact = try ClaimChecker().check("tr(A*B) == tr(B*A) where A: m x n, B: n x m, C: p x q")
    #expect(exact.verdict == .proved)
}

/// `step(0) = 0`: `step(−u) = 1 − step(u)` is false at 0 and is no rule.
@Test func stepOfMinusIsNotRewritten() {
    let x = Symbolic.variable("x")
    #expect(Symbolic.step(-x) != .one - Symbolic.step(x))
}

/// `exp(log x) = x` only for `x > 0`: no witness where `log` is undefined.
@Test func noWitnessWhereASideIsUndefined() throws {
    let report = try ClaimChecker(.quick).check("exp(log(x)) == relu(x) where x: n")
    #expect(report.verdict.name != "refuted", "\(report.verdict)")
}

/// A declared function has no fixed stand-in that makes a false claim hold.
@Test func declaredFunctionDerivativesAreNotInterchangeable() throws {
    let report = try ClaimChecker(.quick).check(
        "f''''(x) .* f''(y) == f''(x) .* f''''(y) where x: n, y: n, f: function")
    #expect(report.verdict.name != "proved" && report.verdict.name != "holds", "\(report.verdict)")
}

/// Options are validated; a zero refutation factor throws instead of refuting everything.
@Test func invalidOptionsThrow() {
    var options = CheckOptions()
    options.refutationFactor = 0
    #expect(throws: CheckOptionsError.self) { try ClaimChecker(options).check("x == x where x: n") }
    var zero = CheckOptions()
    zero.numericMaximumDimension = 0
    #expect(throws: CheckOptionsError.self) { try ClaimChecker(zero).check("x == x where x: n") }
}

/// Sixteen dimension variables: a limit error, not 3¹⁶ assignments in memory.
@Test func tooManyDimensionVariablesIsALimitError() {
    let names = (0..<16).map { "d\($0)" }
    let declarations = names.enumerated().map { "v\($0.offset): \($0.element)" }.joined(
        separator: ", ")
    let claim = "v0 == v0 where " + declarations
    #expect(throws: ClaimError.self) { try ClaimChecker().check(claim) }
}

/// Functions whose names' hashes collide were one stand-in; now distinct
/// declared functions are distinct functions.
@Test func distinctDeclaredFunctionsAreDistinct() throws {
    let report = try ClaimChecker(.quick).check(
        "aQ(x) == ba(x) where x: n, aQ: function, ba: function")
    #expect(report.verdict.name == "refuted", "\(report.verdict)")
}

/// `c^2^3 = c^(2^3)`, as documented (right-associative), in exponents too.
@Test func powersAreRightAssociative() throws {
    #expect(try ClaimChecker(.quick).check("c^2^3 == c^8 where c: scalar").verdict == .proved)
    #expect(
        try ClaimChecker(.quick).check("c^2^3 == c^6 where c: scalar").verdict.name == "refuted")
}

/// A built-in name cannot be declared a function.
@Test func builtinNameIsNotAFunctionDeclaration() {
    #expect(throws: ClaimError.self) {
        try Claim(parsing: "exp(x) == x where x: n, exp: function").resolve()
    }
}

/// A true claim with a non-zero exact difference the engine cannot close is
/// inconclusive, never "holds"; a true claim it can close is still proved.
@Test func trueClaimsStayDecided() throws {
    #expect(try ClaimChecker(.quick).check("exp(log(x)) == x where x: n").verdict.name != "refuted")
    #expect(
        try ClaimChecker(.quick).check("sigmoid(-x) == 1 - sigmoid(x) where x: n").verdict
            == .proved)
    #expect(try ClaimChecker(.quick).check("relu(x) - relu(-x) == x where x: n").verdict == .proved)
}

/// The campaign's independent oracle: certified evaluation as written.
@Test func certifiedOracleFindsWhatRewritingHides() {
    let oracle = CertifiedOracle(timeBudget: 20)
    #expect(oracle.witness("step(x) + step(-x) == 1 where x: n") != nil)
    #expect(oracle.witness("tr(A*B) == tr(B*A) where A: n x n, B: n x n") == nil)
    #expect(oracle.witness("exp(log(x)) == x where x: n") == nil)
}

/// The hang: a symbolic check that cannot finish used the whole time budget,
/// leaving no time for a numeric point. Now it may use half; the numeric
/// check still evaluates, and the note blames the part that used the time.
@Test func symbolicCheckLeavesTimeForTheNumericCheck() throws {
    var options = CheckOptions()
    options.timeBudget = 6
    // One cheap numeric point (no finite differences), so the assertion
    // depends on the time split, not on the machine's speed.
    options.finiteDifferences = false
    options.pointsPerShape = 1
    options.numericShapes = 1
    let report = try ClaimChecker(options).check(
        "hess(det(inv(X)*A), X) == hess(det(A)/det(X), X) where X: 3 x 3, A: 3 x 3")
    #expect(report.verdict.name != "refuted")
    #expect(report.numeric.contains { $0.points > 0 }, "\(report.notes)")
}

/// The crash: polynomial products have a size guard, so an exact check that
/// would grow past it is "budget exceeded" for that shape, never a crash.
@Test func productSizeGuardStopsSwell() throws {
    var options = CheckOptions.quick
    options.symbolicProductTerms = 10
    let report = try ClaimChecker(options).check(
        "det(A + B) == det(B + A) where A: 3 x 3, B: 3 x 3")
    guard case .budgetExceeded(let why) = report.symbolic.first?.outcome else {
        Issue.record("\(report.symbolic)")
        return
    }
    #expect(why.contains("size guard"))
    #expect(report.verdict.name == "holds")
}

/// `1e20` and `1e-300` are exact literals (attack suite 3 had them rejected):
/// a true claim is proved and a difference of `1e-300` is refuted.
@Test func largeAndTinyLiteralsAreChecked() throws {
    #expect(try ClaimChecker(.quick).check("1e20 * x == 10^20 * x where x: n").verdict == .proved)
    let tiny = try ClaimChecker(.quick).check("x + 1e-300 == x where x: n")
    #expect(tiny.verdict.name == "refuted", "\(tiny.verdict)")
}
