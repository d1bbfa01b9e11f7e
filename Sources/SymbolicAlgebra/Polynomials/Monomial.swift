/// A power product `g₁^e₁ · g₂^e₂ ⋯` of indeterminates (variables and atoms).
///
/// Stored compactly as a sorted array of `(indeterminate id << 32) | exponent`,
/// with exponents at least 1. Ordered by graded lexicographic order (a
/// monomial order: compatible with multiplication), used to keep polynomial
/// terms sorted.
public struct Monomial: Hashable, Sendable, Comparable {
    /// Packed factors sorted by indeterminate id; each exponent ≥ 1.
    package var factors: [UInt64]
    /// The total degree.
    public private(set) var degree: Int

    /// The monomial 1.
    public static let one = Monomial(factors: [], degree: 0)

    package init(factors: [UInt64], degree: Int) {
        self.factors = factors
        self.degree = degree
    }

    /// A single indeterminate to the first power.
    package init(indeterminate: UInt32) {
        self.init(factors: [UInt64(indeterminate) << 32 | 1], degree: 1)
    }

    @inline(__always) package static func indeterminateOf(_ packed: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: packed >> 32)
    }
    @inline(__always) package static func exponentOf(_ packed: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: packed)
    }

    /// Whether this is the monomial 1.
    public var isOne: Bool { factors.isEmpty }

    /// `(indeterminate id, exponent)` pairs.
    package var pairs: [(indeterminate: UInt32, exponent: Int)] {
        factors.map { (Monomial.indeterminateOf($0), Int(Monomial.exponentOf($0))) }
    }

    /// The exponent of a indeterminate (0 when absent).
    package func exponent(of indeterminate: UInt32) -> Int {
        for f in factors where Monomial.indeterminateOf(f) == indeterminate {
            return Int(Monomial.exponentOf(f))
        }
        return 0
    }

    /// The product, or `nil` when an exponent would exceed 2³² − 1.
    package func multiplied(by other: Monomial) -> Monomial? {
        if other.factors.isEmpty { return self }
        if factors.isEmpty { return other }
        let a = factors, b = other.factors
        var result: [UInt64] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            let ga = a[i] >> 32, gb = b[j] >> 32
            if ga == gb {
                let (e, o) = Monomial.exponentOf(a[i]).addingReportingOverflow(
                    Monomial.exponentOf(b[j]))
                if o { return nil }
                result.append(ga << 32 | UInt64(e))
                i += 1; j += 1
            } else if ga < gb {
                result.append(a[i]); i += 1
            } else {
                result.append(b[j]); j += 1
            }
        }
        while i < a.count { result.append(a[i]); i += 1 }
        while j < b.count { result.append(b[j]); j += 1 }
        return Monomial(factors: result, degree: degree + other.degree)
    }

    /// `self / other` when every exponent of `other` is at most this one's.
    package func divided(by other: Monomial) -> Monomial? {
        if other.factors.isEmpty { return self }
        var result: [UInt64] = []
        var j = 0
        for f in factors {
            if j < other.factors.count, other.factors[j] >> 32 == f >> 32 {
                let e = Monomial.exponentOf(f), d = Monomial.exponentOf(other.factors[j])
                if d > e { return nil }
                if e > d { result.append((f >> 32) << 32 | UInt64(e - d)) }
                j += 1
            } else if j < other.factors.count, other.factors[j] >> 32 < f >> 32 {
                return nil
            } else {
                result.append(f)
            }
        }
        if j < other.factors.count { return nil }
        return Monomial(factors: result, degree: degree - other.degree)
    }

    /// The greatest common divisor (minimum exponents).
    package func gcd(_ other: Monomial) -> Monomial {
        var result: [UInt64] = []
        var i = 0, j = 0, degree = 0
        while i < factors.count && j < other.factors.count {
            let ga = factors[i] >> 32, gb = other.factors[j] >> 32
            if ga == gb {
                let e = Swift.min(
                    Monomial.exponentOf(factors[i]), Monomial.exponentOf(other.factors[j]))
                result.append(ga << 32 | UInt64(e))
                degree += Int(e)
                i += 1; j += 1
            } else if ga < gb {
                i += 1
            } else {
                j += 1
            }
        }
        return Monomial(factors: result, degree: degree)
    }

    /// Removes indeterminate `indeterminate` entirely, returning its exponent.
    package func removing(_ indeterminate: UInt32) -> (rest: Monomial, exponent: Int) {
        var rest = factors
        guard let index = rest.firstIndex(where: { Monomial.indeterminateOf($0) == indeterminate })
        else { return (self, 0) }
        let e = Int(Monomial.exponentOf(rest[index]))
        rest.remove(at: index)
        return (Monomial(factors: rest, degree: degree - e), e)
    }

    /// Graded lexicographic order; indeterminates with smaller ids rank higher.
    public static func < (lhs: Monomial, rhs: Monomial) -> Bool {
        if lhs.degree != rhs.degree { return lhs.degree < rhs.degree }
        let a = lhs.factors, b = rhs.factors
        var i = 0
        while i < a.count && i < b.count {
            if a[i] != b[i] {
                let ga = a[i] >> 32, gb = b[i] >> 32
                if ga != gb { return ga > gb }  // lhs lacks rhs's higher-ranked indeterminate
                return Monomial.exponentOf(a[i]) < Monomial.exponentOf(b[i])
            }
            i += 1
        }
        return a.count < b.count
    }

    /// Checks sortedness and positive exponents; used by tests.
    public func _checkInvariants() -> Bool {
        var total = 0
        for (k, f) in factors.enumerated() {
            if Monomial.exponentOf(f) == 0 { return false }
            if k > 0 && factors[k - 1] >> 32 >= f >> 32 { return false }
            total += Int(Monomial.exponentOf(f))
        }
        return total == degree
    }
}
