/// Certified evaluation: an enclosure of the value at a point given by
/// enclosures of its variables.
///
/// Used on an exact difference `lhs − rhs`: where the two sides cancel
/// digits (`log(exp(-2000) + exp(x)) − x`), the difference's normal form
/// (`softplus(−2000 − x)`) does not, so its enclosure can exclude zero at a
/// precision at which the two sides' enclosures still overlap.
extension Symbolic {
    /// An enclosure of the value at `point`, at the current
    /// ``CertifiedInterval/precision``; `nil` when it is undefined there or
    /// not enclosed: an undefined expression, a missing variable, a user
    /// function, an argument outside a function's domain (an interval
    /// reaching it included), `step` of an interval that straddles 0, or a
    /// denominator not certainly non-zero.
    package func enclosure(at point: [Variable: CertifiedInterval]) -> CertifiedInterval? {
        var cache: [UInt32: CertifiedInterval?] = [:]
        return enclosure(at: point, cache: &cache)
    }

    func enclosure(
        at point: [Variable: CertifiedInterval], cache: inout [UInt32: CertifiedInterval?]
    ) -> CertifiedInterval? {
        guard undefinedReason == nil,
            let n = Symbolic.enclosure(numerator, point, &cache),
            let d = Symbolic.enclosure(denominator, point, &cache), d.excludesZero
        else { return nil }
        let v = n / d
        return v.isUndefined ? nil : v
    }

    static func enclosure(
        _ p: Polynomial, _ point: [Variable: CertifiedInterval],
        _ cache: inout [UInt32: CertifiedInterval?]
    ) -> CertifiedInterval? {
        var sum = CertifiedInterval.zero
        for term in p.terms {
            var product = CertifiedInterval(term.coefficient)
            for f in term.monomial.factors {
                let g = Monomial.indeterminateOf(f)
                let known: CertifiedInterval?
                if let cached = cache[g] {
                    known = cached
                } else {
                    known = indeterminateEnclosure(g, point, &cache)
                    cache[g] = known
                }
                guard let x = known else { return nil }
                product = product * x.power(Int(Monomial.exponentOf(f)))
            }
            sum = sum + product
        }
        return sum.isUndefined ? nil : sum
    }

    static func indeterminateEnclosure(
        _ g: UInt32, _ point: [Variable: CertifiedInterval],
        _ cache: inout [UInt32: CertifiedInterval?]
    ) -> CertifiedInterval? {
        switch IndeterminateTable.shared.indeterminate(g) {
        case .variable(let v):
            return point[v]
        case .atom(let atom):
            guard let u = atom.argument.enclosure(at: point, cache: &cache) else { return nil }
            let value: CertifiedInterval
            switch atom.function {
            case .exp: value = .exp(u)
            case .log: value = .log(u)
            case .sigmoid: value = .sigmoid(u)
            case .tanh: value = .tanh(u)
            case .softplus: value = .softplus(u)
            case .relu: value = .relu(u)
            case .step:
                // step(0) = 0; an interval straddling 0 has no certain value.
                if u.lower.signum > 0 { return .one }
                if u.upper.signum <= 0 { return .zero }
                return nil
            case .sqrt: value = .sqrt(u)
            case .sin: value = .sin(u)
            case .cos: value = .cos(u)
            case .elementwise: return nil
            }
            return value.isUndefined ? nil : value
        }
    }
}
