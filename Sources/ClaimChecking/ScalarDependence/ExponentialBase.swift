import ClaimLanguage

/// A base `b` of an exponential `bᵛ` in a variable `v` used as a number: an
/// exact nonzero rational times a product of atoms with integer exponents
/// (`c` for a scalar symbol `c^v`, `exp(1)` for `exp(v)`).
///
/// Equal values are equal bases only when their forms are equal; two forms
/// of one value (`c·c` and `c²` are one form, but an atom and a rational
/// never merge) count as different bases, which over-counts the order of
/// ``ExponentialPolynomialBound``: sound.
package struct ExponentialBase: Hashable, Sendable, CustomStringConvertible {
    /// The rational factor (never zero).
    package let rational: ExactNumber
    /// Atom names with their nonzero exponents.
    package let atoms: [String: Int]

    /// The base `1` (a polynomial term `vʲ·1ᵛ`).
    package static let one = ExponentialBase(unit: ())

    private init(unit: Void) {
        rational = ExactNumber(1)!
        atoms = [:]
    }

    /// `rational · Π atomᵉ`; `nil` when `rational` is zero.
    package init?(rational: ExactNumber, atoms: [String: Int] = [:]) {
        guard rational.numerator != 0 else { return nil }
        self.rational = rational
        self.atoms = atoms.filter { $0.value != 0 }
    }

    /// An atom `name` (a scalar symbol, or `exp(1)`), to the first power.
    package static func atom(_ name: String) -> ExponentialBase {
        ExponentialBase(rational: ExactNumber(1)!, atoms: [name: 1]) ?? .one
    }

    /// `self · other`, exactly; `nil` on overflow.
    package func times(_ other: ExponentialBase) -> ExponentialBase? {
        guard let r = ExponentialBase.product(rational, other.rational) else { return nil }
        var merged = atoms
        for (name, e) in other.atoms {
            let (sum, overflow) = merged[name, default: 0].addingReportingOverflow(e)
            if overflow { return nil }
            merged[name] = sum
        }
        return ExponentialBase(rational: r, atoms: merged)
    }

    /// `selfᵐ` for an integer `m` (negative: the reciprocal's power); `nil` on
    /// overflow or `|m| > 64`.
    package func power(_ m: Int) -> ExponentialBase? {
        guard Swift.abs(m) <= 64 else { return nil }
        let base: ExponentialBase
        if m < 0 {
            guard
                let inverse = ExactNumber(rational.denominator, rational.numerator),
                let b = ExponentialBase(rational: inverse, atoms: atoms.mapValues { -$0 })
            else { return nil }
            base = b
        } else {
            base = self
        }
        var result = ExponentialBase.one
        for _ in 0..<Swift.abs(m) {
            guard let next = result.times(base) else { return nil }
            result = next
        }
        return result
    }

    /// `a·b` exactly, reduced before multiplying; `nil` on overflow.
    package static func product(_ a: ExactNumber, _ b: ExactNumber) -> ExactNumber? {
        let g1 = Swift.max(ExactNumber.gcd(Swift.abs(a.numerator), b.denominator), 1)
        let g2 = Swift.max(ExactNumber.gcd(Swift.abs(b.numerator), a.denominator), 1)
        let (n, o1) = (a.numerator / g1).multipliedReportingOverflow(by: b.numerator / g2)
        let (d, o2) = (a.denominator / g2).multipliedReportingOverflow(by: b.denominator / g1)
        return o1 || o2 ? nil : ExactNumber(n, d)
    }

    /// `2`, `-1/2`, `c^2`, `3·c`.
    package var description: String {
        let names = atoms.keys.sorted().map { atoms[$0] == 1 ? $0 : "\($0)^\(atoms[$0]!)" }
        if names.isEmpty { return rational.description }
        let factors = (rational == ExactNumber(1)! ? [] : [rational.description]) + names
        return factors.joined(separator: "·")
    }
}
