import Foundation
import Testing
@testable import MatrixNumerics

@Suite struct FiniteDifferencesTests {
    static let methods: [(String, FiniteDifferenceMethod)] = [
        ("central", .central), ("richardson", .richardson),
    ]

    @Test(arguments: methods)
    func sandwichJacobianIsKroneckerWithBoundedError(
        name: String, method: FiniteDifferenceMethod
    ) throws {
        var generator = Xoshiro256StarStar(seed: 301)
        let a = try Matrix<Double>.random(rows: 3, cols: 2, using: &generator)
        let b = try Matrix<Double>.random(rows: 4, cols: 2, using: &generator)
        let x = try Matrix<Double>.random(rows: 2, cols: 4, using: &generator)
        let estimate = try FiniteDifferences.jacobian(of: { try a * $0 * b }, at: x, method: method)
        let exact = try b.transposed.kroneckerProduct(a)
        #expect(estimate.value.shape == Shape(6, 8))
        #expect(try estimate.bounds(exact), "seed \(generator.seed), \(name)")
        #expect(
            normwiseError(estimate.value, exact) <= (name == "central" ? 1e-8 : 1e-12),
            "seed \(generator.seed), \(name)")
    }

    @Test(arguments: methods)
    func inverseJacobianWithBoundedError(name: String, method: FiniteDifferenceMethod) throws {
        var generator = Xoshiro256StarStar(seed: 302)
        let x = try wellConditioned(3, using: &generator)
        let estimate = try FiniteDifferences.jacobian(
            of: { try $0.inverse() }, at: x, method: method)
        let inverse = try x.inverse()
        let exact = -(try inverse.transposed.kroneckerProduct(inverse))
        #expect(try estimate.bounds(exact), "seed \(generator.seed), \(name)")
        #expect(
            normwiseError(estimate.value, exact) <= (name == "central" ? 1e-8 : 1e-11),
            "seed \(generator.seed), \(name)")
    }

    @Test func jacobianLayoutIsNumerator() throws {
        // F(x₀, x₁) = (x₀², x₀x₁, sin x₁): J = [[2x₀, 0], [x₁, x₀], [0, cos x₁]], 3 × 2.
        let x = Matrix(column: [1.5, -0.5])
        let estimate = try FiniteDifferences.jacobian(
            of: { v in
                Matrix(column: [v[0, 0] * v[0, 0], v[0, 0] * v[1, 0], Foundation.sin(v[1, 0])])
            }, at: x)
        let exact = try Matrix<Double>([[3, 0], [-0.5, 1.5], [0, Foundation.cos(-0.5)]])
        #expect(estimate.value.shape == Shape(3, 2))
        #expect(normwiseError(estimate.value, exact) <= 1e-12)
        // vec is column-major: entry (vec X)[1] of a 2×2 input is X[1, 0].
        let square = try Matrix<Double>([[1, 2], [3, 4]])
        let firstRowSum = try FiniteDifferences.jacobian(
            of: { Matrix(column: [$0[0, 0] + 10 * $0[0, 1]]) }, at: square)
        #expect(normwiseError(firstRowSum.value, try Matrix([[1, 0, 10, 0]])) <= 1e-12)
    }

    @Test func wrongLayoutsAreDistinguished() throws {
        // A test against Bᵀ ⊗ A must fail for the transposed layouts.
        var generator = Xoshiro256StarStar(seed: 303)
        let a = try Matrix<Double>.random(rows: 2, cols: 2, using: &generator)
        let b = try Matrix<Double>.random(rows: 2, cols: 2, using: &generator)
        let x = try Matrix<Double>.random(rows: 2, cols: 2, using: &generator)
        let value = try FiniteDifferences.jacobian(of: { try a * $0 * b }, at: x).value
        #expect(normwiseError(value, try b.transposed.kroneckerProduct(a)) <= 1e-12)
        #expect(normwiseError(value, try b.transposed.kroneckerProduct(a).transposed) > 1e-2)
        #expect(normwiseError(value, try a.kroneckerProduct(b.transposed)) > 1e-2)
    }

    @Test func jvpIsJacobianTimesDirection() throws {
        var generator = Xoshiro256StarStar(seed: 304)
        let x = try wellConditioned(3, using: &generator)
        let v = try Matrix<Double>.random(rows: 3, cols: 3, using: &generator)
        let estimate = try FiniteDifferences.jvp(of: { try $0.inverse() }, at: x, direction: v)
        let inverse = try x.inverse()
        let exact = -(try inverse * v * inverse)  // d(X⁻¹)[V] = −X⁻¹VX⁻¹
        #expect(estimate.value.shape == Shape(3, 3))
        #expect(try estimate.bounds(exact), "seed \(generator.seed)")
        #expect(normwiseError(estimate.value, exact) <= 1e-11)
        let zero = try FiniteDifferences.jvp(
            of: { try $0.inverse() }, at: x, direction: .zeros(3, 3))
        #expect(zero.value == (try Matrix<Double>.zeros(3, 3)))
    }

    @Test func gradientAndHessianOfScalarFunction() throws {
        var generator = Xoshiro256StarStar(seed: 305)
        let r = try Matrix<Double>.random(rows: 4, cols: 4, using: &generator)
        let f = QuadraticPlusSine(m: try r + r.transposed)
        let x = try Matrix<Double>.random(rows: 2, cols: 2, using: &generator)
        let gradient = try FiniteDifferences.gradient(of: { try f($0) }, at: x)
        #expect(gradient.value.shape == x.shape)
        #expect(try gradient.bounds(f.gradient(at: x)), "seed \(generator.seed)")
        #expect(normwiseError(gradient.value, try f.gradient(at: x)) <= 1e-12)
        let hessian = try FiniteDifferences.hessian(of: { try f($0) }, at: x)
        #expect(hessian.value.shape == Shape(4, 4))
        #expect(try hessian.bounds(f.hessian(at: x)), "seed \(generator.seed)")
        #expect(normwiseError(hessian.value, try f.hessian(at: x)) <= 1e-9)
        let centralHessian = try FiniteDifferences.hessian(
            of: { try f($0) }, at: x, method: .central)
        #expect(try centralHessian.bounds(f.hessian(at: x)))
        #expect(normwiseError(centralHessian.value, try f.hessian(at: x)) <= 1e-6)
    }

    @Test(arguments: [0.3, 1.7, -2.2])
    func estimateStaysHonestForFastOscillation(x: Double) throws {
        // sin(40x) varies on a scale of 1/40, far below the default initial step.
        let estimate = try FiniteDifferences.jacobian(
            of: { $0.map { Foundation.sin(40 * $0) } }, at: Matrix(column: [x]))
        let exact = 40 * Foundation.cos(40 * x)
        #expect(Swift.abs(estimate.value[0, 0] - exact) <= estimate.errorEstimate[0, 0])
    }

    @Test func invalidInputThrowsTypedErrors() throws {
        let x = try Matrix<Double>([[0.5, 1], [2, 3]])
        do {
            _ = try FiniteDifferences.jvp(of: { $0 }, at: x, direction: Matrix(column: [1, 2, 3]))
            Issue.record("expected a shape error")
        } catch let error as MatrixError {
            #expect(error.description == "finite-difference JVP: (2×2)·(3×1): shapes differ")
        }
        #expect(
            throws: DifferentiationError.invalidParameter(
                operation: "finite-difference Jacobian", name: "relativeStep", value: -1)
        ) {
            try FiniteDifferences.jacobian(of: { $0 }, at: x, method: .central(relativeStep: -1))
        }
        #expect(
            throws: DifferentiationError.invalidParameter(
                operation: "finite-difference Jacobian", name: "levels", value: 1)
        ) {
            try FiniteDifferences.jacobian(
                of: { $0 }, at: x, method: .richardson(initialRelativeStep: 0.1, levels: 1))
        }
        // log at 0.5 with a step of 0.5 or more leaves the domain: NaN / −∞.
        do {
            _ = try FiniteDifferences.jacobian(of: { $0.map { Foundation.log($0) } }, at: x)
            Issue.record("expected a non-finite error")
        } catch let error as DifferentiationError {
            #expect(
                error.description.hasPrefix(
                    "finite-difference Jacobian: the function is not finite"))
        }
        #expect(
            throws: DifferentiationError.outputShapeChanged(
                operation: "finite-difference Jacobian", expected: Shape(2, 2), found: Shape(1, 1))
        ) {
            try FiniteDifferences.jacobian(of: { $0 == x ? $0 : Matrix(column: [1]) }, at: x)
        }
        let estimate = try FiniteDifferences.jacobian(of: { $0 }, at: x)
        #expect(throws: MatrixError.self) { try estimate.bounds(x) }
        #expect(throws: MatrixError.self) {
            try DerivativeEstimate(value: x, errorEstimate: .zeros(1, 1))
        }
    }
}

