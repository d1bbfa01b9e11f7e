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
///
/// An ``OpaqueRecurrence`` stands for a characteristic polynomial `χ` known
/// only by its degree (the entries of `Mᵛ` for a constant invertible `s×s`
/// matrix `M` satisfy `χ_M`, of degree `s`, by Cayley–Hamilton); `opaque`
/// holds its multiplicity minus one, so the polynomial of the bound is
/// `Π_b (x − b)^(d_b + 1) · Π_χ χ^(m_χ + 1)`. A sum takes the largest
/// multiplicity per factor (their lcm divides that product); a product with
/// an opaque factor is the Hadamard product of two recurrences of orders
/// `r₁`, `r₂`, which satisfies one of order at most `r₁·r₂` whose roots are
/// the products of theirs (nonzero when theirs are).
///
/// A divisor `q(v)`, a scalar polynomial in `v` alone, gives a polynomial
/// bound a ``denominatorDegree``: `Q(v)·f(v)` is a polynomial of degree `D`
/// for a fixed `Q` of that degree, common to every entry. Among `D + 1 +
/// deg Q` values where the claim is defined and exactly equal, at most
/// `deg Q` are roots of `Q`, so `Q·(lhs − rhs)` vanishes at `D + 1` distinct
/// values: it is zero, and the claim holds wherever it is defined. The
/// order counts those `deg Q` values too.
package struct ExponentialPolynomialBound: Hashable, Sendable, CustomStringConvertible {
    /// The largest power of `v` per base.
    package let degrees: [ExponentialBase: Int]
    /// Opaque characteristic factors with their multiplicities minus one.
    package let opaque: [OpaqueRecurrence: Int]
    /// The degree of a common polynomial denominator (only for a polynomial:
    /// `1` the only base, no opaque factor).
    package let denominatorDegree: Int

    /// Larger intermediate orders are given up (no bound).
    package static let maximumIntermediateOrder = 96

    package init?(
        _ degrees: [ExponentialBase: Int], opaque: [OpaqueRecurrence: Int] = [:],
        denominatorDegree: Int = 0
    ) {
        self.degrees = degrees
        self.opaque = opaque
        self.denominatorDegree = denominatorDegree
        guard order <= ExponentialPolynomialBound.maximumIntermediateOrder else { return nil }
    }

    private init(unchecked degrees: [ExponentialBase: Int]) {
        self.degrees = degrees
        self.opaque = [:]
        self.denominatorDegree = 0
    }

    /// Independent of `v`: `{1: 0}`.
    package static let constant = ExponentialPolynomialBound(unchecked: [.one: 0])
    /// The variable itself: `{1: 1}`.
    package static let variable = ExponentialPolynomialBound(unchecked: [.one: 1])

    /// `{b: 0}`, the exponential `bᵛ`.
    package static func exponential(_ base: ExponentialBase) -> ExponentialPolynomialBound {
        ExponentialPolynomialBound(unchecked: [base: 0])
    }

    /// `R = Σ_b (d_b + 1) + Σ_χ deg χ·(m_χ + 1) + deg Q`: the order of a
    /// recurrence every such function satisfies (plus the roots of `Q` that
    /// checked values may hit), so the number of consecutive values that
    /// settle it.
    package var order: Int {
        degrees.values.reduce(0) { $0 + $1 + 1 }
            + opaque.reduce(0) { $0 + $1.key.degree * ($1.value + 1) } + denominatorDegree
    }

    /// The numerator's degree when `1` is the only base, with or without a
    /// denominator.
    var numeratorDegree: Int? {
        degrees.count == 1 && opaque.isEmpty ? degrees[.one] : nil
    }

    /// `N/Q` with `deg N = numerator`, `deg Q = denominator`.
    static func rational(_ numerator: Int, over denominator: Int) -> ExponentialPolynomialBound? {
        ExponentialPolynomialBound([.one: numerator], denominatorDegree: denominator)
    }

    /// `{χ: 0}`: the entries of a sequence satisfying an opaque recurrence.
    package static func recurrence(_ factor: OpaqueRecurrence) -> ExponentialPolynomialBound? {
        ExponentialPolynomialBound([:], opaque: [factor: 0])
    }

    /// Whether the value does not depend on `v` (`{1: 0}`).
    package var isConstant: Bool { self == .constant }

    /// The polynomial degree when `1` is the only base.
    package var polynomialDegree: Int? {
        denominatorDegree == 0 ? numeratorDegree : nil
    }

    /// A bound for a sum: the largest degree (multiplicity) per factor.
    /// With a denominator (polynomials only):
    /// `N₁/Q₁ + N₂/Q₂ = (N₁Q₂ + N₂Q₁)/(Q₁Q₂)`.
    package func plus(_ other: ExponentialPolynomialBound) -> ExponentialPolynomialBound? {
        if denominatorDegree > 0 || other.denominatorDegree > 0 {
            guard let a = numeratorDegree, let b = other.numeratorDegree else { return nil }
            return .rational(
                Swift.max(a + other.denominatorDegree, b + denominatorDegree),
                over: denominatorDegree + other.denominatorDegree)
        }
        return ExponentialPolynomialBound(
            degrees.merging(other.degrees) { Swift.max($0, $1) },
            opaque: opaque.merging(other.opaque) { Swift.max($0, $1) })
    }

    /// A bound for a product: `vⁱbᵛ · vʲcᵛ = vⁱ⁺ʲ(bc)ᵛ`; with an opaque
    /// factor, one opaque factor of degree `r₁·r₂` named after both bounds
    /// (the Hadamard product of their polynomials); `nil` on overflow.
    package func times(_ other: ExponentialPolynomialBound) -> ExponentialPolynomialBound? {
        if isConstant { return other }
        if other.isConstant { return self }
        if denominatorDegree > 0 || other.denominatorDegree > 0 {
            guard let a = numeratorDegree, let b = other.numeratorDegree else { return nil }
            return .rational(a + b, over: denominatorDegree + other.denominatorDegree)
        }
        if !opaque.isEmpty || !other.opaque.isEmpty {
            let (degree, overflow) = order.multipliedReportingOverflow(by: other.order)
            guard !overflow, degree <= ExponentialPolynomialBound.maximumIntermediateOrder
            else { return nil }
            let names = [description, other.description].sorted()
            let name = "(" + names.joined(separator: ")⊙(") + ")"
            return .recurrence(OpaqueRecurrence(name: name, degree: degree))
        }
        var result: [ExponentialBase: Int] = [:]
        for (b, i) in degrees {
            for (c, j) in other.degrees {
                guard let bc = b.times(c) else { return nil }
                result[bc] = Swift.max(result[bc] ?? 0, i + j)
            }
        }
        return ExponentialPolynomialBound(result)
    }

    /// A bound for `self / divisor`, `divisor` a scalar polynomial in `v`
    /// alone (the caller checks that): `(N₁/Q₁)/(N₂/Q₂) = N₁Q₂/(Q₁N₂)`;
    /// polynomials only.
    package func dividedByPolynomial(
        _ divisor: ExponentialPolynomialBound
    ) -> ExponentialPolynomialBound? {
        if divisor.isConstant { return self }
        guard let a = numeratorDegree, let b = divisor.numeratorDegree else { return nil }
        return .rational(
            a + divisor.denominatorDegree, over: denominatorDegree + b)
    }

    /// `selfᵐ` for `0 ≤ m ≤ 64` by repeated products; a negative `m` only
    /// for a single exponential `bᵛ` (its reciprocal `(1/b)ᵛ`).
    package func power(_ m: Int) -> ExponentialPolynomialBound? {
        if isConstant { return self }
        if m < 0 {
            guard degrees.count == 1, opaque.isEmpty, denominatorDegree == 0,
                let (b, d) = degrees.first, d == 0,
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

    /// `{1: 1, 2: 0}`, `{χ([1, 1; 1, 0]): 0}`.
    package var description: String {
        let entries = (degrees.map { ($0.key.description, $0.value) }
            + opaque.map { ($0.key.description, $0.value) }).sorted { $0.0 < $1.0 }
        let denominator = denominatorDegree > 0 ? " over a denominator of degree "
            + "\(denominatorDegree)" : ""
        return "{" + entries.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
            + denominator
    }
}
