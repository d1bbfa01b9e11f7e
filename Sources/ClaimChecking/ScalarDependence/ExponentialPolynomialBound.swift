/// A bound on how an expression depends on an integer variable `v` used as a
/// number: its value lies in `span{ vʲ·bᵛ : b a base, j ≤ degrees[b] }`
/// (an exponential polynomial), whatever the other symbols' values.
///
/// Such a function satisfies a linear recurrence with constant coefficients
/// of order ``order`` `R = Σ_b (d_b + 1)` (characteristic polynomial
/// `Π_b (x − b)^(d_b + 1)`), for every value of symbolic bases, even when
/// bases coincide. So vanishing at `R` *consecutive* integers makes it vanish
/// at every larger integer, and (bases being nonzero) at every smaller one.
/// For a polynomial (only the base 1) any `R` distinct values suffice; an
/// exponential needs consecutive ones: `(−1)ᵛ − 1` vanishes at every even `v`.
///
/// Rules: a constant is `{1: 0}`, `v` is `{1: 1}`, `c^(a·v + e)` with a
/// literal integer `a` is `{cᵃ: 0}`; a sum takes the largest degree per
/// base, a product multiplies bases and adds degrees.
package struct ExponentialPolynomialBound: Hashable, Sendable, CustomStringConvertible {
    /// The largest power of `v` per base.
    package let degrees: [ExponentialBase: Int]

    /// Larger intermediate orders are given up (no bound).
    package static let maximumIntermediateOrder = 96

    package init?(_ degrees: [ExponentialBase: Int]) {
        self.degrees = degrees
        guard order <= ExponentialPolynomialBound.maximumIntermediateOrder else { return nil }
    }

    private init(unchecked degrees: [ExponentialBase: Int]) {
        self.degrees = degrees
    }

    /// Independent of `v`: `{1: 0}`.
    package static let constant = ExponentialPolynomialBound(unchecked: [.one: 0])
    /// The variable itself: `{1: 1}`.
    package static let variable = ExponentialPolynomialBound(unchecked: [.one: 1])

    /// `{b: 0}`, the exponential `bᵛ`.
    package static func exponential(_ base: ExponentialBase) -> ExponentialPolynomialBound {
        ExponentialPolynomialBound(unchecked: [base: 0])
    }

    /// `R = Σ_b (d_b + 1)`: the order of a recurrence every such function
    /// satisfies, so the number of consecutive values that settle it.
    package var order: Int { degrees.values.reduce(0) { $0 + $1 + 1 } }

    /// Whether the value does not depend on `v` (`{1: 0}`).
    package var isConstant: Bool { self == .constant }

    /// The polynomial degree when `1` is the only base.
    package var polynomialDegree: Int? {
        degrees.count == 1 ? degrees[.one] : nil
    }

    /// A bound for a sum: the largest degree per base.
    package func plus(_ other: ExponentialPolynomialBound) -> ExponentialPolynomialBound? {
        ExponentialPolynomialBound(degrees.merging(other.degrees) { Swift.max($0, $1) })
    }

    /// A bound for a product: `vⁱbᵛ · vʲcᵛ = vⁱ⁺ʲ(bc)ᵛ`; `nil` on overflow.
    package func times(_ other: ExponentialPolynomialBound) -> ExponentialPolynomialBound? {
        var result: [ExponentialBase: Int] = [:]
        for (b, i) in degrees {
            for (c, j) in other.degrees {
                guard let bc = b.times(c) else { return nil }
                result[bc] = Swift.max(result[bc] ?? 0, i + j)
            }
        }
        return ExponentialPolynomialBound(result)
    }

    /// `selfᵐ` for `0 ≤ m ≤ 64` by repeated products; a negative `m` only
    /// for a single exponential `bᵛ` (its reciprocal `(1/b)ᵛ`).
    package func power(_ m: Int) -> ExponentialPolynomialBound? {
        if isConstant { return self }
        if m < 0 {
            guard degrees.count == 1, let (b, d) = degrees.first, d == 0,
                let inverse = b.power(m)
            else { return nil }
            return .exponential(inverse)
        }
        guard m <= 64 else { return nil }
        var result = ExponentialPolynomialBound.constant
        for _ in 0..<m {
            guard let next = result.times(self) else { return nil }
            result = next
        }
        return result
    }

    /// `{1: 1, 2: 0}`.
    package var description: String {
        let entries = degrees.keys.map { ($0.description, degrees[$0]!) }.sorted { $0.0 < $1.0 }
        return "{" + entries.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }
}
