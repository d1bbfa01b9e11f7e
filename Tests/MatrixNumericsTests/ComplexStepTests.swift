import Foundation
import Testing
@testable import MatrixNumerics

@Suite struct ComplexStepTests {
    @Test func inverseJacobianAndJVP() throws {
        var generator = Xoshiro256StarStar(seed: 501)
        let x = try wellConditioned(3, using: &generator)
        let v = try Matrix<Double>.random(rows: 3, cols: 3, using: &generator)
        let inverse = try x.inverse()
        let jacobian = try ComplexStep.jacobian(of: Inversion(), at: x)
        #expect(jacobian.shape == Shape(9, 9))
        #expect(
            normwiseError(jacobian, -(try inverse.transposed.kroneckerProduct(inverse))) <= 1e-14,
            "seed \(generator.seed)")
        let jvp = try ComplexStep.jvp(of: Inversion(), at: x, direction: v)
        #expect(normwiseError(jvp, -(try inverse * v * inverse)) <= 1e-14)
    }

    @Test func sandwichJacobianAndGradient() throws {
        var generator = Xoshiro256StarStar(seed: 502)
        let a = try Matrix<Double>.random(rows: 2, cols: 3, using: &generator)
        let b = try Matrix<Double>.random(rows: 2, cols: 2, using: &generator)
        let x = try Matrix<Double>.random(rows: 3, cols: 2, using: &generator)
        let jacobian = try ComplexStep.jacobian(of: Sandwich(left: a, right: b), at: x)
        #expect(normwiseError(jacobian, try b.transposed.kroneckerProduct(a)) <= 1e-15)
        let r = try Matrix<Double>.random(rows: 6, cols: 6, using: &generator)
        let f = QuadraticPlusSine(m: try r + r.transposed)
        #expect(
            normwiseError(try ComplexStep.gradient(of: f, at: x), try f.gradient(at: x)) <= 1e-15)
    }

    @Test func directionShapeIsChecked() throws {
        do {
            _ = try ComplexStep.jvp(of: Inversion(), at: .identity(2), direction: .zeros(1, 2))
            Issue.record("expected a shape error")
        } catch let error as MatrixError {
            #expect(error.description == "complex-step JVP: (2×2)·(1×2): shapes differ")
        }
    }
}
