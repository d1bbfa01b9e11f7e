import Foundation
import MatrixNumerics

/// The numerics self-checks of `matcheck selfcheck`: algebraic laws on random
/// matrices, derivatives of the elementary functions in every differentiation
/// scalar, and Jacobians of known maps by every method.
enum NumericSelfChecks {
    /// All checks, from matrices drawn with `seed`.
    static func all(seed: UInt64) -> [SelfCheck] {
        laws(seed: seed) + elementaryDerivatives() + jacobians(seed: seed)
    }

    /// `max |a − b| / max |b|`.
    static func normwise(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Double {
        DerivativeAccuracyBenchmark.normwiseError(a, b)
    }

    static func laws(seed: UInt64) -> [SelfCheck] {
        var g = Xoshiro256StarStar(seed: seed)
        func random(_ r: Int, _ c: Int) throws -> Matrix<Double> {
            try .random(rows: r, cols: c, using: &g)
        }
        return [
            SelfCheck.run("(AB)C = A(BC)", tolerance: 1e-13) {
                let a = try random(3, 4), b = try random(4, 2), c = try random(2, 5)
                return normwise(try (a * b) * c, try a * (b * c))
            },
            SelfCheck.run("(AB)ᵀ = BᵀAᵀ", tolerance: 1e-14) {
                let a = try random(3, 4), b = try random(4, 2)
                return normwise(try (a * b).transposed, try b.transposed * a.transposed)
            },
            SelfCheck.run("(A⊗B)(C⊗D) = AC⊗BD", tolerance: 1e-13) {
                let a = try random(2, 3), c = try random(3, 2), b = try random(3, 2),
                    d = try random(2, 4)
                return normwise(
                    try a.kroneckerProduct(b) * c.kroneckerProduct(d),
                    try (a * c).kroneckerProduct(b * d))
            },
            SelfCheck.run("vec(AXB) = (Bᵀ⊗A) vec X", tolerance: 1e-13) {
                let a = try random(3, 2), x = try random(2, 4), b = try random(4, 3)
                return normwise(try (a * x * b).vec, try b.transposed.kroneckerProduct(a) * x.vec)
            },
            SelfCheck.run("det(AB) = det A · det B", tolerance: 1e-12) {
                let a = try random(4, 4), b = try random(4, 4)
                let lhs = try (a * b).determinant(), rhs = try a.determinant() * b.determinant()
                return Swift.abs(lhs - rhs) / Swift.max(1, Swift.abs(rhs))
            },
            SelfCheck.run("A · inv(A) = I", tolerance: 1e-13) {
                let a = try random(5, 5) + Matrix.identity(5) * 5
                return normwise(try a * a.inverse(), try .identity(5))
            },
        ]
    }

    /// Elementary functions with closed-form `f′` and `f″`, at points in their domains.
    static let functions:
        [(
            name: String, points: [Double], first: @Sendable (Double) -> Double,
            second: @Sendable (Double) -> Double
        )] = [
            ("exp", [-2, 0.5, 3], { Foundation.exp($0) }, { Foundation.exp($0) }),
            ("log", [0.1, 1.5, 9], { 1 / $0 }, { -1 / ($0 * $0) }),
            (
                "sqrt", [0.1, 1.5, 9], { 0.5 / Foundation.sqrt($0) },
                { -0.25 / ($0 * Foundation.sqrt($0)) }
            ),
            ("sin", [-2, 0.5, 3], { Foundation.cos($0) }, { -Foundation.sin($0) }),
            ("cos", [-2, 0.5, 3], { -Foundation.sin($0) }, { -Foundation.cos($0) }),
            (
                "tanh", [-2, 0.5, 3], { 1 / Foundation.pow(Foundation.cosh($0), 2) },
                { -2 * Foundation.sinh($0) / Foundation.pow(Foundation.cosh($0), 3) }
            ),
            (
                "sigmoid", [-2, 0.5, 3],
                { (x: Double) -> Double in
                    let e = Foundation.exp(-x); return e / ((1 + e) * (1 + e))
                },
                { (x: Double) -> Double in
                    let e = Foundation.exp(-x);
                    return e * Foundation.expm1(-x) / Foundation.pow(1 + e, 3)
                }
            ),
            (
                "softplus", [-2, 0.5, 3], { 1 / (1 + Foundation.exp(-$0)) },
                { (x: Double) -> Double in
                    let e = Foundation.exp(-x); return e / ((1 + e) * (1 + e))
                }
            ),
            (
                "x^2.5", [0.1, 1.5, 9], { 2.5 * Foundation.pow($0, 1.5) },
                { 3.75 * Foundation.sqrt($0) }
            ),
        ]

    /// Applies the named function in any scalar type.
    static func apply<S: ElementaryFunctions>(_ name: String, _ x: S) -> S {
        switch name {
        case "exp": return S.exp(x)
        case "log": return S.log(x)
        case "sqrt": return S.sqrt(x)
        case "sin": return S.sin(x)
        case "cos": return S.cos(x)
        case "tanh": return S.tanh(x)
        case "sigmoid": return S.sigmoid(x)
        case "softplus": return S.softplus(x)
        default: return S.pow(x, S(5) / S(2))
        }
    }

    static func elementaryDerivatives() -> [SelfCheck] {
        func relative(_ a: Double, _ b: Double) -> Double {
            b == 0 ? Swift.abs(a) : Swift.abs(a - b) / Swift.abs(b)
        }
        var dual = 0.0, hyperFirst = 0.0, hyperSecond = 0.0, complexStep = 0.0
        for f in functions {
            for x in f.points {
                dual = Swift.max(
                    dual, relative(apply(f.name, Dual.variable(x)).derivative, f.first(x)))
                let h = apply(f.name, HyperDual.variable(x))
                hyperFirst = Swift.max(hyperFirst, relative(h.epsilon1, f.first(x)))
                hyperSecond = Swift.max(hyperSecond, relative(h.epsilon1epsilon2, f.second(x)))
                let z = apply(f.name, Complex(x, ComplexStep.step))
                complexStep = Swift.max(
                    complexStep, relative(z.imaginary / ComplexStep.step, f.first(x)))
            }
        }
        let names = functions.map(\.name).count
        return [
            SelfCheck(name: "Dual f′ (\(names) functions)", error: dual, tolerance: 1e-14),
            SelfCheck(name: "HyperDual f′", error: hyperFirst, tolerance: 1e-14),
            SelfCheck(name: "HyperDual f″", error: hyperSecond, tolerance: 1e-14),
            SelfCheck(name: "complex step f′", error: complexStep, tolerance: 1e-14),
        ]
    }

    static func jacobians(seed: UInt64) -> [SelfCheck] {
        var g = Xoshiro256StarStar(seed: seed &+ 1)
        var checks: [SelfCheck] = []
        do {
            let a = try Matrix<Double>.random(rows: 3, cols: 2, using: &g)
            let b = try Matrix<Double>.random(rows: 3, cols: 2, using: &g)
            let x = try Matrix<Double>.random(rows: 2, cols: 3, using: &g)
            let sandwich = try b.transposed.kroneckerProduct(a)
            let estimate = try FiniteDifferences.jacobian(of: { try a * $0 * b }, at: x)
            checks.append(
                SelfCheck(
                    name: "J(X ↦ AXB) = Bᵀ⊗A, Richardson",
                    error: normwise(estimate.value, sandwich), tolerance: 1e-12))
            checks.append(
                SelfCheck(
                    name: "  error estimate bounds it (0 = yes)",
                    error: try estimate.bounds(sandwich) ? 0 : 1, tolerance: 0))
            // ‖R/2‖₂ < 2.5 except with tiny probability, so σ_min(Y) > 0.5: far
            // from singular at the scale of the steps.
            let y =
                try Matrix<Double>.random(rows: 3, cols: 3, using: &g) / 2 + Matrix.identity(3) * 3
            let inverse = try y.inverse()
            let exact = -(try inverse.transposed.kroneckerProduct(inverse))
            let richardson = try FiniteDifferences.jacobian(of: { try $0.inverse() }, at: y)
            checks.append(
                SelfCheck(
                    name: "J(X ↦ X⁻¹) = −X⁻ᵀ⊗X⁻¹, Richardson",
                    error: normwise(richardson.value, exact), tolerance: 1e-11))
            checks.append(
                SelfCheck(
                    name: "  error estimate bounds it (0 = yes)",
                    error: try richardson.bounds(exact) ? 0 : 1, tolerance: 0))
            let central = try FiniteDifferences.jacobian(
                of: { try $0.inverse() }, at: y, method: .central)
            checks.append(
                SelfCheck(
                    name: "J(X ↦ X⁻¹), central", error: normwise(central.value, exact),
                    tolerance: 1e-8))
            checks.append(
                SelfCheck(
                    name: "J(X ↦ X⁻¹), Dual",
                    error: normwise(try ForwardMode.jacobian(of: Inversion(), at: y), exact),
                    tolerance: 1e-14))
            checks.append(
                SelfCheck(
                    name: "J(X ↦ X⁻¹), complex step",
                    error: normwise(try ComplexStep.jacobian(of: Inversion(), at: y), exact),
                    tolerance: 1e-14))
            var h = Xoshiro256StarStar(seed: seed &+ 2)
            let network = try SigmoidTanhNetwork(inputs: 8, hidden: 6, outputs: 3, using: &h)
            let point = try Matrix<Double>.random(rows: 8, cols: 1, using: &h)
            checks.append(
                SelfCheck(
                    name: "network ∇f, Dual",
                    error: normwise(
                        try ForwardMode.gradient(of: network, at: point),
                        try network.gradient(at: point)), tolerance: 1e-14))
            checks.append(
                SelfCheck(
                    name: "network ∇²f, HyperDual",
                    error: normwise(
                        try ForwardMode.hessian(of: network, at: point),
                        try network.hessian(at: point)), tolerance: 1e-14))
        } catch {
            checks.append(
                SelfCheck(name: "Jacobian checks (threw: \(error))", error: .nan, tolerance: 0))
        }
        return checks
    }
}

/// `X ↦ X⁻¹`, written for every scalar.
struct Inversion: MatrixFunction {
    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> Matrix<S> {
        try x.inverse()
    }
}
