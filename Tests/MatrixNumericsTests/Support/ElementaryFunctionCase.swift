import Foundation
import MatrixNumerics

/// One elementary function with its closed-form first and second
/// derivatives, evaluated generically on any scalar.
enum ElementaryFunctionCase: String, CaseIterable, CustomStringConvertible, Sendable {
    case exp, log, sqrt, sin, cos, tanh, sigmoid, softplus, relu
    case cube, inverseSquare, realPower

    var description: String { rawValue }

    /// `f(x)` in the scalar type under test.
    func apply<S: ElementaryFunctions>(_ x: S) -> S {
        switch self {
        case .exp: return S.exp(x)
        case .log: return S.log(x)
        case .sqrt: return S.sqrt(x)
        case .sin: return S.sin(x)
        case .cos: return S.cos(x)
        case .tanh: return S.tanh(x)
        case .sigmoid: return S.sigmoid(x)
        case .softplus: return S.softplus(x)
        case .relu: return S.relu(x)
        case .cube: return x.power(3)
        case .inverseSquare: return x.power(-2)
        case .realPower: return S.pow(x, S(5) / S(2))
        }
    }

    /// Closed-form `f′(x)`, written independently of the implementation.
    func firstDerivative(_ x: Double) -> Double {
        switch self {
        case .exp: return Foundation.exp(x)
        case .log: return 1 / x
        case .sqrt: return 0.5 / Foundation.sqrt(x)
        case .sin: return Foundation.cos(x)
        case .cos: return -Foundation.sin(x)
        case .tanh: return 1 / (Foundation.cosh(x) * Foundation.cosh(x))
        case .sigmoid: let e = Foundation.exp(-x); return e / ((1 + e) * (1 + e))
        case .softplus: return 1 / (1 + Foundation.exp(-x))
        case .relu: return x > 0 ? 1 : 0
        case .cube: return 3 * x * x
        case .inverseSquare: return -2 / (x * x * x)
        case .realPower: return 2.5 * Foundation.pow(x, 1.5)
        }
    }

    /// Closed-form `f″(x)`.
    func secondDerivative(_ x: Double) -> Double {
        switch self {
        case .exp: return Foundation.exp(x)
        case .log: return -1 / (x * x)
        case .sqrt: return -0.25 / (x * Foundation.sqrt(x))
        case .sin: return -Foundation.sin(x)
        case .cos: return -Foundation.cos(x)
        case .tanh:
            let c = Foundation.cosh(x)
            return -2 * Foundation.sinh(x) / (c * c * c)
        case .sigmoid:
            // σ″ = e⁻ˣ(e⁻ˣ − 1)/(1 + e⁻ˣ)³
            let e = Foundation.exp(-x)
            return e * Foundation.expm1(-x) / ((1 + e) * (1 + e) * (1 + e))
        case .softplus: let e = Foundation.exp(-x); return e / ((1 + e) * (1 + e))
        case .relu: return 0
        case .cube: return 6 * x
        case .inverseSquare: return 6 / (x * x * x * x)
        case .realPower: return 3.75 * Foundation.sqrt(x)
        }
    }

    /// Points inside the function's real domain, away from kinks.
    var points: [Double] {
        switch self {
        case .log, .sqrt, .realPower: return [0.05, 0.7, 1.9, 13.5]
        case .inverseSquare: return [-2.5, -0.3, 0.7, 4.2]
        default: return [-4.2, -0.3, 0.7, 1.9, 6.1]
        }
    }

    /// Every (function, point) pair.
    static var allPairs: [(ElementaryFunctionCase, Double)] {
        allCases.flatMap { f in f.points.map { (f, $0) } }
    }
}

/// `|computed − exact| / |exact|`, or `|computed|` when `exact` is zero.
func relativeError(_ computed: Double, _ exact: Double) -> Double {
    exact == 0 ? Swift.abs(computed) : Swift.abs(computed - exact) / Swift.abs(exact)
}
