/// The function of a ``FunctionAtom``.
public enum AtomFunction: Hashable, Sendable {
    case exp, log, sigmoid, tanh, softplus, relu
    /// The Heaviside step, relu's derivative: 1 for `u > 0`, 0 for `u ≤ 0`
    /// (so `step(0) = 0`); its own derivative is 0 away from the kink.
    case step
    case sqrt, sin, cos
    /// The `derivativeOrder`-th derivative of a user function.
    case elementwise(ElementwiseFunction, derivativeOrder: Int)

    /// Whether the function is never negative where it is defined (exp, σ,
    /// softplus, relu, step, sqrt), so that `relu(f(u)) = f(u)`.
    package var isNonNegative: Bool {
        switch self {
        case .exp, .sigmoid, .softplus, .relu, .step, .sqrt: return true
        default: return false
        }
    }

    /// Whether exact rational evaluation is possible (piecewise-linear).
    package var isPiecewiseRational: Bool {
        switch self {
        case .relu, .step: return true
        default: return false
        }
    }
}
