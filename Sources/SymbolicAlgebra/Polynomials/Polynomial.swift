/// A polynomial with rational coefficients in the indeterminates (variables and
/// function atoms), in canonical form: terms sorted by strictly decreasing
/// monomial (graded lexicographic order), no zero coefficients.
///
/// Two polynomials are equal exactly when their term lists are equal.
public struct Polynomial: Hashable, Sendable {
    /// One term `coefficient · monomial`.
    public struct Term: Hashable, Sendable {
        /// The power product.
        package let monomial: Monomial
        /// The non-zero rational coefficient.
        package let coefficient: Rational
    }

    /// The terms, leading (largest) monomial first.
    public private(set) var terms: [Term]

    /// Trusted initialiser: `terms` must already be canonical.
    package init(canonicalTerms: [Term]) { terms = canonicalTerms }

    /// The zero polynomial.
    public static let zero = Polynomial(canonicalTerms: [])
    /// The constant polynomial 1.
    public static let one = Polynomial(constant: .one)

    /// A constant polynomial.
    public init(constant: Rational) {
        terms = constant.isZero ? [] : [Term(monomial: .one, coefficient: constant)]
    }

    /// The polynomial `coefficient · monomial`.
    package init(monomial: Monomial, coefficient: Rational = .one) {
        terms = coefficient.isZero ? [] : [Term(monomial: monomial, coefficient: coefficient)]
    }

    /// Builds the canonical form from arbitrary terms (summing duplicates).
    package init(collecting raw: [Term]) {
        var sums: [Monomial: Rational] = [:]
        sums.reserveCapacity(raw.count)
        for t in raw { sums[t.monomial, default: .zero] += t.coefficient }
        var list: [Term] = []
        list.reserveCapacity(sums.count)
        for (m, c) in sums where !c.isZero { list.append(Term(monomial: m, coefficient: c)) }
        list.sort { $1.monomial < $0.monomial }
        terms = list
    }

    /// Whether this is the zero polynomial.
    public var isZero: Bool { terms.isEmpty }
    /// Whether this is the constant 1.
    public var isOne: Bool {
        terms.count == 1 && terms[0].monomial.isOne && terms[0].coefficient.isOne
    }
    /// The value when the polynomial is constant (including zero), else `nil`.
    public var constantValue: Rational? {
        if terms.isEmpty { return .zero }
        if terms.count == 1 && terms[0].monomial.isOne { return terms[0].coefficient }
        return nil
    }
    /// The coefficient of the leading term (zero for the zero polynomial).
    public var leadingCoefficient: Rational { terms.first?.coefficient ?? .zero }
    /// The constant term.
    public var constantTerm: Rational {
        if let last = terms.last, last.monomial.isOne { return last.coefficient }
        return .zero
    }
    /// The total degree (−1 for zero).
    public var degree: Int { terms.first?.monomial.degree ?? -1 }

    /// Identifiers of the indeterminates that occur.
    package var indeterminateIdentifiers: Set<UInt32> {
        var set = Set<UInt32>()
        for t in terms { for f in t.monomial.factors { set.insert(Monomial.indeterminateOf(f)) } }
        return set
    }

    public static prefix func - (p: Polynomial) -> Polynomial {
        Polynomial(
            canonicalTerms: p.terms.map {
                Term(monomial: $0.monomial, coefficient: -$0.coefficient)
            })
    }

