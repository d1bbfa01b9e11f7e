/// Exact differentiation.
///
/// Each indeterminate is differentiated once per call: a variable gives 1 or 0,
/// an atom `f(u)` gives `f'(u)·∂u/∂x` (chain rule), with
/// `exp' = exp`, `log' = 1/u`, `σ' = σ(1 − σ)`, `tanh' = 1 − tanh²`,
/// `softplus' = σ`, `relu' = step`, `step' = 0` (away from the kink),
/// `sqrt' = 1/(2 sqrt u)`, `sin' = cos`, `cos' = −sin`, and `f⁽ᵏ⁾' = f⁽ᵏ⁺¹⁾`
/// for user functions (zero where ``Assumptions`` say so).
extension Symbolic {
    /// The exact partial derivative `∂self/∂variable`.
    public func derivative(withRespectTo variable: Variable) -> Symbolic {
        var cache: [UInt32: Symbolic] = [:]
        let target = IndeterminateTable.shared.identifier(of: .variable(variable))
        return derivative(target: target, cache: &cache)
    }

    /// ``derivative(withRespectTo:)``, or `nil` as soon as the result is
    /// seen to exceed `termLimit` terms: for a fraction `n/d` whose
    /// denominator depends on the variable, `(n/d)′ = (n′d − nd′)/d²`, and
    /// `d²` is formed first; the numerator is multiplied out only when `d²`
    /// has at most `termLimit` terms.
    public func derivative(withRespectTo variable: Variable, termLimit: Int) -> Symbolic? {
        if undefinedReason != nil { return self }
        var cache: [UInt32: Symbolic] = [:]
        let target = IndeterminateTable.shared.identifier(of: .variable(variable))
        let dn = Symbolic.derivative(of: numerator, target: target, cache: &cache)
        if denominator.isOne { return dn }
        let dd = Symbolic.derivative(of: denominator, target: target, cache: &cache)
        let n = Symbolic(numerator), d = Symbolic(denominator)
        if dd.isExactlyZero { return dn / d }
        let squared = d * d
        if squared.numerator.terms.count + squared.denominator.terms.count > termLimit {
            return nil
        }
        return (dn * d - n * dd) / squared
    }

    /// ``derivative(withRespectTo:termLimit:)`` for every variable in
    /// `variables`, with the work on the denominator `d` done once for all
    /// of them:
    ///
    /// - `g = gcd(d, ∂d/∂x)` for the first variable `x` that `d` depends on,
    ///   and `r = d/g`. Wherever `g` divides `∂d/∂y` exactly (checked by a
    ///   division with zero remainder), `(n/d)′ = (n′·r − n·(∂d/∂y)/g)/(d·r)`:
    ///   for `d = P³` (an inverse cubed), `g = P²` and the denominator is
    ///   `P⁴`, not `P⁶`, with numerators multiplied by `P`, not by `P³`.
    /// - Elsewhere `(n′d − nd′)/d²`, with `d²` formed once.
    ///
    /// `nil` when `d²` exceeds `termLimit` terms and some variable needs it.
    public func partialDerivatives(
        withRespectTo variables: [Variable], termLimit: Int
    ) -> [Symbolic]? {
        if undefinedReason != nil { return variables.map { _ in self } }
        var squared: Symbolic?
        var reduction: (g: Polynomial, r: Symbolic, dr: Symbolic)??
        var results: [Symbolic] = []
        results.reserveCapacity(variables.count)
        let n = Symbolic(numerator), d = Symbolic(denominator)
        for variable in variables {
            var cache: [UInt32: Symbolic] = [:]
            let target = IndeterminateTable.shared.identifier(of: .variable(variable))
            let dn = Symbolic.derivative(of: numerator, target: target, cache: &cache)
            if denominator.isOne {
                results.append(dn)
                continue
            }
            let dd = Symbolic.derivative(of: denominator, target: target, cache: &cache)
            if dd.isExactlyZero {
                results.append(dn / d)
                continue
            }
            if reduction == nil { reduction = .some(commonFactor(withDerivative: dd)) }
            if let (g, r, dr) = reduction ?? nil, dd.isPolynomial,
                let q = dd.numerator.exactQuotient(
                    dividingBy: g, maximumSteps: dd.numerator.terms.count)
            {
                let top = dn * r - n * Symbolic(q)
                if dr.numerator.terms.count > termLimit { return nil }
                // No exact division of the numerator by d·r is attempted: it
                // rarely succeeds, and its failure can take many steps.
                results.append(
                    top.isPolynomial ? Symbolic.normalized(top.numerator, dr.numerator) : top / dr)
                continue
            }
            if squared == nil { squared = d * d }
            guard let squared,
                squared.numerator.terms.count + squared.denominator.terms.count <= termLimit
            else { return nil }
            results.append((dn * d - n * dd) / squared)
        }
        return results
    }

