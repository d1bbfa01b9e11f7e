/// A ring in which every non-zero element has a multiplicative inverse.
///
/// Examples: the rationals, the reals (approximately, as `Double`), the
/// complex numbers, rational functions. The integers are *not* a field:
/// `2` has no integer inverse.
///
/// Division by zero follows the type's own convention: floating point gives
/// an infinity or NaN; exact types give a value that reports itself as
/// undefined (see their documentation). ``Matrix`` never divides by an entry
/// for which ``Ring/isZero`` is `true`.
public protocol Field: Ring {
    static func / (lhs: Self, rhs: Self) -> Self
}

extension Field {
    @inlinable public static func /= (lhs: inout Self, rhs: Self) { lhs = lhs / rhs }

    /// The multiplicative inverse `1/self`.
    @inlinable public var reciprocal: Self { Self.one / self }

    /// `self` raised to an integer power; negative powers divide.
    @inlinable
    public func power(_ exponent: Int) -> Self {
        if exponent >= 0 { return power(nonNegative: exponent) ?? .one }
        // -Int.min overflows; Int.min is handled as (x^(-1))^(-(Int.min+1)) * x^(-1).
        if exponent == Int.min {
            let r = reciprocal
            return (r.power(nonNegative: Int.max) ?? .one) * r
        }
        return reciprocal.power(nonNegative: -exponent) ?? .one
    }
}