/// The error estimate must bound the true error on every seed, not just on
/// hand-picked ones.
@Suite struct RichardsonEstimateTests {
    @Test(arguments: Array(UInt64(1)...25))
    func estimateBoundsErrorAcrossSeeds(seed: UInt64) throws {
        var g = Xoshiro256StarStar(seed: seed &* 7919)
        let a = try Matrix<Double>.random(rows: 3, cols: 2, using: &g)
        let b = try Matrix<Double>.random(rows: 4, cols: 2, using: &g)
        let x = try Matrix<Double>.random(rows: 2, cols: 4, using: &g)
        let y = try wellConditioned(3, using: &g)
        let inverse = try y.inverse()
        let r = try Matrix<Double>.random(rows: 4, cols: 4, using: &g)
        let f = QuadraticPlusSine(m: try r + r.transposed)
        let z = try Matrix<Double>.random(rows: 2, cols: 2, using: &g)
        let t = 24 * g.nextUnitInterval() - 12  // |t| up to 12: default steps up to 4
        for method in [FiniteDifferenceMethod.central, .richardson] {
            #expect(
                try FiniteDifferences.jacobian(of: { try a * $0 * b }, at: x, method: method)
                    .bounds(b.transposed.kroneckerProduct(a)), "seed \(g.seed)")
            #expect(
                try FiniteDifferences.jacobian(of: { try $0.inverse() }, at: y, method: method)
                    .bounds(-(inverse.transposed.kroneckerProduct(inverse))), "seed \(g.seed)")
            #expect(
                try FiniteDifferences.gradient(of: { try f($0) }, at: z, method: method).bounds(
                    f.gradient(at: z)), "seed \(g.seed)")
            #expect(
                try FiniteDifferences.hessian(of: { try f($0) }, at: z, method: method).bounds(
                    f.hessian(at: z)), "seed \(g.seed)")
            // sin(40t) varies far faster than the default steps assume.
            #expect(
                try FiniteDifferences.jacobian(
                    of: { $0.map { Foundation.sin(40 * $0) } }, at: Matrix(column: [t]),
                    method: method
                )
                .bounds(Matrix(column: [40 * Foundation.cos(40 * t)])), "seed \(g.seed), t = \(t)")
        }
    }
}