    /// `(g, d/g, d·(d/g))` for `g = gcd(d, dd)` with `d` this value's
    /// denominator, when `g` is not a constant and the gcd stays within a
    /// work limit; `nil` otherwise.
    func commonFactor(withDerivative dd: Symbolic) -> (Polynomial, Symbolic, Symbolic)? {
        guard dd.isPolynomial, denominator.degree >= 2,
            let g = denominator.greatestCommonDivisor(
                with: dd.numerator, workLimit: Polynomial.gcdWorkLimit),
            g.constantValue == nil,
            let r = denominator.exactQuotient(dividingBy: g),
            let dr = Symbolic.product(denominator, r)
        else { return nil }
        return (g, Symbolic(r), Symbolic(dr))
    }

    /// The `order`-th partial derivative with respect to `variable`, with
    /// `assumptions` (e.g. `f'' = 0`) applied to the result.
    public func derivative(
        withRespectTo variable: Variable, order: Int,
        assuming assumptions: Assumptions = Assumptions()
    ) -> Symbolic {
        var result = self.assuming(assumptions)
        for _ in 0..<Swift.max(0, order) { result = result.derivative(withRespectTo: variable) }
        return result.assuming(assumptions)
    }

    package func derivative(target: UInt32, cache: inout [UInt32: Symbolic]) -> Symbolic {
        if undefinedReason != nil { return self }
        let dn = Symbolic.derivative(of: numerator, target: target, cache: &cache)
        if denominator.isOne { return dn }
        let dd = Symbolic.derivative(of: denominator, target: target, cache: &cache)
        let n = Symbolic(numerator), d = Symbolic(denominator)
        // (n/d)' = (n'd − n d')/d²
        return (dn * d - n * dd) / (d * d)
    }

    package static func derivative(
        of p: Polynomial, target: UInt32, cache: inout [UInt32: Symbolic]
    ) -> Symbolic {
        var result = Symbolic.zero
        for g in p.indeterminateIdentifiers.sorted() {
            let dg = derivative(ofIndeterminate: g, target: target, cache: &cache)
            if dg.isExactlyZero { continue }
            result = result + Symbolic(p.formalPartial(g)) * dg
        }
        return result
    }

    package static func derivative(
        ofIndeterminate g: UInt32, target: UInt32, cache: inout [UInt32: Symbolic]
    ) -> Symbolic {
        if let known = cache[g] { return known }
        let value: Symbolic
        switch IndeterminateTable.shared.indeterminate(g) {
        case .variable:
            value = g == target ? .one : .zero
        case .atom(let atom):
            let du = atom.argument.derivative(target: target, cache: &cache)
            value = du.isExactlyZero ? .zero : outerDerivative(atom) * du
        }
        cache[g] = value
        return value
    }

    /// `f'(u)` for the atom `f(u)`.
    package static func outerDerivative(_ atom: FunctionAtom) -> Symbolic {
        let u = atom.argument
        switch atom.function {
        case .exp: return exp(u)
        case .log: return .one / u
        case .sigmoid:
            let s = sigmoid(u)
            return s * (.one - s)
        case .tanh:
            let t = tanh(u)
            return .one - t * t
        case .softplus: return sigmoid(u)
        case .relu: return step(u)
        case .step: return .zero
        case .sqrt: return .one / (Symbolic(2) * sqrt(u))
        case .sin: return cos(u)
        case .cos: return -sin(u)
        case .elementwise(let f, let order): return elementwise(f, derivativeOrder: order + 1, u)
        }
    }
}
