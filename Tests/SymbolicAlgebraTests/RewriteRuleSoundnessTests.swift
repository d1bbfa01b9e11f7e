import Foundation
import MatrixNumerics
import Testing
@testable import SymbolicAlgebra

/// Every normalisation the symbolic engine applies when it builds an atom
/// must hold at every point where the original is defined: checked at zero,
/// at the kinks, at integers, halves and random rationals, by substituting
/// the exact point into the normalised form and comparing with the
/// original function evaluated directly.
@Suite struct RewriteRuleSoundnessTests {
    struct Rule: Sendable {
        let name: String
        /// The normalised form, built from `x` by the engine.
        let built: @Sendable (Symbolic) -> Symbolic
        /// The original function; `nil` where it is undefined.
        let reference: @Sendable (Double) -> Double?
    }

    static let x = Symbolic.variable("x")

    static let rules: [Rule] = [
        Rule(
            name: "σ(−u) = 1 − σ(u)", built: { .sigmoid(-$0) },
            reference: { 1 / (1 + Foundation.exp($0)) }),
        Rule(
            name: "tanh(−u) = −tanh u", built: { .tanh(-$0) }, reference: { -Foundation.tanh($0) }),
        Rule(
            name: "softplus(−u) = softplus(u) − u", built: { .softplus(-$0) },
            reference: { Foundation.log(1 + Foundation.exp(-$0)) }),
        Rule(
            name: "relu(−u) = relu(u) − u", built: { .relu(-$0) },
            reference: { Swift.max(0, -$0) }),
        Rule(name: "step(−u) (no rule)", built: { .step(-$0) }, reference: { -$0 > 0 ? 1 : 0 }),
        Rule(name: "step(u)", built: { .step($0) }, reference: { $0 > 0 ? 1 : 0 }),
        Rule(name: "sin(−u) = −sin u", built: { .sin(-$0) }, reference: { Foundation.sin(-$0) }),
        Rule(name: "cos(−u) = cos u", built: { .cos(-$0) }, reference: { Foundation.cos(-$0) }),
        Rule(
            name: "exp(2u) = exp(u)²", built: { .exp(2 * $0) },
            reference: { Foundation.exp(2 * $0) }),
        Rule(
            name: "exp(u/2 + 1)", built: { .exp($0 * Symbolic(Rational(1)) / 2 + 1) },
            reference: { Foundation.exp($0 / 2 + 1) }),
        Rule(
            name: "log(exp u) = u", built: { .log(.exp($0)) },
            reference: { Foundation.log(Foundation.exp($0)) }),
        Rule(
            name: "log(1 + exp u) = softplus u", built: { .log(1 + .exp($0)) },
            reference: { Foundation.log(1 + Foundation.exp($0)) }),
        Rule(
            name: "log(2·exp u) = log 2 + u", built: { .log(2 * .exp($0)) },
            reference: { Foundation.log(2 * Foundation.exp($0)) }),
        Rule(
            name: "exp(3·log w) = w³ (w > 0)", built: { .exp(3 * .log($0)) },
            reference: { $0 > 0 ? Foundation.exp(3 * Foundation.log($0)) : nil }),
        Rule(name: "pow(u, 3) = u³", built: { .pow($0, 3) }, reference: { $0 * $0 * $0 }),
        Rule(
            name: "pow(u, 1/2) = sqrt u (u ≥ 0)", built: { .pow($0, Symbolic(Rational(1)) / 2) },
            reference: { $0 >= 0 ? Foundation.sqrt($0) : nil }),
        Rule(
            name: "sqrt(u)² = u (u ≥ 0)", built: { .sqrt($0) * .sqrt($0) },
            reference: { $0 >= 0 ? $0 : nil }),
        Rule(
            name: "σ at constants", built: { .sigmoid($0 - $0) + .sigmoid($0) },
            reference: { 0.5 + 1 / (1 + Foundation.exp(-$0)) }),
        Rule(name: "relu(relu u) = relu u", built: { .relu(.relu($0)) }, reference: { max(0, $0) }),
        Rule(
            name: "relu(exp u) = exp u", built: { .relu(.exp($0)) },
            reference: { Foundation.exp($0) }),
        Rule(
            name: "relu(step u) = step u", built: { .relu(.step($0)) },
            reference: { $0 > 0 ? 1 : 0 }),
        Rule(
            name: "relu(sqrt u) = sqrt u (u ≥ 0)", built: { .relu(.sqrt($0)) },
            reference: { $0 >= 0 ? Foundation.sqrt($0) : nil }),
        Rule(name: "step(σ u) = 1", built: { .step(.sigmoid($0)) }, reference: { _ in 1 }),
        Rule(name: "step(softplus u) = 1", built: { .step(.softplus($0)) }, reference: { _ in 1 }),
        Rule(
            name: "step(relu u) = step u", built: { .step(.relu($0)) },
            reference: { $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(step u) = step u", built: { .step(.step($0)) },
            reference: { $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(u)³ = step u", built: { .step($0) * .step($0) * .step($0) },
            reference: { $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(u)·step(−u) = 0", built: { .step($0) * .step(-$0) + $0 },
            reference: { $0 }),
        Rule(
            name: "step(u − 1)·step(1 − u)·u = 0", built: { .step($0 - 1) * .step(1 - $0) * $0 },
            reference: { _ in 0 }),
        Rule(
            name: "relu(u) = u·step(u)", built: { .relu($0) - $0 * .step($0) + .relu($0) },
            reference: { max(0, $0) }),
        Rule(
            name: "step(u·step(u)) = step(u)", built: { .step($0 * .step($0)) },
            reference: { $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(step(u)·(u − 2)) = step(u)·step(u − 2)",
            built: { .step(.step($0) * ($0 - 2)) },
            reference: { $0 > 0 && $0 - 2 > 0 ? 1 : 0 }),
        Rule(
            name: "abs(u)² = u²", built: { (2 * .relu($0) - $0) * (2 * .relu($0) - $0) },
            reference: { $0 * $0 }),
        Rule(
            name: "step(u)·step(2u) (kept)", built: { .step($0) * .step(2 * $0) },
            reference: { $0 > 0 ? 1 : 0 }),
        Rule(
            name: "sqrt(9/4)·u = 3u/2", built: { .sqrt(Symbolic(Rational(9)) / 4) * $0 },
            reference: { 1.5 * $0 }),
        Rule(name: "sqrt(u²) = |u|", built: { .sqrt($0 * $0) }, reference: { Swift.abs($0) }),
        Rule(
            name: "log(u²) = 2·log|u| (u ≠ 0)", built: { .log($0 * $0) },
            reference: { $0 == 0 ? nil : Foundation.log($0 * $0) }),
        Rule(
            name: "log((u − 2)²) = 2·log|u − 2| (u ≠ 2)", built: { .log(($0 - 2) * ($0 - 2)) },
            reference: { $0 == 2 ? nil : Foundation.log(($0 - 2) * ($0 - 2)) }),
        Rule(
            name: "sqrt((u − 1)²) = |u − 1|", built: { .sqrt(($0 - 1) * ($0 - 1)) },
            reference: { Swift.abs($0 - 1) }),
        Rule(
            name: "sqrt(4u²/(u² + 2u + 1)) = 2|u|/|u + 1|",
            built: { .sqrt(4 * $0 * $0 / (($0 + 1) * ($0 + 1))) },
            reference: { $0 == -1 ? nil : Swift.abs(2 * $0 / ($0 + 1)) }),
        Rule(
            name: "sqrt(u⁴ − 2u² + 1) = |u² − 1|", built: { .sqrt(($0 * $0 - 1) * ($0 * $0 - 1)) },
            reference: { Swift.abs($0 * $0 - 1) }),
        Rule(name: "sqrt(e^(2u)) = e^u", built: { .sqrt(.exp(2 * $0)) }, reference: {
            Foundation.exp($0)
        }),
    ]

    /// Zero, the kinks' neighbourhood, integers, halves, larger values.
    static let points: [Rational] = {
        var p: [Rational] = [0, 1, -1, 2, -2, 3, -3, 10, -10]
        for (a, b) in [(1, 2), (-1, 2), (7, 3), (-5, 4), (1, 1000), (-1, 1000), (17, 5)] {
            if let r = try? Rational(a, b) { p.append(r) }
        }
        return p
    }()

    @Test(arguments: rules.indices)
    func ruleHoldsAtEveryPointWhereTheOriginalIsDefined(_ index: Int) {
        RewriteRuleSoundnessTests.expectHolds(RewriteRuleSoundnessTests.rules[index])
    }

    /// The rule's normal form agrees with its reference at every test point
    /// where the reference is defined and finite.
    static func expectHolds(_ rule: Rule, at points: [Rational] = points) {
        let built = rule.built(RewriteRuleSoundnessTests.x)
        for point in points {
            guard let expected = rule.reference(point.doubleValue), expected.isFinite else {
                continue
            }
            let value = built.substituting([Variable("x"): Symbolic(point)]).evaluate(at: [:])
            guard let value else {
                Issue.record("\(rule.name): undefined at x = \(point), expected \(expected)")
                continue
            }
            #expect(
                Swift.abs(value - expected) <= 1e-12 * Swift.max(1, Swift.abs(expected)),
                "\(rule.name) at x = \(point): \(value) vs \(expected)")
        }
    }
}

extension RewriteRuleSoundnessTests {
    static let logRules: [Rule] = [
        Rule(
            name: "log σ(u) = u − softplus(u)", built: { .log(.sigmoid($0)) },
            reference: { -Foundation.log(1 + Foundation.exp(-$0)) }),
        Rule(
            name: "log(1 − σ(u)) = −softplus(u)", built: { .log(1 - .sigmoid($0)) },
            reference: { -Foundation.log(1 + Foundation.exp($0)) }),
        Rule(
            name: "log σ(−u)", built: { .log(.sigmoid(-$0)) },
            reference: { -Foundation.log(1 + Foundation.exp($0)) }),
        Rule(
            name: "log((1 + e^u)/e^u) = softplus(u) − u", built: { .log(1 + .exp(-$0)) },
            reference: { Foundation.log(1 + Foundation.exp(-$0)) }),
        Rule(
            name: "log(e^u/(1 + e^u)) = u − softplus(u)",
            built: { .log(.exp($0) / (1 + .exp($0))) },
            reference: { $0 - Foundation.log(1 + Foundation.exp($0)) }),
        Rule(
            name: "log(2/(1 + e^u))", built: { .log(2 / (1 + .exp($0))) },
            reference: { Foundation.log(2 / (1 + Foundation.exp($0))) }),
        Rule(
            name: "log(1 + e^(3u)) = softplus(3u)", built: { .log(1 + .exp(3 * $0)) },
            reference: { Foundation.log(1 + Foundation.exp(3 * $0)) }),
        Rule(
            name: "log(1 + e^(u − 4)) = softplus(u − 4)", built: { .log(1 + .exp($0 - 4)) },
            reference: { Foundation.log(1 + Foundation.exp($0 - 4)) }),
        Rule(
            name: "log(1 + e^(−40)) = softplus(−40)",
            built: { .log(1 + .exp($0 - $0 - 40)) - .softplus(Symbolic(-40)) },
            reference: { _ in 0 }),
    ]

    @Test(arguments: logRules.indices)
    func logRuleHolds(_ index: Int) {
        let rule = RewriteRuleSoundnessTests.logRules[index]
        let built = rule.built(RewriteRuleSoundnessTests.x)
        for point in RewriteRuleSoundnessTests.points {
            guard let expected = rule.reference(point.doubleValue),
                let value = built.substituting([Variable("x"): Symbolic(point)]).evaluate(at: [:])
            else {
                Issue.record("\(rule.name): undefined at \(point)")
                continue
            }
            #expect(
                Swift.abs(value - expected) <= 1e-12 * Swift.max(1, Swift.abs(expected)),
                "\(rule.name) at \(point)")
        }
    }

    /// Under `f'' = 0` a declared function is affine: f(u) = f(0) + f'(0)·u.
    @Test func vanishingDerivativeMakesADeclaredFunctionItsTaylorPolynomial() {
        let f = ElementwiseFunction("f", derivativesVanishFromOrder: 2)
        let u = RewriteRuleSoundnessTests.x, v = Symbolic.variable("y")
        #expect(f(u + v) == f(u) + f(v) - f(.zero))
        #expect(f(u, derivativeOrder: 1) == f(v, derivativeOrder: 1))
        #expect(f(u).derivative(withRespectTo: Variable("x")) == f(u, derivativeOrder: 1))
    }
}

extension RewriteRuleSoundnessTests {
    @Test func exactSquareRoots() throws {
        #expect(Rational(4).exactSquareRoot == Rational(2))
        #expect((try Rational(9, 49)).exactSquareRoot == (try Rational(3, 7)))
        #expect(Rational(0).exactSquareRoot == Rational(0))
        #expect(Rational(2).exactSquareRoot == nil)
        #expect(Rational(-4).exactSquareRoot == nil)
        #expect(Rational(Int.max).exactSquareRoot == nil)
        let big = 3_037_000_499  // its square is just below Int.max
        #expect(Rational(big * big).exactSquareRoot == Rational(big))
        #expect(Symbolic.sqrt(Symbolic(4)) == Symbolic(2))
        #expect(Symbolic.sqrt(Symbolic(3)).constantValue == nil)
        // The products' step rules really fire: step(x)² is stored as step(x).
        let x = RewriteRuleSoundnessTests.x
        #expect((Symbolic.step(x) * Symbolic.step(x)).numerator == Symbolic.step(x).numerator)
        #expect((Symbolic.step(x) * Symbolic.step(-x)).isExactlyZero)
        #expect(!(Symbolic.step(x) * Symbolic.step(2 * x)).isExactlyZero)
        // relu is u·step(u): x·step(x) and relu(x) are one value, abs(x)² is x².
        #expect(x * Symbolic.step(x) - Symbolic.relu(x) == .zero)
        let abs = 2 * Symbolic.relu(x) - x
        #expect((abs * abs - x * x).isExactlyZero)
        #expect(Symbolic.relu(Symbolic.relu(x)) - Symbolic.relu(x) == .zero)
    }
}
