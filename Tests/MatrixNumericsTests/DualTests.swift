import Foundation
import Testing
@testable import MatrixNumerics

@Suite struct DualTests {
    @Test(arguments: ElementaryFunctionCase.allPairs)
    func derivativeMatchesClosedForm(function: ElementaryFunctionCase, x: Double) {
        let y = function.apply(Dual.variable(x))
        #expect(relativeError(y.value, function.apply(x)) <= 1e-15, "value of \(function) at \(x)")
        #expect(
            relativeError(y.derivative, function.firstDerivative(x)) <= 1e-14,
            "\(function)′(\(x)) = \(y.derivative), closed form \(function.firstDerivative(x))")
    }

    @Test(arguments: ElementaryFunctionCase.allPairs)
    func nestedDualGivesSecondDerivative(function: ElementaryFunctionCase, x: Double) {
        let y = function.apply(Dual(Dual(x, 1), Dual(1, 0)))
        #expect(
            relativeError(y.derivative.derivative, function.secondDerivative(x)) <= 1e-14,
            """
                \(function)″(\(x)) = \(y.derivative.derivative), closed form \
                \(function.secondDerivative(x))
                """
        )
    }

    @Test func reluChoosesSubgradientZeroAtKink() {
        #expect(Dual.relu(Dual.variable(0.0)) == .zero)
        #expect(Dual.relu(Dual.variable(1e-300)).derivative == 1)
    }

    @Test func quotientAndProductRules() {
        let x = Dual(3.0, 2.0), y = Dual(-1.5, 0.25)
        let q = x / y
        #expect(q.value == -2)
        // (x/y)′ = (x′y − xy′)/y² = (2·(−1.5) − 3·0.25)/2.25
        #expect(Swift.abs(q.derivative - (-3.75 / 2.25)) <= 1e-15)
        #expect((q * y).derivative == x.derivative)
        #expect(Dual(0.0, 1.0).isZero == false)
    }

    @Test func powDifferentiatesInBothArguments() {
        // d/dt (2 + t)^(3 − t) at t = 0: 3·2² − 2³·log 2
        let t = Dual.variable(0.0)
        let y = Dual.pow(Dual(2) + t, Dual(3) - t)
        #expect(relativeError(y.derivative, 12 - 8 * Foundation.log(2)) <= 1e-15)
        // a negative base with a constant integral exponent stays finite
        #expect(Dual.pow(Dual(-2.0, 1.0), Dual(3)).derivative == 12)
    }

    @Test func atan2DerivativeMatchesClosedForm() {
        // d atan2(sin t, cos t)/dt = 1 for every t (the angle itself).
        for t in [0.3, 2.0, -2.9] {
            let x = Dual.variable(t)
            let angle = Dual.atan2(y: Dual.sin(x), x: Dual.cos(x))
            #expect(Swift.abs(angle.value - t) <= 1e-15)
            #expect(Swift.abs(angle.derivative - 1) <= 1e-15)
        }
    }

    @Test func inverseOfDualMatrixGivesDerivativeOfInverse() throws {
        // d(X⁻¹) = −X⁻¹ dX X⁻¹
        var generator = Xoshiro256StarStar(seed: 11)
        let x = try Matrix<Double>.random(rows: 4, cols: 4, using: &generator)
        let dx = try Matrix<Double>.random(rows: 4, cols: 4, using: &generator)
        let dual = try Matrix<Dual<Double>>(rows: 4, cols: 4) { i, j in Dual(x[i, j], dx[i, j]) }
        let inverse = try dual.inverse()
        let xInverse = try x.inverse()
        let expected = try -(xInverse * dx * xInverse)
        for k in 0..<16 {
            #expect(Swift.abs(inverse.entries[k].value - xInverse.entries[k]) <= 1e-12)
            #expect(
                Swift.abs(inverse.entries[k].derivative - expected.entries[k]) <= 1e-11
                    * (1 + Swift.abs(expected.entries[k])),
                "seed \(generator.seed), entry \(k)")
        }
    }

    @Test func floatBaseWorks() {
        let y = Dual.sin(Dual<Float>.variable(0.5))
        #expect(Swift.abs(y.derivative - Foundation.cos(Float(0.5))) <= 1e-6)
    }
}
