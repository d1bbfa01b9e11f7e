/// A dual number `a + bε` with `ε² = 0`: first-order forward-mode
/// differentiation.
///
/// Evaluating `f` at `x + 1·ε` gives `f(x) + f′(x)·ε` exactly (up to the
/// rounding of `f` and `f′` themselves, no truncation error):
///
/// ```swift
/// let x = Dual(2.0, 1.0)               // the variable x at 2, dx = 1
/// let y = Dual.sin(x) * x              // y.derivative == cos 2 · 2 + sin 2
/// ```
///
/// The base is any ``RealFunctions`` scalar, so dual numbers nest:
/// `Dual<Dual<Double>>` carries mixed second derivatives.
@frozen
public struct Dual<Base: RealFunctions>: Sendable {
    /// The value part `a`.
    public var value: Base
    /// The derivative (ε) part `b`.
    public var derivative: Base

    /// `value + derivative·ε`.
    @inlinable
    public init(_ value: Base, _ derivative: Base) {
        self.value = value
        self.derivative = derivative
    }

    /// The constant `value + 0·ε`.
    @inlinable
    public init(_ value: Base) {
        self.init(value, .zero)
    }

    /// The independent variable at `value`: `value + 1·ε`.
    @inlinable
    public static func variable(_ value: Base) -> Dual {
        Dual(value, .one)
    }
}

extension Dual: Equatable {}

extension Dual: CustomStringConvertible {
    /// `a + bε`.
    public var description: String { "\(value) + \(derivative)ε" }
}

extension Dual: RealValued {
    /// The real value of the value part.
    @inlinable public var realValue: Double { value.realValue }
}

extension Dual: PivotingStrategy {
    /// The value part's magnitude: elimination pivots as it would on the values.
    @inlinable public var pivotMagnitude: Double? { value.pivotMagnitude }
}
