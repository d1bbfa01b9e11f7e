import Testing
@testable import SymbolicAlgebra

@Suite struct SymbolicDerivativeTests {
    let zVariable = Variable("z")
    var z: Symbolic { Symbolic(zVariable) }

    @Test func derivativeOfLogSigmoid() {
        let d = Symbolic.log(Symbolic.sigmoid(z)).derivative(withRespectTo: zVariable)
        #expect(d == .one - Symbolic.sigmoid(z))
        #expect(d != Symbolic.sigmoid(z))
    }

    @Test func secondDerivativeOfSigmoid() {
        let s = Symbolic.sigmoid(z)
        let d2 = s.derivative(withRespectTo: zVariable, order: 2)
        #expect(d2 == s * (.one - s) * (.one - Symbolic(2) * s))
        #expect(d2._checkInvariants())
    }

    @Test func derivativeOfTanhAndFriends() {
        let t = Symbolic.tanh(z)
        #expect(t.derivative(withRespectTo: zVariable) == .one - t * t)
        #expect(Symbolic.softplus(z).derivative(withRespectTo: zVariable) == Symbolic.sigmoid(z))
        #expect(
            Symbolic.exp(Symbolic(3) * z).derivative(withRespectTo: zVariable) == Symbolic(3)
                * Symbolic.exp(Symbolic(3) * z))
        #expect(Symbolic.relu(z).derivative(withRespectTo: zVariable) == Symbolic.step(z))
        #expect(Symbolic.relu(z).derivative(withRespectTo: zVariable, order: 2).isExactlyZero)
        #expect(Symbolic.sin(z).derivative(withRespectTo: zVariable, order: 2) == -Symbolic.sin(z))
        let r = Symbolic.sqrt(z)
        #expect(r.derivative(withRespectTo: zVariable) * Symbolic(2) * r == .one)
        // Quotient rule: d/dz (1/z) = −1/z².
        #expect((Symbolic.one / z).derivative(withRespectTo: zVariable) == Symbolic(-1) / (z * z))
        // pow with a symbolic exponent: d/dz z^y = y z^y / z.
        let y = Symbolic.variable("y")
        let p = Symbolic.pow(z, y)
        #expect(p.derivative(withRespectTo: zVariable) == y * p / z)
    }

    @Test func chainRuleThroughUserFunction() {
        let f = ElementwiseFunction("f")
        let x = Variable("x")
        let u = Symbolic(x) * Symbolic(x)
        let first = f(u).derivative(withRespectTo: x)
        #expect(first == Symbolic(2) * Symbolic(x) * f(u, derivativeOrder: 1))
        let second = first.derivative(withRespectTo: x)
        #expect(
            second == Symbolic(2) * f(u, derivativeOrder: 1) + Symbolic(4) * u
                * f(u, derivativeOrder: 2))
        #expect(second.description == "4*x^2*f''(x^2) + 2*f'(x^2)")
        // With the assumption f'' = 0 the second-order atom vanishes.
        let linear = Assumptions().derivatives(of: "f", vanishFromOrder: 2)
        let secondLinear = f(u).derivative(withRespectTo: x, order: 2, assuming: linear)
        #expect(secondLinear == Symbolic(2) * f(u, derivativeOrder: 1))
        #expect(f(u).derivative(withRespectTo: x, order: 3, assuming: linear).isExactlyZero)
        // The same assumption as part of the declaration holds throughout differentiation.
        let g = ElementwiseFunction("g", derivativesVanishFromOrder: 2)
        #expect(
            g(u).derivative(withRespectTo: x, order: 2) == Symbolic(2) * g(u, derivativeOrder: 1))
        #expect(g(u, derivativeOrder: 2).isExactlyZero)
    }

    @Test func derivativeWithRespectToAnAbsentVariableIsZero() {
        #expect(Symbolic.sigmoid(z).derivative(withRespectTo: Variable("w")).isExactlyZero)
    }
}

@Suite struct AtomNormalisationTests {
    let a = Symbolic.variable("a"), b = Symbolic.variable("b")

    @Test func canonicalArguments() {
        #expect(Symbolic.sigmoid(a + b) == Symbolic.sigmoid(b + a))
        #expect(Symbolic.sigmoid(a + b).numerator == Symbolic.sigmoid(b + a).numerator)
        #expect(Symbolic.sigmoid(a + b) != Symbolic.sigmoid(a - b))
    }

    @Test func exponentialAndLogarithmRules() {
        #expect(Symbolic.exp(a + b) == Symbolic.exp(a) * Symbolic.exp(b))
        #expect(Symbolic.exp(a) * Symbolic.exp(-a) == .one)
        #expect(Symbolic.exp(Symbolic(2) * a) == Symbolic.exp(a) * Symbolic.exp(a))
        #expect(Symbolic.log(Symbolic.exp(a + b)) == a + b)
        #expect(Symbolic.exp(Symbolic.log(a)) == a)
        #expect(Symbolic.log(.one).isExactlyZero)
        #expect(Symbolic.log(.one + Symbolic.exp(a)) == Symbolic.softplus(a))
    }

