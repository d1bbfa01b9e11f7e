import Foundation
import Testing
@testable import MatrixNumerics

@Suite struct ForwardModeTests {
    @Test func sandwichJacobianIsKronecker() throws {
        var generator = Xoshiro256StarStar(seed: 401)
        let a = try Matrix<Double>.random(rows: 3, cols: 2, using: &generator)
        let b = try Matrix<Double>.random(rows: 4, cols: 5, using: &generator)
        let x = try Matrix<Double>.random(rows: 2, cols: 4, using: &generator)
        let jacobian = try ForwardMode.jacobian(of: Sandwich(left: a, right: b), at: x)
        #expect(jacobian.shape == Shape(15, 8))
        #expect(
            normwiseError(jacobian, try b.transposed.kroneckerProduct(a)) <= 1e-15,
            "seed \(generator.seed)")
    }

    @Test func inverseJacobianAndJVP() throws {
        var generator = Xoshiro256StarStar(seed: 402)
        let x = try wellConditioned(4, using: &generator)
        let v = try Matrix<Double>.random(rows: 4, cols: 4, using: &generator)
        let inverse = try x.inverse()
        let jacobian = try ForwardMode.jacobian(of: Inversion(), at: x)
        #expect(
            normwiseError(jacobian, -(try inverse.transposed.kroneckerProduct(inverse))) <= 1e-14,
            "seed \(generator.seed)")
        let jvp = try ForwardMode.jvp(of: Inversion(), at: x, direction: v)
        #expect(normwiseError(jvp, -(try inverse * v * inverse)) <= 1e-14)
        // vec JVP = J · vec V
        #expect(normwiseError(jvp.vec, try jacobian * v.vec) <= 1e-14)
    }

    @Test func gradientAndHyperDualHessian() throws {
        var generator = Xoshiro256StarStar(seed: 403)
        let r = try Matrix<Double>.random(rows: 6, cols: 6, using: &generator)
        let f = QuadraticPlusSine(m: try r + r.transposed)
        let x = try Matrix<Double>.random(rows: 3, cols: 2, using: &generator)
        #expect(
            normwiseError(try ForwardMode.gradient(of: f, at: x), try f.gradient(at: x)) <= 1e-15)
        let hessian = try ForwardMode.hessian(of: f, at: x)
        #expect(hessian.shape == Shape(6, 6))
        #expect(normwiseError(hessian, try f.hessian(at: x)) <= 1e-15)
    }

    @Test func methodsAgreeOnCompositeMap() throws {
        var generator = Xoshiro256StarStar(seed: 404)
        let x = try wellConditioned(3, using: &generator)
        let dual = try ForwardMode.jacobian(of: Composite(), at: x)
        let complex = try ComplexStep.jacobian(of: Composite(), at: x)
        #expect(normwiseError(complex, dual) <= 1e-14, "seed \(generator.seed)")
        let estimate = try FiniteDifferences.jacobian(of: { try Composite()($0) }, at: x)
        #expect(try estimate.bounds(dual), "seed \(generator.seed)")
    }

    @Test func directionShapeIsChecked() throws {
        let x = try Matrix<Double>.identity(2)
        do {
            _ = try ForwardMode.jvp(of: Inversion(), at: x, direction: .zeros(2, 3))
            Issue.record("expected a shape error")
        } catch let error as MatrixError {
            #expect(error.description == "forward-mode JVP: (2×2)·(2×3): shapes differ")
        }
    }
}
