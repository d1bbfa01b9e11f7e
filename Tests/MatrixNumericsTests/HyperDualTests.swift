import Foundation
import Testing
@testable import MatrixNumerics

@Suite struct HyperDualTests {
    @Test(arguments: ElementaryFunctionCase.allPairs)
    func firstAndSecondDerivativesMatchClosedForm(function: ElementaryFunctionCase, x: Double) {
        let y = function.apply(HyperDual.variable(x))
        let first = function.firstDerivative(x), second = function.secondDerivative(x)
        #expect(relativeError(y.value, function.apply(x)) <= 1e-15)
        #expect(
            relativeError(y.epsilon1, first) <= 1e-14,
            "\(function)′(\(x)) = \(y.epsilon1) vs \(first)")
        #expect(
            relativeError(y.epsilon2, first) <= 1e-14,
            "\(function)′(\(x)) = \(y.epsilon2) vs \(first)")
        #expect(
            relativeError(y.epsilon1epsilon2, second) <= 1e-14,
            "\(function)″(\(x)) = \(y.epsilon1epsilon2) vs \(second)")
    }

    @Test func mixedPartialOfProduct() {
        // f(x, y) = x²y·sin y ; ∂²f/∂x∂y = 2x(sin y + y cos y)
        let x0 = 1.3, y0 = 0.4
        let x = HyperDual(x0, 1, 0, 0), y = HyperDual(y0, 0, 1, 0)
        let f = x * x * y * HyperDual.sin(y)
        let expected = 2 * x0 * (Foundation.sin(y0) + y0 * Foundation.cos(y0))
        #expect(relativeError(f.epsilon1epsilon2, expected) <= 1e-15)
        #expect(relativeError(f.epsilon1, 2 * x0 * y0 * Foundation.sin(y0)) <= 1e-15)
    }

    @Test func divisionIsInverseOfMultiplication() {
        let a = HyperDual(1.7, 0.3, -0.2, 0.05), b = HyperDual(-0.6, 1.1, 0.4, -0.7)
        let q = a / b * b
        #expect(Swift.abs(q.value - a.value) <= 1e-15)
        #expect(Swift.abs(q.epsilon1 - a.epsilon1) <= 1e-14)
        #expect(Swift.abs(q.epsilon2 - a.epsilon2) <= 1e-14)
        #expect(Swift.abs(q.epsilon1epsilon2 - a.epsilon1epsilon2) <= 1e-14)
    }

    @Test func atan2SecondDerivative() {
        // atan2(t², 1)″ = d²/dt² atan(t²) = (2 − 6t⁴)/(1 + t⁴)²
        let t0 = 0.8
        let t = HyperDual.variable(t0)
        let angle = HyperDual.atan2(y: t * t, x: HyperDual(1))
        let t4 = t0 * t0 * t0 * t0
        #expect(
            relativeError(angle.epsilon1epsilon2, (2 - 6 * t4) / ((1 + t4) * (1 + t4))) <= 1e-14)
        #expect(relativeError(angle.epsilon1, 2 * t0 / (1 + t4)) <= 1e-15)
    }

    @Test func reluHasZeroSubgradientAndCurvatureAtKink() {
        #expect(HyperDual.relu(HyperDual.variable(0.0)) == .zero)
        let positive = HyperDual.relu(HyperDual.variable(2.0))
        #expect(positive.epsilon1 == 1 && positive.epsilon1epsilon2 == 0)
    }
}
