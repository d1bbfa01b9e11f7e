/// A scalar into which `Double` constants embed (as values with zero
/// derivative or imaginary parts), so generic functions can use fixed
/// `Double` data such as weight matrices.
///
/// Every checker scalar (`Double`, `Float`, ``Dual``, ``HyperDual``,
/// ``Complex``) compares by its real value, so generic code can write a
/// stable softmax: `x.entries.max()`, `a < b`, `S.abs(a)`, `S(0.5)` (see
/// `RealConstant+Comparison.swift`).
public protocol RealConstant: RealValued, Comparable {
    /// The constant `value` in this scalar type.
    static func constant(_ value: Double) -> Self
}

extension Double: RealConstant {
    @inlinable public static func constant(_ value: Double) -> Double { value }
}

extension Float: RealConstant {
    @inlinable public static func constant(_ value: Double) -> Float { Float(value) }
}

extension Dual: RealConstant where Base: RealConstant {
    @inlinable public static func constant(_ value: Double) -> Dual { Dual(Base.constant(value)) }
}

extension HyperDual: RealConstant where Base: RealConstant {
    @inlinable public static func constant(_ value: Double) -> HyperDual {
        HyperDual(Base.constant(value))
    }
}

extension Complex: RealConstant where Base: RealConstant {
    @inlinable public static func constant(_ value: Double) -> Complex {
        Complex(Base.constant(value))
    }
}
