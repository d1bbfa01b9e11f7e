/// A user-declared elementwise function `f`, with atoms `f(u)`, `f'(u)`,
/// `f''(u)`, … for its derivatives.
///
/// An assumption such as `f'' = 0` (a piecewise-linear activation away from
/// its kinks) can be part of the declaration: with
/// `derivativesVanishFromOrder: k`, every atom of order `k` or higher is
/// built as zero, so differentiation respects it throughout. The declaration
/// (name and assumption) identifies the function: `f` declared with and
/// without an assumption are different functions. Alternatively, state
/// assumptions afterwards with ``Assumptions`` and ``Symbolic/assuming(_:)``.
public struct ElementwiseFunction: Hashable, Sendable {
    /// The function's name, e.g. `"f"`.
    public let name: String
    /// The order from which derivatives vanish, or `nil` for no assumption.
    public let vanishingDerivativeOrder: Int?

    /// Declares `f`; `derivativesVanishFromOrder: 2` assumes `f'' = 0`.
    public init(_ name: String, derivativesVanishFromOrder order: Int? = nil) {
        self.name = name
        vanishingDerivativeOrder = order.map { Swift.max(0, $0) }
    }

    /// The `order`-th derivative applied to `argument` (`order` 0 is `f`
    /// itself); zero when the declared assumption says it vanishes.
    public func callAsFunction(_ argument: Symbolic, derivativeOrder order: Int = 0) -> Symbolic {
        Symbolic.elementwise(self, derivativeOrder: order, argument)
    }
}

/// The function of a ``FunctionAtom``.
public enum AtomFunction: Hashable, Sendable {
    case exp, log, sigmoid, tanh, softplus, relu
    /// The Heaviside step, relu's derivative; its own derivative is 0 away
    /// from the kink and it is undefined at 0.
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

/// A function applied to a canonical argument, e.g. `σ(a + b)`: a indeterminate
/// of the polynomial ring, like a variable.
///
/// Two atoms are the same when their functions agree and their arguments
/// have identical canonical forms, so `sigmoid(a+b)` and `sigmoid(b+a)` are
/// one atom.
public struct FunctionAtom: Hashable, Sendable {
    /// The function.
    public let function: AtomFunction
    /// The (normalised) argument.
    public let argument: Symbolic

    public static func == (lhs: FunctionAtom, rhs: FunctionAtom) -> Bool {
        lhs.function == rhs.function && lhs.argument.numerator == rhs.argument.numerator
            && lhs.argument.denominator == rhs.argument.denominator
            && lhs.argument.undefinedReason == rhs.argument.undefinedReason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(function)
        hasher.combine(argument.numerator)
        hasher.combine(argument.denominator)
    }
}

package typealias Atom = FunctionAtom
