import Testing
@testable import SymbolicAlgebra

@Suite struct SymbolicRewritingTests {
    let xVariable = Variable("x"), yVariable = Variable("y")
    var x: Symbolic { Symbolic(xVariable) }
    var y: Symbolic { Symbolic(yVariable) }

    @Test func substitutionGoesThroughAtoms() {
        let e = x * Symbolic.sigmoid(x + y)
        let s = e.substituting([xVariable: Symbolic(2) * y])
        #expect(s == Symbolic(2) * y * Symbolic.sigmoid(Symbolic(3) * y))
        #expect(s._checkInvariants())
        // Substituting a negative argument re-normalises: σ(−y) = 1 − σ(y).
        #expect(Symbolic.sigmoid(x).substituting([xVariable: -y]) == .one - Symbolic.sigmoid(y))
        #expect((x / y).substituting([yVariable: .zero]).isUndefined)
    }

    @Test func assumptionsZeroVanishingDerivatives() {
        let f = ElementwiseFunction("f")
        let e = f(x * y).derivative(withRespectTo: xVariable, order: 2)
        #expect(e == y * y * f(x * y, derivativeOrder: 2))
        let linear = e.assuming(Assumptions().derivatives(of: "f", vanishFromOrder: 2))
        #expect(linear.isExactlyZero)
        let first = f(x * y).derivative(withRespectTo: xVariable).assuming(
            Assumptions().derivatives(of: "f", vanishFromOrder: 2))
        #expect(first == y * f(x * y, derivativeOrder: 1))
        #expect(
            first.derivative(
                withRespectTo: xVariable, order: 1,
                assuming: Assumptions().derivatives(of: "f", vanishFromOrder: 2)
            ).isExactlyZero)
        // Assumptions reach atoms nested in arguments.
        let nested = Symbolic.sigmoid(f(x, derivativeOrder: 2) + y).assuming(
            Assumptions().derivatives(of: "f", vanishFromOrder: 2))
        #expect(nested == Symbolic.sigmoid(y))
    }

    @Test func rewritingInExponentialsExposesIdentities() {
        // σ(x) = eˣ/(1 + eˣ) is not visible to plain comparison, but is after rewriting.
        let difference = Symbolic.sigmoid(x) - Symbolic.exp(x) / (.one + Symbolic.exp(x))
        #expect(!difference.isExactlyZero)
        #expect(difference.rewritingInExponentials().isExactlyZero)
        // tanh x = 2σ(2x) − 1.
        let tanhIdentity =
            Symbolic.tanh(x) - (Symbolic(2) * Symbolic.sigmoid(Symbolic(2) * x) - .one)
        #expect(tanhIdentity.rewritingInExponentials().isExactlyZero)
        guard case .provedZero = tanhIdentity.testForZero() else {
            Issue.record("tanh x = 2σ(2x) − 1 should be proved")
            return
        }
    }

    @Test func squareRootsSquareToTheirArgument() {
        let norm = Symbolic.sqrt(x * x + y * y)
        #expect(norm * norm == x * x + y * y)
        let unit = [x / norm, y / norm]
        #expect(unit[0] * unit[0] + unit[1] * unit[1] == .one)
        #expect(
            Symbolic.pow(x, Symbolic(Rational(normalizedNumerator: 3, denominator: 2))) == x
                * Symbolic.sqrt(x))
        // d/dx ‖(x, y)‖ = x/‖(x, y)‖.
        #expect(norm.derivative(withRespectTo: xVariable) == x / norm)
    }

    @Test func zeroTestFollowsTheSoundnessRule() throws {
        // Polynomial difference: an exact counterexample.
        guard case .nonZero(let exact) = (x * y - y * y).testForZero() else {
            Issue.record("x·y − y² should be refuted")
            return
        }
        let value = try #require(exact.exactValue)
        #expect(!value.isZero && exact.errorBound == 0)
        let point = try #require(exact.exactPoint)
        #expect((x * y - y * y).evaluateExactly(at: point) == value)
        // Transcendental difference: a numeric counterexample far above its bound.
        guard case .nonZero(let numeric) = (Symbolic.sigmoid(x) - Symbolic.tanh(x)).testForZero()
        else {
            Issue.record("σ(x) − tanh(x) should be refuted")
            return
        }
        #expect(Swift.abs(numeric.value) > 1e4 * numeric.errorBound)
        // Exact zero is proved; undefined is inconclusive.
        guard case .provedZero = (x - x).testForZero() else { Issue.record("x − x"); return }
        guard case .inconclusive = (x / .zero).testForZero() else { Issue.record("x/0"); return }
        // A user function without numeric values cannot be refuted.
        let f = ElementwiseFunction("f")
        guard case .inconclusive = (f(x) - f(y)).testForZero() else {
            Issue.record("f(x) − f(y)"); return
        }
    }

    @Test func interningIsSafeUnderConcurrency() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var ok = true
                    for k in 0..<50 {
                        let v = Symbolic.variable("c\(task % 2)", k)
                        let e = Symbolic.sigmoid(v + .one) * v
                        ok = ok && e == v * Symbolic.sigmoid(.one + v)
                    }
                    return ok
                }
            }
            var all = true
            for await ok in group { all = all && ok }
            return all
        }
        #expect(results)
    }
}