    @Test func symmetryRules() {
        #expect(Symbolic.sigmoid(-a) == .one - Symbolic.sigmoid(a))
        #expect(Symbolic.sigmoid(b - a) == .one - Symbolic.sigmoid(a - b))
        #expect(Symbolic.tanh(-a) == -Symbolic.tanh(a))
        #expect(Symbolic.softplus(-a) == Symbolic.softplus(a) - a)
        // relu keeps its argument's sign: relu(−u) = relu(u) − u holds as
        // values, but differentiated it is −1 at the kink, not relu's 0.
        #expect(Symbolic.relu(-a) == -a * Symbolic.step(-a))
        #expect(Symbolic.relu(-a).derivative(withRespectTo: Variable("a")) == -Symbolic.step(-a))
        #expect(Symbolic.cos(-a) == Symbolic.cos(a))
        #expect(Symbolic.sigmoid(.zero) == Symbolic(Rational(1)) / Symbolic(2))
        #expect(Symbolic.relu(Symbolic(-3)).isExactlyZero)
        #expect(Symbolic.step(Symbolic(5)) == .one)
        #expect(Symbolic.pow(a, Symbolic(3)) == a * a * a)
        #expect(Symbolic.pow(.zero, Symbolic(-1)).isUndefined)
    }
}

@Suite struct SymbolicEvaluationTests {
    @Test func numericEvaluationMatchesDouble() throws {
        let x = Variable("x"), y = Variable("y")
        let e =
            Symbolic.sigmoid(Symbolic(x) * Symbolic(y)) / (Symbolic(x) + Symbolic.tanh(Symbolic(y)))
        let value = try #require(e.evaluate(at: [x: 0.7, y: -1.3]))
        let expected = Double.sigmoid(0.7 * -1.3) / (0.7 + Double.tanh(-1.3))
        #expect(Swift.abs(value - expected) <= 1e-14 * Swift.abs(expected))
        #expect(e.evaluate(at: [x: 0.7]) == nil)
        #expect(Symbolic.log(Symbolic(x)).evaluate(at: [x: -1]) == nil)
        #expect(Symbolic.step(Symbolic(x)).evaluate(at: [x: 0]) == nil)
    }

    @Test func userFunctionsEvaluateThroughSuppliedValues() throws {
        let x = Variable("x")
        let f = ElementwiseFunction("f")
        let e = f(Symbolic(x), derivativeOrder: 1)
        #expect(e.evaluate(at: [x: 2]) == nil)
        let value = e.evaluate(at: [x: 2]) { name, order, t in
            name == "f" && order == 1 ? 3 * t : nil
        }
        #expect(value == 6)
    }

    @Test func exactEvaluation() throws {
        let x = Variable("x"), y = Variable("y")
        let e = (Symbolic(x) * Symbolic(x) + Symbolic.relu(Symbolic(y))) / Symbolic(y)
        #expect(e.evaluateExactly(at: [x: try Rational(1, 2), y: 3]) == (try Rational(13, 12)))
        #expect(e.evaluateExactly(at: [x: 1, y: 0]) == nil)
        #expect(Symbolic.sigmoid(Symbolic(x)).evaluateExactly(at: [x: 1]) == nil)
    }

    @Test func printing() {
        let A12 = Symbolic.variable("A", 1, 2), x = Symbolic.variable("x")
        let e = Symbolic(2) * A12 * x * x - Symbolic.sigmoid(x + A12)
        #expect(e.description == "2*A[1,2]*x^2 - sigmoid(A[1,2] + x)")
        #expect(e.latex == "2 A_{12} x^{2} - \\sigma\\left(A_{12} + x\\right)")
        let q = x / (x + .one)
        #expect(q.description == "x/(x + 1)")
        #expect(q.latex == "\\frac{x}{x + 1}")
        #expect((Symbolic.one / Symbolic(2) * x).latex == "\\frac{1}{2} x")
    }
}

@Suite struct BoundedDerivativeTests {
    let x = Symbolic.variable("x"), y = Symbolic.variable("y"), z = Symbolic.variable("z")

    @Test func refusedWhenTheSquaredDenominatorIsOverTheLimit() {
        let d = (x + y + z + 1) * (x + y + z + 1) * (x + y + z + 1)  // 20 terms; d² has 84
        let f = (x * y - z) / d
        let exact = f.derivative(withRespectTo: Variable("x"))
        #expect(f.derivative(withRespectTo: Variable("x"), termLimit: 83) == nil)
        let bounded = f.derivative(withRespectTo: Variable("x"), termLimit: 100_000)
        #expect(bounded == exact)
        // A denominator free of the variable, or a polynomial, is never refused.
        let g = x * x / (y + z + 3)
        #expect(g.derivative(withRespectTo: Variable("x"), termLimit: 1) == 2 * x / (y + z + 3))
        #expect((x * x * y).derivative(withRespectTo: Variable("x"), termLimit: 1) == 2 * x * y)
    }
}
