import MatrixNumerics

/// Decides whether a value with step atoms is exactly zero at every real
/// point, by an exact case split on the sign of each kink argument.
///
/// `step(u)` is 1 where `u > 0` and 0 where `u ≤ 0`; `relu(u) = u·step(u)` and
/// `|u| = 2·relu(u) − u` are built from it, so every kink of the claim
/// language is a step atom. For an innermost step argument `u` the value is
/// checked in the three regions `u > 0`, `u = 0`, `u < 0`: in each, every
/// step whose argument is a constant multiple `c·u` is replaced by its value
/// there (1 or 0), and where `u = a·x + r` with `a` a constant and `r` free of
/// the variable `x`, the region `u = 0` substitutes `x = −r/a` everywhere.
/// The split recurses on the steps that remain; a region whose recorded
/// signs contradict each other (a constant of the wrong sign, or empty
/// bounds on one polynomial `v` from arguments `a·v + b`) is skipped. The value
/// vanishes when it is exactly zero in every region that was not shown
/// infeasible.
///
/// The domain enters as facts too: where the claim is defined every `log`
/// argument is positive, so `log(c·Π fᵢ^eᵢ)` with `c > 0` and every factor
/// known positive is expanded to `log c + Σ eᵢ log fᵢ` (`log(x .* y) ==
/// log(x) + log(y)` holds where both sides are defined).
///
/// Sound by construction: each region's replacement is the step's exact
/// value throughout the region, and the regions cover every real point. A
/// region that cannot be shown infeasible is checked anyway, which only
/// costs completeness; a region where the value becomes undefined, or a
/// split beyond the budget, answers "not shown" (`false`).
///
/// ```swift
/// let x = Symbolic.variable("x")
/// KinkCaseSplit().vanishes(.step(x - 1) * .step(x) - .step(x - 1))   // true
/// KinkCaseSplit().vanishes(.step(x) + .step(-x) - 1)                 // false (x = 0)
/// ```
package struct KinkCaseSplit {
    /// A recorded sign: `argument > 0` (1), `= 0` (0) or `< 0` (−1), or
    /// the domain fact `argument ≥ 0` (``nonNegative``, 2).
    struct Fact {
        var argument: Symbolic
        var sign: Int

        /// The sign of a domain fact `argument ≥ 0`.
        static let nonNegative = 2

        /// Whether the argument may have sign `s` (1, 0 or −1) under the fact.
        func allows(_ s: Int) -> Bool { sign == Fact.nonNegative ? s >= 0 : s == sign }
    }

    /// At most this many regions are examined.
    package var maximumRegions = 243
    /// At most this many nested splits.
    package var maximumDepth = 6
    /// Gives up (answers `false`) after this monotonic time.
    package var deadline = Double.infinity

    package init(deadline: Double = .infinity) {
        self.deadline = deadline
    }

    /// Whether `value` is exactly zero at every real point where each of
    /// `positive` is positive (see the type): the claim's domain, e.g. the
    /// arguments of its logarithms, known from ``logArguments(of:)``.
    /// `nonNegative` are known `≥ 0` in the same way (the arguments of
    /// square roots).
    package func vanishes(
        _ value: Symbolic, wherePositive positive: [Symbolic] = [],
        whereNonNegative nonNegative: [Symbolic] = []
    ) -> Bool {
        if value.isExactlyZero { return true }
        guard value.undefinedReason == nil else { return false }
        let facts =
            positive.filter { !$0.isUndefined }.map { Fact(argument: $0, sign: 1) }
            + nonNegative.filter { !$0.isUndefined }.map {
                Fact(argument: $0, sign: Fact.nonNegative)
            }
        if KinkCaseSplit.infeasible(facts) { return false }
        if KinkCaseSplit.innermostStep(of: value) == nil {
            // No kink: only the domain can help (logs of positive products).
            if facts.isEmpty { return false }
            let reduced = KinkCaseSplit.applying(facts, to: value)
            return !reduced.isUndefined
                && (reduced.isExactlyZero || reduced.rewritingInExponentials().isExactlyZero)
        }
        var regions = 0
        return vanishes(value, facts: facts, depth: 0, regions: &regions)
    }

    /// The arguments of every `log` atom in `values`, nested ones included:
    /// wherever the values are defined, each is positive.
    package static func logArguments(of values: [Symbolic]) -> [Symbolic] {
        var seen = Set<UInt32>()
        var result: [Symbolic] = []
        var stack = values
        while let value = stack.popLast() {
            guard value.undefinedReason == nil else { continue }
            for p in [value.numerator, value.denominator] {
                for id in p.indeterminateIdentifiers where seen.insert(id).inserted {
                    guard case .atom(let atom) = IndeterminateTable.shared.indeterminate(id) else {
                        continue
                    }
                    if atom.function == .log { result.append(atom.argument) }
                    stack.append(atom.argument)
                }
            }
        }
        return result
    }

    private func vanishes(
        _ value: Symbolic, facts: [Fact], depth: Int, regions: inout Int
    ) -> Bool {
        regions += 1
        if regions > maximumRegions || MonotonicClock.seconds() > deadline { return false }
        let value = KinkCaseSplit.applying(facts, to: value)
        if value.isUndefined { return false }
        if value.isExactlyZero || value.rewritingInExponentials().isExactlyZero { return true }
        guard depth < maximumDepth, let u = KinkCaseSplit.innermostStep(of: value) else {
            return false
        }
        for sign in [1, 0, -1] {
            var regionValue = value
            var regionFacts = facts + [Fact(argument: u, sign: sign)]
            if sign == 0, let (x, root) = KinkCaseSplit.affineRoot(of: u) {
                regionValue = regionValue.substituting([x: root])
                regionFacts = regionFacts.map {
                    Fact(argument: $0.argument.substituting([x: root]), sign: $0.sign)
                }
            }
            if KinkCaseSplit.infeasible(regionFacts) { continue }
            if !vanishes(regionValue, facts: regionFacts, depth: depth + 1, regions: &regions) {
                return false
            }
        }
        return true
    }

    // MARK: Steps

    /// The argument of a step atom of `value` whose argument holds no step atom.
    static func innermostStep(of value: Symbolic) -> Symbolic? {
        for p in [value.numerator, value.denominator] {
            for id in p.indeterminateIdentifiers.sorted() {
                guard case .atom(let atom) = IndeterminateTable.shared.indeterminate(id) else {
                    continue
                }
                if let inner = innermostStep(of: atom.argument) { return inner }
                if atom.function == .step { return atom.argument }
            }
        }
        return nil
    }

    /// `value` with every step whose sign the facts decide replaced by 1 or
    /// 0, and every `log` of a product whose factors the facts show positive
    /// expanded (``expandedLog(_:_:)``), repeated while that changes it,
    /// since rebuilt arguments may become decidable.
    static func applying(_ facts: [Fact], to value: Symbolic) -> Symbolic {
        var current = value
        for _ in 0..<4 {
            let next = current.mappingAtoms { atom, argument in
                if atom.function == .log { return expandedLog(argument, facts) }
                guard atom.function == .step, let s = sign(of: argument, facts) else { return nil }
                return s > 0 ? .one : .zero
            }
            if next.isUndefined { return next }
            if next.numerator == current.numerator && next.denominator == current.denominator {
                return next
            }
            current = next
        }
        return current
    }

    /// `log(c·Π fᵢ^eᵢ / Π gⱼ^dⱼ) = log c + Σ eᵢ log fᵢ − Σ dⱼ log gⱼ` when
    /// `c > 0` and the facts show every factor `fᵢ`, `gⱼ` positive (a
    /// variable or an atom); else `nil` (the atom is kept).
    static func expandedLog(_ u: Symbolic, _ facts: [Fact]) -> Symbolic? {
        guard u.undefinedReason == nil, u.constantValue == nil,
            u.numerator.terms.count == 1, u.denominator.terms.count == 1,
            u.denominator.terms[0].coefficient.isOne,
            u.numerator.terms[0].coefficient.signum > 0
        else { return nil }
        let top = u.numerator.terms[0], bottom = u.denominator.terms[0]
        if top.coefficient.isOne && bottom.monomial.isOne && top.monomial.degree == 1 {
            return nil
        }
        var result = Symbolic.log(Symbolic(top.coefficient))
        for (term, sign) in [(top, 1), (bottom, -1)] {
            for f in term.monomial.factors {
                let factor = Symbolic(
                    Polynomial(monomial: Monomial(indeterminate: Monomial.indeterminateOf(f))))
                guard KinkCaseSplit.sign(of: factor, facts) == 1 else { return nil }
                result = result + Symbolic(sign * Int(Monomial.exponentOf(f))) * .log(factor)
            }
        }
        return result
    }

    /// The sign of `v` when it is a constant or a constant multiple `c·u` of a fact's `u`.
    static func sign(of v: Symbolic, _ facts: [Fact]) -> Int? {
        if let c = v.constantValue { return c.signum }
        if v.isProvablyPositive { return 1 }
        if v.isPolynomial {
            let (lower, upper) = bounds(facts)
            if let s = termwiseSign(of: v.numerator, lower, upper) { return s }
        }
        for fact in facts where !fact.argument.isUndefined {
            let lu = fact.argument.numerator.leadingCoefficient
            let lv = v.numerator.leadingCoefficient
            guard !lu.isZero, let inverse = lu.reciprocal else { continue }
            let c = lv * inverse
            if fact.sign != Fact.nonNegative, v == Symbolic(c) * fact.argument {
                return c.signum * fact.sign
            }
        }
        return nil
    }

    // MARK: Regions

    /// `(x, −r/a)` when `u = a·x + r` for a variable `x`, a non-zero constant
    /// `a` and a polynomial `r` free of `x`.
    static func affineRoot(of u: Symbolic) -> (Variable, Symbolic)? {
        guard u.isPolynomial else { return nil }
        let p = u.numerator
        for id in p.indeterminateIdentifiers.sorted() {
            guard case .variable(let x) = IndeterminateTable.shared.indeterminate(id) else {
                continue
            }
            var a: Rational?
            var linear = true
            for t in p.terms {
                let e = t.monomial.exponent(of: id)
                if e == 0 { continue }
                if e == 1 && t.monomial.factors.count == 1 && a == nil {
                    a = t.coefficient
                } else {
                    linear = false
                }
            }
            guard linear, let a, let inverse = a.reciprocal else { continue }
            let rest = p - Polynomial(monomial: Monomial(indeterminate: id), coefficient: a)
            return (x, Symbolic(rest.scaled(by: -inverse)))
        }
        return nil
    }

    /// Whether the facts contradict each other: a constant argument of the
    /// wrong sign, or empty bounds on one non-constant part `v` from
    /// arguments `a·v + b` (`v` with leading coefficient 1).
    static func infeasible(_ facts: [Fact]) -> Bool {
        for fact in facts {
            if let c = fact.argument.constantValue, !fact.allows(c.signum) { return true }
        }
        let (lower, upper) = bounds(facts)
        for (v, (lo, strictLow)) in lower {
            guard let (hi, strictHigh) = upper[v] else { continue }
            if hi < lo || (hi == lo && (strictLow || strictHigh)) { return true }
        }
        // A fact whose sign the others' bounds contradict, term by term:
        // x > 0, y > 0 and x + y < 0.
        for fact in facts where fact.argument.isPolynomial {
            let signs = termwiseSigns(of: fact.argument.numerator, lower, upper)
            if !signs.contains(where: fact.allows) { return true }
        }
        return false
    }

    /// Per non-constant part `v` (leading coefficient 1) of the facts'
    /// arguments `a·v + b`: the greatest lower and least upper bound on `v`,
    /// with strictness.
    static func bounds(_ facts: [Fact]) -> (lower: Bounds, upper: Bounds) {
        var lower: Bounds = [:]
        var upper: Bounds = [:]
        for fact in facts {
            if fact.argument.isUndefined || fact.argument.constantValue != nil { continue }
            guard fact.argument.isPolynomial else { continue }
            let u = fact.argument.numerator
            let b = u.constantTerm
            let rest = u - Polynomial(constant: b)
            let a = rest.leadingCoefficient
            guard let inverse = a.reciprocal else { continue }
            let v = rest.scaled(by: inverse)
            // u = a·(v − r) with r = −b/a, so v − r has the sign s·sign(a).
            let r = -(b * inverse)
            // A domain fact `u ≥ 0` bounds like `u > 0`, without strictness.
            let sign = fact.sign == Fact.nonNegative ? 1 : fact.sign
            let s = sign * a.signum
            let strict = fact.sign != Fact.nonNegative
            if s >= 0 { tighten(&lower, v, r, strict: s > 0 && strict, greater: true) }
            if s <= 0 { tighten(&upper, v, r, strict: s < 0 && strict, greater: false) }
        }
        return (lower, upper)
    }

    /// Whether the bounds show every factor of `m` positive, or non-zero
    /// under an even exponent (x > 0 makes x² > 0 and x·y² > 0 with y < 0).
    static func positive(_ m: Monomial, _ lower: Bounds, _ upper: Bounds) -> Bool {
        m.factors.allSatisfy { f in
            let key = Polynomial(monomial: Monomial(indeterminate: Monomial.indeterminateOf(f)))
            let above = lower[key].map { .zero < $0.0 || ($0.0.isZero && $0.1) } ?? false
            let below = upper[key].map { $0.0 < .zero || ($0.0.isZero && $0.1) } ?? false
            return above || (below && Monomial.exponentOf(f) % 2 == 0)
        }
    }

    /// Bounds on polynomials, keyed by the polynomial: value and strictness.
    typealias Bounds = [Polynomial: (Rational, Bool)]

    /// The sign of `p` when interval arithmetic over its terms decides it:
    /// each term `c·m` is bounded by the bounds on its monomial `m` (from
    /// the facts, and `m ≥ 0` when ``Symbolic/monomialSign(_:)`` proves it),
    /// and the sum of the terms' bounds, with strictness, is compared with 0.
    static func termwiseSign(of p: Polynomial, _ lower: Bounds, _ upper: Bounds) -> Int? {
        let signs = termwiseSigns(of: p, lower, upper)
        return signs.count == 1 ? signs.first : nil
    }

    /// The signs (1, 0, −1) that `p` may take under the bounds, by interval
    /// arithmetic over its terms (all three when nothing is known).
    static func termwiseSigns(of p: Polynomial, _ lower: Bounds, _ upper: Bounds) -> Set<Int> {
        let all: Set<Int> = [1, 0, -1]
        // nil: unbounded on that side.
        var low: (Rational, Bool)? = (.zero, false)
        var high: (Rational, Bool)? = (.zero, false)
        func add(_ sum: inout (Rational, Bool)?, _ bound: (Rational, Bool)?, _ c: Rational) {
            guard let s = sum, let b = bound else {
                sum = nil
                return
            }
            sum = (s.0 + c * b.0, s.1 || b.1)
        }
        for t in p.terms {
            if t.monomial.isOne {
                add(&low, (t.coefficient, false), .one)
                add(&high, (t.coefficient, false), .one)
                continue
            }
            let key = Polynomial(monomial: t.monomial)
            var lo = lower[key]
            let hi = upper[key]
            var known = Symbolic.monomialSign(t.monomial)
            if known < 2, positive(t.monomial, lower, upper) { known = 2 }
            if known >= 1, lo == nil || !(.zero < lo!.0) {
                lo = (.zero, known == 2 || (lo?.0.isZero == true && lo!.1))
            }
            if t.coefficient.signum > 0 {
                add(&low, lo, t.coefficient)
                add(&high, hi, t.coefficient)
            } else {
                add(&low, hi, t.coefficient)
                add(&high, lo, t.coefficient)
            }
            if low == nil && high == nil { return all }
        }
        var signs = all
        if let (l, strict) = low {
            if !(l < .zero) { signs.remove(-1) }
            if .zero < l || (l.isZero && strict) { signs.remove(0) }
        }
        if let (h, strict) = high {
            if !(.zero < h) { signs.remove(1) }
            if h < .zero || (h.isZero && strict) { signs.remove(0) }
        }
        return signs
    }

    private static func tighten(
        _ bounds: inout [Polynomial: (Rational, Bool)], _ x: Polynomial, _ r: Rational,
        strict: Bool, greater: Bool
    ) {
        guard let (old, oldStrict) = bounds[x] else {
            bounds[x] = (r, strict)
            return
        }
        if r == old {
            bounds[x] = (r, strict || oldStrict)
        } else if greater ? old < r : r < old {
            bounds[x] = (r, strict)
        }
    }
}
