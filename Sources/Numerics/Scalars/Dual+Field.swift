extension Dual: Ring {
    @inlinable public static var zero: Dual { Dual(.zero, .zero) }
    @inlinable public static var one: Dual { Dual(.one, .zero) }
    /// The constant `n + 0·ε`.
    @inlinable public init(_ integer: Int) { self.init(Base(integer), .zero) }

    /// `(a + bε) + (c + dε) = (a + c) + (b + d)ε`.
    @inlinable public static func + (lhs: Dual, rhs: Dual) -> Dual {
        Dual(lhs.value + rhs.value, lhs.derivative + rhs.derivative)
    }

    @inlinable public static func - (lhs: Dual, rhs: Dual) -> Dual {
        Dual(lhs.value - rhs.value, lhs.derivative - rhs.derivative)
    }

    /// `(a + bε)(c + dε) = ac + (ad + bc)ε` (the product rule).
    @inlinable public static func * (lhs: Dual, rhs: Dual) -> Dual {
        Dual(lhs.value * rhs.value, lhs.value * rhs.derivative + lhs.derivative * rhs.value)
    }

    @inlinable public static prefix func - (operand: Dual) -> Dual {
        Dual(-operand.value, -operand.derivative)
    }

    /// Both parts are exactly zero (a zero value with a non-zero derivative
    /// is not zero: skipping it would drop the derivative).
    @inlinable public var isZero: Bool { value.isZero && derivative.isZero }
}

extension Dual: Field {
    /// `(a + bε)/(c + dε) = a/c + (b − (a/c)·d)/c · ε` (the quotient rule).
    @inlinable public static func / (lhs: Dual, rhs: Dual) -> Dual {
        let quotient = lhs.value / rhs.value
        return Dual(quotient, (lhs.derivative - quotient * rhs.derivative) / rhs.value)
    }
}
