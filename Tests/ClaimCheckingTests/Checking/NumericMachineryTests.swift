import Testing
@testable import MatrixNumerics
@testable import ClaimLanguage
@testable import ClaimChecking

@Test func boundedDoubleBoundsItsRoundingError() {
    // 0.1 summed ten times is not 1 in floating point, but within the bound.
    var sum = BoundedDouble.zero
    let tenth = BoundedDouble.exactNumber(ExactNumber(1, 10)!)
    for _ in 0..<10 { sum = sum + tenth }
    #expect(sum.value != 1)
    #expect(Swift.abs(sum.value - 1) <= sum.errorBound)
    #expect(sum.errorBound < 1e-14)
    // Cancellation is tracked: (1e16 + 1) − 1e16 carries an error of order 1.
    let big = BoundedDouble(exactly: 1e16)
    let difference = (big + BoundedDouble.one) - big
    #expect(difference.errorBound >= 1)
    // log of a value whose error bound reaches zero is undefined.
    #expect(BoundedDouble.log(BoundedDouble(1e-20, errorBound: 1e-19)).isUndefined)
}

/// The checker's finite-difference settings (three Richardson levels from
/// `h₀ = 1/16`, `1/8` for Hessians) on functions with known derivatives.
@Test func richardsonDifferencesMatchKnownDerivatives() throws {
    let x = Matrix(column: [0.3, -0.7])
    let j = try MatrixNumerics.FiniteDifferences.jacobian(
        of: { p in Matrix(column: [Double.sin(p[0, 0]) * p[1, 0], Double.exp(p[1, 0])]) }, at: x,
        method: .richardson(initialRelativeStep: 0.0625, levels: 3))
    let exact = [Double.cos(0.3) * -0.7, 0, Double.sin(0.3), Double.exp(-0.7)]
    for k in 0..<4 {
        #expect(Swift.abs(j.value.entries[k] - exact[k]) <= 10 * j.errorEstimate.entries[k] + 1e-15)
        #expect(j.errorEstimate.entries[k] < 1e-6)
    }
    let h = try MatrixNumerics.FiniteDifferences.hessian(
        of: { p in Double.sin(p[0, 0]) * p[1, 0] * p[1, 0] }, at: x,
        method: .richardson(initialRelativeStep: 0.125, levels: 3))
    let exactHessian = [
        -Double.sin(0.3) * 0.49, 2 * Double.cos(0.3) * -0.7, 2 * Double.cos(0.3) * -0.7,
        2 * Double.sin(0.3),
    ]
    for k in 0..<4 {
        #expect(
            Swift.abs(h.value.entries[k] - exactHessian[k]) <= 10 * h.errorEstimate.entries[k]
                + 1e-12)
    }
}

@Test func defaultNumericShapesReachDimensionEight() throws {
    let claim = try Claim(parsing: "A*B == B*A where A: n x n, B: n x n").resolve()
    var seen = Set<Int>()
    for seed in 1...20 {
        var options = CheckOptions()
        options.seed = UInt64(seed)
        let (assignments, _) = ClaimChecker(options).numericAssignments(claim)
        #expect(assignments.count >= 3)
        for a in assignments { seen.insert(a["n"] ?? 0) }
    }
    #expect(seen.contains(8))
    #expect(seen.allSatisfy { (1...8).contains($0) })
}

@Test func forwardModeAgreesWithFiniteDifferencesOnDerivativeClaims() throws {
    let report = try ClaimChecker(.quick).check(
        "grad(sum(softplus(W*x)), x) == W'*sigmoid(W*x) where W: m x n, x: n")
    #expect(report.verdict == .proved)
    let ratios = report.numeric.compactMap(\.finiteDifferenceRatio)
    #expect(!ratios.isEmpty)
    #expect(ratios.allSatisfy { $0 <= 10 })
    #expect(report.numeric.allSatisfy { $0.method == "dual+FD" })
}

@Test func counterexampleCarriesTheEvidence() throws {
    let report = try ClaimChecker(.quick).check("vec(x*y') == kron(x, y) where x: n, y: n")
    guard case .refuted(let c) = report.verdict else { Issue.record("\(report.verdict)"); return }
    #expect(c.assignment["n"] == 2)
    #expect(c.point["x"]?.count == 2)
    #expect(c.significance > 100)
    #expect(c.description.contains("seed \(c.seed)"))
}

/// A difference that floating point cannot show (an exactly singular
/// determinant reads as "singular to working precision") is refuted by an
/// exact rational point, with error bound 0; a claim true only through a rule
/// the engine lacks is never refuted this way (its difference has atoms).
@Test func exactRationalWitnessRefutesWhatFloatingPointCannot() throws {
    let report = try ClaimChecker(.quick).check("det(A + A) == det(A - A) where A: m x m")
    guard case .refuted(let c) = report.verdict else {
        Issue.record("expected a refutation, got \(report.verdict)")
        return
    }
    #expect(c.errorBound == 0)
    #expect(c.residual > 0)
    #expect(c.lhs != c.rhs)
    // True (where defined) through a rule the engine lacks: never refuted, and (the exact
    // difference being non-zero) never "holds" either, but inconclusive.
    // (`exp(log(x)) == relu(x)` was this example until round 5's rules proved it.)
    let identity = try ClaimChecker(.quick).check(
        "step(x^3 - 8) == step(x - 2) where x: scalar")
    guard case .inconclusive(let reason) = identity.verdict else {
        Issue.record("\(identity.verdict)"); return
    }
    #expect(reason.contains("a rule the symbolic engine lacks"))
}
