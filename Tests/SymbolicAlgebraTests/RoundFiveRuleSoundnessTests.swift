import Foundation
import Testing

@testable import SymbolicAlgebra

/// The rules added in round 5 of issue 16 (square roots, provable signs,
/// monotone steps, softplus and log-sum-exp forms): each holds at every
/// point where the original is defined, checked at zero, the kinks,
/// integers, halves, negatives and large magnitudes.
extension RewriteRuleSoundnessTests {
    /// The shared points plus kinks of these rules (4, 9, 1/4) and large
    /// magnitudes (±50, ±1000, 10⁶).
    static let roundFivePoints: [Rational] =
        points + [4, 9, -9, 50, -50, 1000, -1000, 1_000_000, (try? Rational(1, 4)) ?? 0]

    static let half = Symbolic(Rational(1)) / 2

    static let roundFiveRules: [Rule] = [
        Rule(
            name: "sqrt 8·u = 2·sqrt 2·u", built: { .sqrt(Symbolic(8)) * $0 },
            reference: { Foundation.sqrt(8) * $0 }),
        Rule(
            name: "sqrt(1/2) = sqrt(2)/2", built: { .sqrt(half) + $0 },
            reference: { Foundation.sqrt(0.5) + $0 }),
        Rule(
            name: "sqrt(10⁴⁰·(u² + 1)) = 10²⁰·sqrt(u² + 1)",
            built: { .sqrt(Symbolic(Rational(BigInteger(10).power(40) ?? .one)) * ($0 * $0 + 1)) },
            reference: { 1e20 * Foundation.sqrt($0 * $0 + 1) }),
        Rule(
            name: "sqrt(18u) = 3·sqrt(2u) (u ≥ 0)", built: { .sqrt(18 * $0) },
            reference: { $0 >= 0 ? Foundation.sqrt(18 * $0) : nil }),
        Rule(
            name: "sqrt(−8u) = 2·sqrt(−2u) (u ≤ 0)", built: { .sqrt(-8 * $0) },
            reference: { $0 <= 0 ? Foundation.sqrt(-8 * $0) : nil }),
        Rule(
            name: "sqrt(exp u) = exp(u/2)", built: { .sqrt(.exp($0)) },
            reference: { Foundation.exp($0 / 2) }),
        Rule(
            name: "sqrt(exp(−u)·(u² + 1))", built: { .sqrt(.exp(-$0) * ($0 * $0 + 1)) },
            // e⁻ᵘ is stored as 1/eᵘ, which overflows a double first.
            reference: {
                Swift.abs($0) < 700 ? Foundation.sqrt(Foundation.exp(-$0) * ($0 * $0 + 1)) : nil
            }),
        Rule(
            name: "sqrt(u²·(u² + 1)) = |u|·sqrt(u² + 1)", built: { .sqrt($0 * $0 * ($0 * $0 + 1)) },
            reference: { Foundation.sqrt($0 * $0 * ($0 * $0 + 1)) }),
        Rule(
            name: "sqrt(u²·(u − 1)) kept (defined at u = 0)", built: { .sqrt($0 * $0 * ($0 - 1)) },
            reference: { $0 * $0 * ($0 - 1) >= 0 ? Foundation.sqrt($0 * $0 * ($0 - 1)) : nil }),
        Rule(
            name: "sqrt(u)·sqrt(u + 2) merged (u ≥ 0)",
            built: { (.sqrt($0) * .sqrt($0 + 2)).mergingSquareRoots() },
            reference: { $0 >= 0 ? Foundation.sqrt($0) * Foundation.sqrt($0 + 2) : nil }),
        Rule(
            name: "sqrt(u + 1)³·sqrt(2u + 2) merged (u ≥ −1)",
            built: { (Symbolic.sqrt($0 + 1).power(3) * .sqrt(2 * $0 + 2)).mergingSquareRoots() },
            reference: {
                $0 >= -1 ? Foundation.pow(Foundation.sqrt($0 + 1), 3) * Foundation.sqrt(2 * $0 + 2)
                    : nil
            }),
        Rule(
            name: "sqrt(2)·sqrt(u² + 1)/sqrt(u² + 3) merged",
            built: {
                (Symbolic.sqrt(Symbolic(2)) * .sqrt($0 * $0 + 1) / .sqrt($0 * $0 + 3))
                    .mergingSquareRoots()
            },
            reference: { Foundation.sqrt(2 * ($0 * $0 + 1)) / Foundation.sqrt($0 * $0 + 3) }),
        Rule(
            name: "step(u² + 10⁻³⁰) = 1",
            built: { .step($0 * $0 + 1 / Symbolic(Rational(BigInteger(10).power(30) ?? .one))) },
            reference: { _ in 1 }),
        Rule(name: "step(−u²) = 0", built: { .step(-$0 * $0) }, reference: { _ in 0 }),
        Rule(
            name: "step(−u⁴ − σ(u)) = 0", built: { .step(-$0 * $0 * $0 * $0 - .sigmoid($0)) },
            reference: { _ in 0 }),
        Rule(name: "relu(u²) = u²", built: { .relu($0 * $0) }, reference: { $0 * $0 }),
        Rule(name: "relu(−eᵘ) = 0", built: { .relu(-.exp($0)) }, reference: { _ in 0 }),
        Rule(
            name: "|−eᵘ − u²| = eᵘ + u²",
            built: { 2 * .relu(-.exp($0) - $0 * $0) + .exp($0) + $0 * $0 },
            reference: { Swift.abs($0) < 700 ? Foundation.exp($0) + $0 * $0 : nil }),
        Rule(
            name: "step(eᵘ − 1) = step u", built: { .step(.exp($0) - 1) },
            reference: { Foundation.exp($0) - 1 > 0 ? 1 : 0 }),
        Rule(
            name: "step(2 − eᵘ) = step(log 2 − u)", built: { .step(2 - .exp($0)) },
            reference: { 2 - Foundation.exp($0) > 0 ? 1 : 0 }),
        Rule(
            name: "step(3e²ᵘ − 5)", built: { .step(3 * .exp(2 * $0) - 5) },
            reference: { 3 * Foundation.exp(2 * $0) - 5 > 0 ? 1 : 0 }),
        Rule(
            name: "step(eᵘ − log 2)", built: { .step(.exp($0) - .log(Symbolic(2))) },
            reference: { Foundation.exp($0) - Foundation.log(2) > 0 ? 1 : 0 }),
        Rule(
            name: "step(log u − 2) = step(u − e²)", built: { .step(.log($0) - 2) },
            reference: { $0 > 0 ? (Foundation.log($0) - 2 > 0 ? 1 : 0) : nil }),
        Rule(
            name: "step(1 − log u) = step(e − u)", built: { .step(1 - .log($0)) },
            reference: { $0 > 0 ? (1 - Foundation.log($0) > 0 ? 1 : 0) : nil }),
        Rule(
            name: "step(log u) = step(u − 1)", built: { .step(.log($0)) },
            reference: { $0 > 0 ? (Foundation.log($0) > 0 ? 1 : 0) : nil }),
        Rule(
            name: "step(sqrt u − 3) = step(u − 9)", built: { .step(.sqrt($0) - 3) },
            reference: { $0 >= 0 ? (Foundation.sqrt($0) - 3 > 0 ? 1 : 0) : nil }),
        Rule(
            name: "step(2 − sqrt u) = step(4 − u)", built: { .step(2 - .sqrt($0)) },
            reference: { $0 >= 0 ? (2 - Foundation.sqrt($0) > 0 ? 1 : 0) : nil }),
        Rule(
            name: "step(sqrt u) = step u", built: { .step(.sqrt($0)) },
            reference: { $0 >= 0 ? (Foundation.sqrt($0) > 0 ? 1 : 0) : nil }),
        Rule(
            name: "step(σ(u) − ½) = step u", built: { .step(.sigmoid($0) - half) },
            reference: { $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(σ(u) − ¼)", built: { .step(.sigmoid($0) - half / 2) },
            reference: { 1 / (1 + Foundation.exp(-$0)) - 0.25 > 0 ? 1 : 0 }),
        Rule(name: "step(σ(u) − 2) = 0", built: { .step(.sigmoid($0) - 2) }, reference: { _ in 0 }),
        Rule(name: "step(1 − σ(u)) = 1", built: { .step(1 - .sigmoid($0)) }, reference: { _ in 1 }),
        Rule(
            name: "step(⅓ − σ(u))", built: { .step(half * 2 / 3 - .sigmoid($0)) },
            reference: { 1.0 / 3 - 1 / (1 + Foundation.exp(-$0)) > 0 ? 1 : 0 }),
        Rule(
            name: "step(σ(−u) − ½) = step(−u)", built: { .step(.sigmoid(-$0) - half) },
            reference: { $0 < 0 ? 1 : 0 }),
        Rule(
            name: "step(tanh u − ½)", built: { .step(.tanh($0) - half) },
            reference: { Foundation.tanh($0) - 0.5 > 0 ? 1 : 0 }),
        Rule(name: "step(tanh u + 2) = 1", built: { .step(.tanh($0) + 2) }, reference: { _ in 1 }),
        Rule(
            name: "step(−tanh u) = step(−u)", built: { .step(-.tanh($0)) },
            reference: { -Foundation.tanh($0) > 0 ? 1 : 0 }),
        Rule(
            name: "step(eᵘ − e^(u²)) = step(u − u²)", built: { .step(.exp($0) - .exp($0 * $0)) },
            reference: { $0 - $0 * $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(2·log(u + 3) − 2·log(2u)) (u > 0)",
            built: { .step(2 * .log($0 + 3) - 2 * .log(2 * $0)) },
            reference: {
                $0 > 0 ? (Foundation.log($0 + 3) - Foundation.log(2 * $0) > 0 ? 1 : 0) : nil
            }),
        Rule(
            name: "step(σ(u² − 4) − σ(2u)) = step(u² − 2u − 4)",
            built: { .step(.sigmoid($0 * $0 - 4) - .sigmoid(2 * $0)) },
            reference: { $0 * $0 - 4 - 2 * $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(sqrt(u + 5) − sqrt(5 − u))",
            built: { .step(.sqrt($0 + 5) - .sqrt(5 - $0)) },
            reference: {
                Swift.abs($0) <= 5 ? (Foundation.sqrt($0 + 5) - Foundation.sqrt(5 - $0) > 0 ? 1 : 0)
                    : nil
            }),
        Rule(
            name: "step(softplus u − log 2) = step u", built: { .step(.softplus($0) - .log(2)) },
            reference: { $0 > 0 ? 1 : 0 }),
        Rule(
            name: "step(3 − 2·softplus u)", built: { .step(3 - 2 * .softplus($0)) },
            reference: { 3 - 2 * Foundation.log(1 + Foundation.exp($0)) > 0 ? 1 : 0 }),
        Rule(
            name: "step(softplus(u) − softplus(1 − u))",
            built: { .step(.softplus($0) - .softplus(1 - $0)) },
            reference: { 2 * $0 - 1 > 0 ? 1 : 0 }),
        Rule(
            name: "exp(½·log u) = sqrt u (u > 0)", built: { .exp(.log($0) * half) },
            reference: { $0 > 0 ? Foundation.sqrt($0) : nil }),
        Rule(
            name: "exp(−(3/2)·log u) = sqrt(u)⁻³ (u > 0)", built: { .exp(-3 * .log($0) * half) },
            reference: { $0 > 0 ? Foundation.pow($0, -1.5) : nil }),
        Rule(
            name: "log sqrt(u) = ½·log u (u > 0)", built: { .log(.sqrt($0)) },
            reference: { $0 > 0 ? Foundation.log(Foundation.sqrt($0)) : nil }),
        Rule(
            name: "step(2 − e⁻ᵘ) = step(u + log 2)", built: { .step(2 - .exp(-$0)) },
            reference: { 2 - Foundation.exp(-$0) > 0 ? 1 : 0 }),
        Rule(
            name: "step((u − 1)/(u² + 1)) = step(u − 1)",
            built: { .step(($0 - 1) / ($0 * $0 + 1)) },
            reference: { $0 - 1 > 0 ? 1 : 0 }),
        Rule(
            name: "step((u − 1)/u²) kept (u ≠ 0)", built: { .step(($0 - 1) / ($0 * $0)) },
            reference: { $0 == 0 ? nil : ($0 - 1 > 0 ? 1 : 0) }),
        Rule(
            name: "softplus(log u) = log(1 + u)", built: { .softplus(.log($0)) },
            reference: { $0 > 0 ? Foundation.log(1 + $0) : nil }),
        Rule(
            name: "softplus(−log u) = log(1 + u) − log u", built: { .softplus(-.log($0)) },
            reference: { $0 > 0 ? Foundation.log(1 + 1 / $0) : nil }),
        Rule(
            name: "softplus(3·log u) = log(1 + u³)", built: { .softplus(3 * .log($0)) },
            reference: { $0 > 0 ? Foundation.log(1 + $0 * $0 * $0) : nil }),
        Rule(
            name: "log(3 + 3eᵘ) = log 3 + softplus u", built: { .log(3 + 3 * .exp($0)) },
            reference: { Foundation.log(3 + 3 * Foundation.exp($0)) }),
        Rule(
            name: "log(e²ᵘ + e⁻ᵘ)", built: { .log(.exp(2 * $0) + .exp(-$0)) },
            reference: { Foundation.log(Foundation.exp(2 * $0) + Foundation.exp(-$0)) }),
        Rule(
            name: "log(eᵘ + e^(u²))", built: { .log(.exp($0) + .exp($0 * $0)) },
            reference: { Foundation.log(Foundation.exp($0) + Foundation.exp($0 * $0)) }),
        Rule(
            name: "softplus u − softplus(−u) = u", built: { .softplus($0) - .softplus(-$0) },
            reference: { $0 }),
    ]

    @Test(arguments: roundFiveRules.indices)
    func roundFiveRuleHolds(_ index: Int) {
        RewriteRuleSoundnessTests.expectHolds(
            RewriteRuleSoundnessTests.roundFiveRules[index],
            at: RewriteRuleSoundnessTests.roundFivePoints)
    }

    /// The rules really fire: each identity is an exact zero in the normal
    /// form (or after merging roots), and near misses are not.
    @Test func roundFiveIdentitiesBecomeExactZeros() {
        let x = RewriteRuleSoundnessTests.x
        let a = Symbolic.variable("a"), b = Symbolic.variable("b")
        let half = RewriteRuleSoundnessTests.half
        let zeros: [Symbolic] = [
            Symbolic.sqrt(Symbolic(2)) * .sqrt(Symbolic(8)) - 4,
            Symbolic.sqrt(.exp(x)) - .exp(x * half),
            .step(.exp(x) - 1) - .step(x),
            .step(.sigmoid(x) - half) - .step(x),
            .step(.exp(x) - .exp(a)) - .step(x - a),
            .softplus(.log(x)) - .log(1 + x),
            .softplus(-.log(x)) - .log(1 + x) + .log(x),
            .log(.exp(a) + .exp(b)) - a - .softplus(b - a),
            .log(.exp(a) + .exp(b)) - b - .softplus(a - b),
            (Symbolic.sqrt(a * a + b * b) * .sqrt(x * x + 1)
                - .sqrt(a * a * x * x + a * a + b * b * x * x + b * b)).mergingSquareRoots(),
        ]
        for (k, z) in zeros.enumerated() { #expect(z.isExactlyZero, "identity \(k): \(z)") }
        let nonZeros: [Symbolic] = [
            Symbolic.sqrt(x * x) - x,
            .step(x * x) - 1,
            .softplus(.log(x)) - .log(x),
            .step(.exp(x) - 2) - .step(x),
            (Symbolic.sqrt(x) * .sqrt(x + 1) - .sqrt(x * x + 2 * x)).mergingSquareRoots(),
        ]
        for (k, z) in nonZeros.enumerated() { #expect(!z.isExactlyZero, "non-identity \(k)") }
    }

    /// The sign prover: what it proves, and what it must not.
    @Test func provableSigns() {
        let x = RewriteRuleSoundnessTests.x
        let y = Symbolic.variable("y")
        #expect((x * x + 1).isProvablyPositive)
        #expect((Symbolic.exp(x) + y * y).isProvablyPositive)
        #expect((Symbolic.sigmoid(x) * y * y + .softplus(y)).isProvablyPositive)
        #expect((Symbolic.log(Symbolic(3)) + x * x).isProvablyPositive)
        #expect(!(x * x).isProvablyPositive)
        #expect((x * x).isProvablyNonNegative)
        #expect((x * x * Symbolic.step(y) + Symbolic.sqrt(y)).isProvablyNonNegative)
        #expect(!(x * x - 1).isProvablyNonNegative)
        #expect(!(x * y).isProvablyNonNegative)
        #expect(!(Symbolic.log(Symbolic(Rational(1)) / 2) + x * x).isProvablyNonNegative)
        #expect((-x * x).isProvablyNonPositive)
        #expect(!(Symbolic.tanh(x) + 2).isProvablyPositive)
        #expect((x * x / (y * y + 1)).isProvablyNonNegative)
        #expect(!(x * x / (y * y)).isProvablyNonNegative)
    }
}
