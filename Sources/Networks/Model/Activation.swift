import MatrixNumerics
/// An elementwise activation `a = f(z)` of a hidden layer, with the first and
/// second derivatives the δ, `Q^l` and R-op recursions need.
///
/// Derivatives are written in terms of the activation value `a = f(z)` where
/// that is cheaper (the forward pass stores `a`, not `z`):
///
/// | case       | f(z)              | f′ as a function of a | f″ as a function of a |
/// |------------|-------------------|-----------------------|-----------------------|
/// | `sigmoid`  | 1/(1 + e^(−z))    | a(1 − a)              | a(1 − a)(1 − 2a)      |
/// | `tanh`     | tanh z            | 1 − a²                | −2a(1 − a²)           |
/// | `relu`     | max(0, z)         | 1 if a > 0 else 0     | 0                     |
/// | `identity` | z                 | 1                     | 0                     |
///
/// `relu` uses the subgradient 0 at the kink `z = 0`; it and `identity` are
/// piecewise linear, so the `f″` terms vanish (almost everywhere).
public enum Activation: String, Sendable, CaseIterable, Equatable {
    case sigmoid
    case tanh
    case relu
    case identity

    /// `f(z)` for any scalar with elementary functions (real, dual, complex-step).
    @inlinable
    public func apply<S: ElementaryFunctions>(_ z: S) -> S {
        switch self {
        case .sigmoid: return S.sigmoid(z)
        case .tanh: return S.tanh(z)
        case .relu: return S.relu(z)
        case .identity: return z
        }
    }

    /// `f′(z)` expressed through the stored activation `a = f(z)`.
    @inlinable
    public func derivative(activation a: Double) -> Double {
        switch self {
        case .sigmoid: return a * (1 - a)
        case .tanh: return 1 - a * a
        case .relu: return a > 0 ? 1 : 0
        case .identity: return 1
        }
    }

    /// `f″(z)` expressed through the stored activation `a = f(z)`; zero for
    /// the piecewise-linear `relu` and `identity`.
    @inlinable
    public func secondDerivative(activation a: Double) -> Double {
        switch self {
        case .sigmoid: return a * (1 - a) * (1 - 2 * a)
        case .tanh: return -2 * a * (1 - a * a)
        case .relu, .identity: return 0
        }
    }

    /// Whether `f″ = 0` almost everywhere, so the `Q^l` recursion of seed 001
    /// is exact without its `f″` correction.
    @inlinable
    public var isPiecewiseLinear: Bool { self == .relu || self == .identity }
}
