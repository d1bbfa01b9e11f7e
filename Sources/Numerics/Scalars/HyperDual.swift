/// A hyper-dual number `a + b ε₁ + c ε₂ + d ε₁ε₂` with `ε₁² = ε₂² = 0`,
/// `ε₁ε₂ ≠ 0`: exact first and second derivatives (Fike & Alonso 2011).
///
/// Evaluating `f` at `x + ε₁ + ε₂` gives
/// `f(x) + f′(x) ε₁ + f′(x) ε₂ + f″(x) ε₁ε₂`, with no truncation error and no
/// subtractive cancellation. Seeding `ε₁` along `u` and `ε₂` along `v`
/// gives the Hessian entry `uᵀ ∇²f v` in ``epsilon1epsilon2``.
///
/// - Citation: J. A. Fike and J. J. Alonso, *The development of hyper-dual
///   numbers for exact second-derivative calculations*, AIAA 2011-886.
@frozen
public struct HyperDual<Base: RealFunctions>: Sendable {
    /// The value part `a`.
    public var value: Base
    /// The `ε₁` part `b` (first derivative along the first direction).
    public var epsilon1: Base
    /// The `ε₂` part `c` (first derivative along the second direction).
    public var epsilon2: Base
    /// The `ε₁ε₂` part `d` (the mixed second derivative).
    public var epsilon1epsilon2: Base

    /// `value + epsilon1·ε₁ + epsilon2·ε₂ + epsilon1epsilon2·ε₁ε₂`.
    @inlinable
    public init(_ value: Base, _ epsilon1: Base, _ epsilon2: Base, _ epsilon1epsilon2: Base) {
        self.value = value
        self.epsilon1 = epsilon1
        self.epsilon2 = epsilon2
        self.epsilon1epsilon2 = epsilon1epsilon2
    }

    /// The constant `value` (all infinitesimal parts zero).
    @inlinable
    public init(_ value: Base) {
        self.init(value, .zero, .zero, .zero)
    }

    /// The independent variable at `value`: `value + ε₁ + ε₂`, so that
    /// `f(variable(x))` carries `f′(x)` in both first parts and `f″(x)` in
    /// the `ε₁ε₂` part.
    @inlinable
    public static func variable(_ value: Base) -> HyperDual {
        HyperDual(value, .one, .one, .zero)
    }
}

extension HyperDual: Equatable {}

extension HyperDual: CustomStringConvertible {
    /// `a + bε₁ + cε₂ + dε₁ε₂`.
    public var description: String {
        "\(value) + \(epsilon1)ε₁ + \(epsilon2)ε₂ + \(epsilon1epsilon2)ε₁ε₂"
    }
}

extension HyperDual: RealValued {
    /// The real value of the value part.
    @inlinable public var realValue: Double { value.realValue }
}

extension HyperDual: PivotingStrategy {
    /// The value part's magnitude: elimination pivots as it would on the values.
    @inlinable public var pivotMagnitude: Double? { value.pivotMagnitude }
}