    public static func + (lhs: Polynomial, rhs: Polynomial) -> Polynomial {
        if lhs.terms.isEmpty { return rhs }
        if rhs.terms.isEmpty { return lhs }
        let a = lhs.terms, b = rhs.terms
        var result: [Term] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i].monomial == b[j].monomial {
                let c = a[i].coefficient + b[j].coefficient
                if !c.isZero { result.append(Term(monomial: a[i].monomial, coefficient: c)) }
                i += 1; j += 1
            } else if b[j].monomial < a[i].monomial {
                result.append(a[i]); i += 1
            } else {
                result.append(b[j]); j += 1
            }
        }
        if i < a.count { result.append(contentsOf: a[i...]) }
        if j < b.count { result.append(contentsOf: b[j...]) }
        return Polynomial(canonicalTerms: result)
    }

    public static func - (lhs: Polynomial, rhs: Polynomial) -> Polynomial { lhs + (-rhs) }

    /// `factor · self`.
    public func scaled(by factor: Rational) -> Polynomial {
        if factor.isZero { return .zero }
        if factor.isOne { return self }
        return Polynomial(
            canonicalTerms: terms.map {
                Term(monomial: $0.monomial, coefficient: $0.coefficient * factor)
            })
    }

    /// `self · m` for a monomial (order preserved: grlex is a monomial order).
    package func multiplied(byMonomial m: Monomial, coefficient: Rational) -> Polynomial? {
        var result: [Term] = []
        result.reserveCapacity(terms.count)
        for t in terms {
            guard let product = t.monomial.multiplied(by: m) else { return nil }
            result.append(Term(monomial: product, coefficient: t.coefficient * coefficient))
        }
        return Polynomial(canonicalTerms: result)
    }

    /// The product, or `nil` when an exponent would exceed 2³² − 1 or the
    /// task's ``SymbolicBudget`` refuses it.
    ///
    /// Each term of the shorter factor times the longer factor is already
    /// sorted (grlex is a monomial order), so the partial products are
    /// merged pairwise, like merge sort, with no hashing and no sort.
    /// - Complexity: O(m·n·log min(m, n)) monomial comparisons.
    public func multiplied(by other: Polynomial) -> Polynomial? {
        if terms.isEmpty || other.terms.isEmpty { return .zero }
        let (short, long) = terms.count <= other.terms.count ? (self, other) : (other, self)
        if let budget = SymbolicBudget.current,
            !budget.allowsProduct(short.terms.count, long.terms.count)
        {
            return nil
        }
        if short.terms.count == 1 {
            return long.multiplied(
                byMonomial: short.terms[0].monomial, coefficient: short.terms[0].coefficient)
        }
        var layer: [Polynomial] = []
        layer.reserveCapacity(short.terms.count)
        let budget = SymbolicBudget.current
        for (index, t) in short.terms.enumerated() {
            // Long products look at the clock as they go, not only before.
            if index % 32 == 31, let budget, budget.isPastDeadline() { return nil }
            guard let partial = long.multiplied(byMonomial: t.monomial, coefficient: t.coefficient)
            else { return nil }
            layer.append(partial)
        }
        while layer.count > 1 {
            if let budget, layer.count > 8, budget.isPastDeadline() { return nil }
            var next: [Polynomial] = []
            next.reserveCapacity((layer.count + 1) / 2)
            var i = 0
            while i + 1 < layer.count {
                next.append(layer[i] + layer[i + 1])
                i += 2
            }
            if i < layer.count { next.append(layer[i]) }
            layer = next
        }
        return layer[0]
    }

    /// The exact quotient `self / divisor` when `divisor` divides `self`,
    /// else `nil` (multivariate division in grlex order; zero remainder
    /// proves divisibility).
    public func exactQuotient(dividingBy divisor: Polynomial) -> Polynomial? {
        exactQuotient(dividingBy: divisor, maximumSteps: 100_000)
    }

    /// ``exactQuotient(dividingBy:)`` that gives up (`nil`) after
    /// `maximumSteps` division steps.
    package func exactQuotient(dividingBy divisor: Polynomial, maximumSteps: Int) -> Polynomial? {
        guard let lead = divisor.terms.first else { return nil }
        guard let inverseLead = lead.coefficient.reciprocal else { return nil }
        var remainder = self
        var quotient: [Term] = []
        var steps = 0
        while let top = remainder.terms.first {
            guard let m = top.monomial.divided(by: lead.monomial) else { return nil }
            let c = top.coefficient * inverseLead
            quotient.append(Term(monomial: m, coefficient: c))
            guard let sub = divisor.multiplied(byMonomial: m, coefficient: c) else { return nil }
            remainder = remainder - sub
            steps += 1
            if steps > maximumSteps { return nil }
        }
        // Quotient terms arrive in strictly decreasing order.
        return Polynomial(canonicalTerms: quotient)
    }

    /// `∂self/∂g` treating indeterminate `g` as an independent indeterminate.
    package func formalPartial(_ indeterminate: UInt32) -> Polynomial {
        var raw: [Term] = []
        for t in terms {
            let (rest, e) = t.monomial.removing(indeterminate)
            guard e > 0 else { continue }
            var m = rest
            if e > 1 {
                m =
                    rest.multiplied(
                        by: Monomial(
                            factors: [UInt64(indeterminate) << 32 | UInt64(e - 1)], degree: e - 1))
                    ?? rest
            }
            raw.append(Term(monomial: m, coefficient: t.coefficient * Rational(e)))
        }
        return Polynomial(collecting: raw)
    }

    /// The greatest common divisor of the monomials of all terms.
    package var monomialContent: Monomial {
        guard var g = terms.first?.monomial else { return .one }
        for t in terms.dropFirst() {
            if g.isOne { break }
            g = g.gcd(t.monomial)
        }
        return g
    }

    /// Divides every monomial by `m` (which must divide each of them).
    package func dividingMonomials(by m: Monomial) -> Polynomial {
        if m.isOne { return self }
        return Polynomial(
            canonicalTerms: terms.map {
                Term(
                    monomial: $0.monomial.divided(by: m) ?? $0.monomial, coefficient: $0.coefficient
                )
            })
    }

    /// Whether some monomial holds a step atom squared or higher, or two
    /// step atoms (which may be `step(u)` and `step(−u)`).
    package var hasReducibleSteps: Bool {
        for t in terms {
            var steps = 0
            for f in t.monomial.factors where (f >> 62) & 1 == 1 {
                if Monomial.exponentOf(f) >= 2 { return true }
                steps += 1
            }
            if steps >= 2 { return true }
        }
        return false
    }

    /// Applies `step(u)ᵉ = step(u)` (`e ≥ 1`) and `step(u)·step(−u) = 0`,
    /// both true at every real `u` (`step(0) = 0`, so at `u = 0` too).
    package func reducingSteps() -> Polynomial {
        var raw: [Term] = []
        raw.reserveCapacity(terms.count)
        for t in terms {
            var factors: [UInt64] = []
            var degree = 0
            var arguments: [Symbolic] = []
            var vanishes = false
            // Only a term with two or more steps can hold step(u)·step(−u).
            let steps = t.monomial.factors.reduce(0) { $0 + Int(($1 >> 62) & 1) }
            for f in t.monomial.factors {
                guard (f >> 62) & 1 == 1 else {
                    factors.append(f)
                    degree += Int(Monomial.exponentOf(f))
                    continue
                }
                factors.append((f >> 32) << 32 | 1)
                degree += 1
                if steps >= 2,
                    case .atom(let atom) = IndeterminateTable.shared.indeterminate(
                        Monomial.indeterminateOf(f))
                {
                    let negated = -atom.argument
                    if arguments.contains(where: { $0 == negated }) { vanishes = true }
                    arguments.append(atom.argument)
                }
            }
            if vanishes { continue }
            let monomial = Monomial(factors: factors, degree: degree)
            raw.append(Term(monomial: monomial, coefficient: t.coefficient))
        }
        return Polynomial(collecting: raw)
    }

    /// Whether some monomial holds a square-root atom squared or higher.
    package var hasReducibleSquareRoots: Bool {
        for t in terms {
            for f in t.monomial.factors where f >> 63 == 1 && Monomial.exponentOf(f) >= 2 {
                return true
            }
        }
        return false
    }

    /// Applies `sqrt(u)^e = u^⌊e/2⌋ · sqrt(u)^(e mod 2)` for polynomial `u`,
    /// pass after pass (an expanded `u` may hold squared roots again); `nil`
    /// on exponent overflow, or when 32 passes or 10,000 terms do not suffice
    /// (iterative, so a deep nesting of roots cannot overflow the stack).
    package func reducingSquareRoots() -> Polynomial? {
        var current = self
        for _ in 0..<32 {
            guard current.hasReducibleSquareRoots else { return current }
            guard let next = current.reducingSquareRootsOnce(), next.terms.count <= 10_000 else {
                return nil
            }
            current = next
        }
        return nil
    }

    /// One pass of ``reducingSquareRoots()``.
    private func reducingSquareRootsOnce() -> Polynomial? {
        var result = Polynomial.zero
        for t in terms {
            var factors: [UInt64] = []
            var degree = 0
            var extra = Polynomial.one
            for f in t.monomial.factors {
                let e = Monomial.exponentOf(f)
                if f >> 63 == 1, e >= 2,
                    case .atom(let atom) = IndeterminateTable.shared.indeterminate(
                        Monomial.indeterminateOf(f)),
                    atom.argument.isPolynomial
                {
                    for _ in 0..<(e / 2) {
                        guard let p = extra.multiplied(by: atom.argument.numerator) else {
                            return nil
                        }
                        extra = p
                    }
                    if e % 2 == 1 { factors.append((f >> 32) << 32 | 1); degree += 1 }
                } else {
                    factors.append(f)
                    degree += Int(e)
                }
            }
            guard
                let p = extra.multiplied(
                    byMonomial: Monomial(factors: factors, degree: degree),
                    coefficient: t.coefficient)
            else { return nil }
            result = result + Polynomial(collecting: p.terms)
        }
        return result
    }

    /// Checks the canonical form; used by tests.
    public func _checkInvariants() -> Bool {
        for (k, t) in terms.enumerated() {
            if t.coefficient.isZero || !t.coefficient._checkInvariants()
                || !t.monomial._checkInvariants()
            {
                return false
            }
            if k > 0 && !(t.monomial < terms[k - 1].monomial) { return false }
        }
        return true
    }
}
