import Testing
@testable import ClaimChecking

/// The verdict policy on synthetic evidence: each rule, and their order.
@Suite struct VerdictPolicyTests {
    func shape(_ n: Int) -> [String: Int] { ["n": n] }
    func result(_ n: Int, _ outcome: SymbolicOutcome) -> SymbolicShapeResult {
        SymbolicShapeResult(assignment: shape(n), outcome: outcome, seconds: 0)
    }
    func counterexample(_ n: Int) -> Counterexample {
        Counterexample(
            assignment: shape(n), seed: 1, row: 0, col: 0, lhs: 1, rhs: 0, residual: 1,
            errorBound: 1e-16, point: [:])
    }
    /// Exact at n = 1, 2, 3, evaluated numerically at n = 4.
    func provedEvidence() -> VerdictPolicy.Evidence {
        var e = VerdictPolicy.Evidence()
        e.dimensionVariables = ["n"]
        e.symbolic = (1...3).map { result($0, .equal) }
        e.evaluatedShapes = [shape(4)]
        return e
    }

    @Test func exactEverywhereWithADefinedPointIsProved() {
        #expect(VerdictPolicy().decide(provedEvidence()) == .proved)
    }

    @Test func aCounterexampleRefutesBeforeAnythingElse() {
        var e = provedEvidence()
        e.counterexamples = [counterexample(5), counterexample(2)]
        e.finiteDifferenceDisagreement = "disagree"
        e.symbolic.append(result(4, .failed("boom")))
        guard case .refuted(let c) = VerdictPolicy().decide(e) else {
            Issue.record("not refuted"); return
        }
        #expect(c.assignment == shape(2))  // the smallest shape
    }

    @Test func anInternalErrorIsInconclusiveNeverDropped() {
        var e = provedEvidence()
        e.symbolic[1] = result(2, .failed("no value for 'q'"))
        guard case .inconclusive(let reason) = VerdictPolicy().decide(e) else {
            Issue.record("not inconclusive"); return
        }
        #expect(reason.contains("internal error") && reason.contains("n=2"))
        var numeric = provedEvidence()
        numeric.numericInternalErrors = ["shapes"]
        #expect(VerdictPolicy().decide(numeric).name == "inconclusive")
    }

    @Test func finiteDifferenceDisagreementAndUnclearResidualsAreInconclusive() {
        var e = provedEvidence()
        e.finiteDifferenceDisagreement = "forward mode and finite differences disagree"
        #expect(VerdictPolicy().decide(e).name == "inconclusive")
        var u = provedEvidence()
        u.unclear = true
        #expect(VerdictPolicy().decide(u).name == "inconclusive")
    }

    @Test func noDefinedPointIsNeverProved() {
        var e = provedEvidence()
        e.evaluatedShapes = []
        guard case .inconclusive(let reason) = VerdictPolicy().decide(e) else {
            Issue.record("not inconclusive"); return
        }
        #expect(reason.contains("no point"))
    }

    /// Rule 5's exception: exact over the whole scope, defined at a certified point.
    @Test func aCertifiedDefinedPointSufficesOnlyWhenTheExactCheckCoversTheScope() {
        var fixed = VerdictPolicy.Evidence()
        fixed.symbolic = [SymbolicShapeResult(assignment: [:], outcome: .equal, seconds: 0)]
        #expect(VerdictPolicy().decide(fixed).name == "inconclusive")
        fixed.certifiedDefinedShapes = [[:]]
        #expect(VerdictPolicy().decide(fixed) == .proved)
        // Dimension variables: the cube is not the whole scope without an all-shapes proof.
        var e = provedEvidence()
        e.evaluatedShapes = []
        e.certifiedDefinedShapes = [shape(1)]
        #expect(VerdictPolicy().decide(e).name == "inconclusive")
        e.allShapesProof = true
        #expect(VerdictPolicy().decide(e) == .proved)
        // Never over a non-zero exact difference.
        e.symbolic[0] = result(1, .differs)
        #expect(VerdictPolicy().decide(e).name == "inconclusive")
    }

    @Test func aNonZeroExactDifferenceNeverHolds() {
        var e = provedEvidence()
        e.symbolic[0] = result(1, .differs)
        guard case .inconclusive(let reason) = VerdictPolicy().decide(e) else {
            Issue.record("not inconclusive"); return
        }
        #expect(reason.contains("non-zero at n=1"))
        #expect(!reason.contains("larger shapes numerically"))
    }

    @Test func aBudgetInsideTheCubeHoldsOnlyNumerically() {
        var e = provedEvidence()
        e.symbolic[1] = result(2, .budgetExceeded("power"))
        guard case .holdsNumerically(let reason) = VerdictPolicy().decide(e) else {
            Issue.record("not holds"); return
        }
        #expect(reason.contains("budget exceeded at n=2"))
        // Over budget only beyond the cube {1, 2}: still proved (scope up to 2).
        var beyond = provedEvidence()
        beyond.symbolic[2] = result(3, .budgetExceeded("power"))
        #expect(VerdictPolicy().decide(beyond) == .proved)
        #expect(VerdictPolicy.exactCube(beyond.symbolic, variables: ["n"]) == 2)
    }

    @Test func theCubeCountsEveryAssignment() {
        // Two variables: {1,2}² needs all four assignments.
        let shapes: [[String: Int]] = [["m": 1, "n": 1], ["m": 1, "n": 2], ["m": 2, "n": 2]]
        let symbolic = shapes.map {
            SymbolicShapeResult(assignment: $0, outcome: .equal, seconds: 0)
        }
        #expect(VerdictPolicy.exactCube(symbolic, variables: ["m", "n"]) == 1)
    }
}
