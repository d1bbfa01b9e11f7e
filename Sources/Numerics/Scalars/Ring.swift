/// A commutative ring with identity: a set closed under `+`, `-` and `*`,
/// where addition forms a commutative group, multiplication is associative
/// and commutative with identity ``one``, and `*` distributes over `+`.
///
/// `Ring` is the weakest protocol a ``Matrix`` needs for sums, products,
/// Kronecker products, `vec`, `diag` and traces. Examples: `Int` (when
/// overflow cannot occur), `Double` (approximately), dual numbers, exact
/// polynomials over the rationals.
///
/// Conformers must be value types that are safe to share across
/// concurrency domains.
public protocol Ring: Equatable, Sendable, CustomStringConvertible {
    /// The additive identity, `0`.
    static var zero: Self { get }
    /// The multiplicative identity, `1`.
    static var one: Self { get }
    /// The image of an integer under the canonical map `ℤ → Self`.
    init(_ integer: Int)

    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static prefix func - (operand: Self) -> Self

    /// Whether this value is exactly the additive identity.
    ///
    /// Exact elimination pivots on entries for which this is `false`.
    var isZero: Bool { get }
}

extension Ring {
    @inlinable public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }
    @inlinable public static func -= (lhs: inout Self, rhs: Self) { lhs = lhs - rhs }
    @inlinable public static func *= (lhs: inout Self, rhs: Self) { lhs = lhs * rhs }

    /// `self` raised to a non-negative integer power by repeated squaring.
    ///
    /// Returns `nil` for a negative exponent (use ``Field/power(_:)`` there).
    @inlinable
    public func power(nonNegative exponent: Int) -> Self? {
        guard exponent >= 0 else { return nil }
        var result = Self.one, base = self, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }
}
