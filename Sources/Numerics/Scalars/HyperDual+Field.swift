extension HyperDual: Ring {
    @inlinable public static var zero: HyperDual { HyperDual(.zero) }
    @inlinable public static var one: HyperDual { HyperDual(.one) }
    /// The constant `n`.
    @inlinable public init(_ integer: Int) { self.init(Base(integer)) }

    @inlinable public static func + (lhs: HyperDual, rhs: HyperDual) -> HyperDual {
        HyperDual(
            lhs.value + rhs.value, lhs.epsilon1 + rhs.epsilon1,
            lhs.epsilon2 + rhs.epsilon2, lhs.epsilon1epsilon2 + rhs.epsilon1epsilon2)
    }

    @inlinable public static func - (lhs: HyperDual, rhs: HyperDual) -> HyperDual {
        HyperDual(
            lhs.value - rhs.value, lhs.epsilon1 - rhs.epsilon1,
            lhs.epsilon2 - rhs.epsilon2, lhs.epsilon1epsilon2 - rhs.epsilon1epsilon2)
    }

    /// `(a, b, c, d)(e, f, g, h) = (ae, af + be, ag + ce, ah + bg + cf + de)`.
    @inlinable public static func * (lhs: HyperDual, rhs: HyperDual) -> HyperDual {
        HyperDual(
            lhs.value * rhs.value,
            lhs.value * rhs.epsilon1 + lhs.epsilon1 * rhs.value,
            lhs.value * rhs.epsilon2 + lhs.epsilon2 * rhs.value,
            lhs.value * rhs.epsilon1epsilon2 + lhs.epsilon1 * rhs.epsilon2
                + lhs.epsilon2 * rhs.epsilon1 + lhs.epsilon1epsilon2 * rhs.value)
    }

    @inlinable public static prefix func - (operand: HyperDual) -> HyperDual {
        HyperDual(-operand.value, -operand.epsilon1, -operand.epsilon2, -operand.epsilon1epsilon2)
    }

    /// All four parts are exactly zero.
    @inlinable public var isZero: Bool {
        value.isZero && epsilon1.isZero && epsilon2.isZero && epsilon1epsilon2.isZero
    }
}

extension HyperDual: Field {
    /// `x/y = x · (1/y)`, with `1/y` from the chain rule
    /// (`f = 1/a`, `f′ = −1/a²`, `f″ = 2/a³`).
    @inlinable public static func / (lhs: HyperDual, rhs: HyperDual) -> HyperDual {
        let r = Base.one / rhs.value
        let r2 = r * r
        return lhs * rhs.chain(r, -r2, Base(2) * r2 * r)
    }
}
