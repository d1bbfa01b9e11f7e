/// Evaluation at concrete points, used to turn a non-zero symbolic
/// difference into a counterexample.
extension Symbolic {
    /// Numeric values for user functions: `(name, derivative order, x) → value`.
    public typealias FunctionValues =
        @Sendable (_ name: String, _ derivativeOrder: Int, _ x: Double) -> Double?

    /// The value in `Double` at `point`, with atoms evaluated numerically.
    ///
    /// Returns `nil` when the value is undefined there: an undefined
    /// expression, a missing variable, a user function without a value in
    /// `functions`, an argument outside a function's domain (`log` of a
    /// non-positive number, `sqrt` of a negative one, `step` at 0), a zero
    /// denominator, or a non-finite result.
    public func evaluate(at point: [Variable: Double], functions: FunctionValues? = nil) -> Double?
    {
        var cache: [UInt32: Double?] = [:]
        return evaluate(at: point, functions: functions, cache: &cache)
    }

    package func evaluate(
        at point: [Variable: Double], functions: FunctionValues?, cache: inout [UInt32: Double?]
    ) -> Double? {
        guard undefinedReason == nil else { return nil }
        guard
            let n = Symbolic.evaluate(numerator, point: point, functions: functions, cache: &cache),
            let d = Symbolic.evaluate(
                denominator, point: point, functions: functions, cache: &cache),
            d != 0
        else { return nil }
        let v = n / d
        return v.isFinite ? v : nil
    }

    /// The value of indeterminate `g` at `point`, computed once per cache.
    package static func cachedValue(
        of g: UInt32, point: [Variable: Double], functions: FunctionValues?,
        cache: inout [UInt32: Double?]
    ) -> Double? {
        if let known = cache[g] { return known }
        let value = evaluateIndeterminate(g, point: point, functions: functions, cache: &cache)
        cache[g] = value
        return value
    }

    package static func evaluate(
        _ p: Polynomial, point: [Variable: Double], functions: FunctionValues?,
        cache: inout [UInt32: Double?]
    ) -> Double? {
        var sum = 0.0
        for term in p.terms {
            var product = term.coefficient.doubleValue
            for f in term.monomial.factors {
                guard
                    let x = cachedValue(
                        of: Monomial.indeterminateOf(f), point: point, functions: functions,
                        cache: &cache)
                else { return nil }
                product *= Double.pow(x, Double(Monomial.exponentOf(f)))
            }
            sum += product
        }
        return sum.isFinite ? sum : nil
    }

    package static func evaluateIndeterminate(
        _ g: UInt32, point: [Variable: Double], functions: FunctionValues?,
        cache: inout [UInt32: Double?]
    ) -> Double? {
        switch IndeterminateTable.shared.indeterminate(g) {
        case .variable(let v):
            return point[v]
        case .atom(let atom):
            guard let u = atom.argument.evaluate(at: point, functions: functions, cache: &cache)
            else { return nil }
            let value: Double?
            switch atom.function {
            case .exp: value = Double.exp(u)
            case .log: value = u > 0 ? Double.log(u) : nil
            case .sigmoid: value = Double.sigmoid(u)
            case .tanh: value = Double.tanh(u)
            case .softplus: value = Double.softplus(u)
            case .relu: value = Double.relu(u)
            case .step: value = u > 0 ? 1 : (u < 0 ? 0 : nil)
            case .sqrt: value = u >= 0 ? Double.sqrt(u) : nil
            case .sin: value = Double.sin(u)
            case .cos: value = Double.cos(u)
            case .elementwise(let f, let order): value = functions?(f.name, order, u)
            }
            guard let v = value, v.isFinite else { return nil }
            return v
        }
    }

    /// The exact value at a rational point, or `nil` when it is undefined
    /// there or not rational-computable: a transcendental atom (`exp`, `σ`,
    /// …, user functions) is involved, a variable is missing, `step` is taken
    /// at 0, or a denominator vanishes. `relu` and `step` are evaluated
    /// exactly.
    public func evaluateExactly(at point: [Variable: Rational]) -> Rational? {
        var cache: [UInt32: Rational?] = [:]
        return evaluateExactly(at: point, cache: &cache)
    }

    package func evaluateExactly(
        at point: [Variable: Rational], cache: inout [UInt32: Rational?]
    ) -> Rational? {
        guard undefinedReason == nil else { return nil }
        guard let n = Symbolic.evaluateExactly(numerator, point: point, cache: &cache),
            let d = Symbolic.evaluateExactly(denominator, point: point, cache: &cache),
            let r = d.reciprocal
        else { return nil }
        return n * r
    }

    package static func evaluateExactly(
        _ p: Polynomial, point: [Variable: Rational], cache: inout [UInt32: Rational?]
    ) -> Rational? {
        var sum = Rational.zero
        for term in p.terms {
            var product = term.coefficient
            for f in term.monomial.factors {
                let g = Monomial.indeterminateOf(f)
                let value: Rational?
                if let known = cache[g] {
                    value = known
                } else {
                    value = evaluateIndeterminateExactly(g, point: point, cache: &cache)
                    cache[g] = value
                }
                guard let x = value, let power = x.power(Int(Monomial.exponentOf(f))) else {
                    return nil
                }
                product *= power
            }
            sum += product
        }
        return sum
    }

    package static func evaluateIndeterminateExactly(
        _ g: UInt32, point: [Variable: Rational], cache: inout [UInt32: Rational?]
    ) -> Rational? {
        switch IndeterminateTable.shared.indeterminate(g) {
        case .variable(let v):
            return point[v]
        case .atom(let atom):
            guard atom.function.isPiecewiseRational,
                let u = atom.argument.evaluateExactly(at: point, cache: &cache)
            else { return nil }
            switch atom.function {
            case .relu: return u.isNegative ? .zero : u
            case .step: return u.isZero ? nil : (u.isNegative ? .zero : .one)
            default: return nil
            }
        }
    }

    /// The variables this value depends on (through atoms too), sorted.
    public var variables: [Variable] {
        var seen = Set<UInt32>()
        var result = Set<Variable>()
        func visit(_ s: Symbolic) {
            for id in s.numerator.indeterminateIdentifiers.union(
                s.denominator.indeterminateIdentifiers) where seen.insert(id).inserted
            {
                switch IndeterminateTable.shared.indeterminate(id) {
                case .variable(let v): result.insert(v)
                case .atom(let a): visit(a.argument)
                }
            }
        }
        visit(self)
        return result.sorted()
    }
}
