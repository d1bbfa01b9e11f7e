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
