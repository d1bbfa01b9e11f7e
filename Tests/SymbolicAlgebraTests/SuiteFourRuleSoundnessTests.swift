import Foundation
import Testing

@testable import SymbolicAlgebra

/// The rules added after attack suite 4 (issue 16, helper 16p): each holds
/// at every point where the original is defined (zero, integers, halves,
/// larger values), and the identities they were added for become exact zeros.
extension RewriteRuleSoundnessTests {
    static let suiteFourRules: [Rule] = [
        Rule(
            name: "exp(−softplus(−u)) = σ(u)", built: { .exp(-.softplus(-$0)) },
            reference: { 1 / (1 + Foundation.exp(-$0)) }),
        Rule(
            name: "exp(2·softplus u) = (1 + eᵘ)²", built: { .exp(2 * .softplus($0)) },
            reference: { (1 + Foundation.exp($0)) * (1 + Foundation.exp($0)) }),
        Rule(
            name: "log(3eᵘ + 3e²ᵘ) = u + log(3 + 3eᵘ)",
            built: { .log(3 * .exp($0) + 3 * .exp(2 * $0)) },
            reference: { Foundation.log(3 * Foundation.exp($0) + 3 * Foundation.exp(2 * $0)) }),
        Rule(
            name: "log(eᵘ·(u² + 1) + eᵘ) pulls eᵘ",
            built: { .log(.exp($0) * ($0 * $0 + 1) + .exp($0)) },
            reference: { $0 + Foundation.log($0 * $0 + 2) }),
        Rule(
            name: "log(u·eᵘ − eᵘ) where defined",
            built: { .log($0 * .exp($0) - .exp($0)) },
            reference: { $0 > 1 ? Foundation.log(($0 - 1) * Foundation.exp($0)) : nil }),
        Rule(
            name: "log(360/7)·u", built: { .log(Symbolic(Rational(360)) / 7) * $0 },
            reference: { Foundation.log(360.0 / 7) * $0 }),
        Rule(
            name: "sin(2u + 1) expanded",
            built: { Symbolic.sin(2 * $0 + 1).reducingTrigonometry() },
            reference: { Foundation.sin(2 * $0 + 1) }),
        Rule(
            name: "cos(3u)² reduced",
            built: { Symbolic.cos(3 * $0).power(2).reducingTrigonometry() },
            reference: { Foundation.cos(3 * $0) * Foundation.cos(3 * $0) }),
        Rule(
            name: "cos(u/2 − u/3)/cos(u)² reduced",
            built: {
                (Symbolic.cos($0 / 2 - $0 / 3) / Symbolic.cos($0).power(2)).reducingTrigonometry()
            },
            reference: { Foundation.cos($0 / 6) / (Foundation.cos($0) * Foundation.cos($0)) }),
        Rule(
            name: "step(u²) = step u + step(−u)", built: { .step($0 * $0) },
            reference: { $0 * $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(−3u³)", built: { .step(-3 * $0 * $0 * $0) },
            reference: { -3 * $0 * $0 * $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(u·eᵘ) = step u", built: { .step($0 * .exp($0)) },
            reference: { $0 * Foundation.exp($0) > 0 ? 1 : 0 }),
        Rule(
            name: "step(u·sin u)", built: { .step($0 * .sin($0)) },
            reference: { $0 * Foundation.sin($0) > 0 ? 1 : 0 }),
        Rule(
            name: "|u²| = u² by the sign of a product", built: { .sqrt($0 * $0 * $0 * $0) },
            reference: { $0 * $0 }),
    ]

    /// `step(c·x·y)` and `step(x²·y)` at every pair of points, zeros included.
    @Test func theSignOfAProductIsTheProductOfTheSigns() {
        let x = RewriteRuleSoundnessTests.x
        let y = Symbolic.variable("y")
        let cases: [(Symbolic, (Double, Double) -> Double)] = [
            (.step(x * y), { $0 * $1 }),
            (.step(-2 * x * y), { -2 * $0 * $1 }),
            (.step(x * x * y), { $0 * $0 * $1 }),
            (.step(x * y * y * y), { $0 * $1 * $1 * $1 }),
        ]
        let values: [Rational] = [0, 1, -1, 2, -3, (try? Rational(1, 2)) ?? 0]
        for (built, product) in cases {
            for a in values {
                for b in values {
                    let point: [Variable: Symbolic] = [
                        Variable("x"): Symbolic(a), Variable("y"): Symbolic(b),
                    ]
                    let value = built.substituting(point).evaluate(at: [:])
                    let expected: Double = product(a.doubleValue, b.doubleValue) > 0 ? 1 : 0
                    #expect(value == expected, "\(built) at \(a), \(b)")
                }
            }
        }
    }

    @Test(arguments: suiteFourRules.indices)
    func suiteFourRuleHolds(_ index: Int) {
        let rule = RewriteRuleSoundnessTests.suiteFourRules[index]
        let built = rule.built(RewriteRuleSoundnessTests.x)
        for point in RewriteRuleSoundnessTests.points {
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

    @Test func suiteFourIdentitiesBecomeExactZeros() {
        let x = RewriteRuleSoundnessTests.x
        let y = Symbolic.variable("y")
        let zeros: [Symbolic] = [
            (Symbolic.sin(x).power(2) + Symbolic.cos(x).power(2) - 1).reducingTrigonometry(),
            (Symbolic.sin(2 * x) - 2 * Symbolic.sin(x) * Symbolic.cos(x)).reducingTrigonometry(),
            (Symbolic.cos(x + y) - Symbolic.cos(x) * Symbolic.cos(y)
                + Symbolic.sin(x) * Symbolic.sin(y)).reducingTrigonometry(),
            Symbolic.log(Symbolic(6)) - Symbolic.log(Symbolic(2)) - Symbolic.log(Symbolic(3)),
            Symbolic.log(Symbolic(Rational(BigInteger(10).power(20) ?? .one)))
                - 20 * Symbolic.log(Symbolic(10)),
            Symbolic.log(Symbolic.exp(x + y) + Symbolic.exp(2 * x + y)) - y
                - Symbolic.log(Symbolic.exp(x) + Symbolic.exp(2 * x)),
            (Symbolic.exp(-Symbolic.softplus(-x)) - Symbolic.sigmoid(x)).rewritingInExponentials(),
        ]
        for (k, z) in zeros.enumerated() { #expect(z.isExactlyZero, "identity \(k): \(z)") }
        // Non-identities stay non-zero.
        #expect(!(Symbolic.sin(2 * x) - 2 * Symbolic.sin(x)).reducingTrigonometry().isExactlyZero)
        #expect(
            !(Symbolic.cos(x).power(2) - 1 - Symbolic.sin(x).power(2)).reducingTrigonometry()
                .isExactlyZero)
        #expect(
            !(Symbolic.log(Symbolic(6)) - Symbolic.log(Symbolic(2)) - Symbolic.log(Symbolic(4)))
                .isExactlyZero)
    }
}
