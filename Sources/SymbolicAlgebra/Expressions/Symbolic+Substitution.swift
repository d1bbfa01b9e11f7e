/// Assumptions about user-declared functions, applied by
/// ``Symbolic/assuming(_:)``.
public struct Assumptions: Sendable, Hashable {
    /// For each function name, the order from which its derivatives vanish.
    public private(set) var vanishingDerivativeOrders: [String: Int] = [:]

    /// No assumptions.
    public init() {}

    /// Assumes that derivatives of `name` of order `order` and higher are
    /// zero (`order: 2` states `f'' = 0`).
    public func derivatives(of name: String, vanishFromOrder order: Int) -> Assumptions {
        var copy = self
        copy.vanishingDerivativeOrders[name] = Swift.max(0, order)
        return copy
    }
}

extension Symbolic {
    /// Rebuilds the value with every indeterminate replaced by `valueOf(id)`
    /// (computed once per indeterminate).
    package func substitutingIndeterminates(_ valueOf: (UInt32) -> Symbolic) -> Symbolic {
        if undefinedReason != nil { return self }
        var cache: [UInt32: Symbolic] = [:]
        func evaluate(_ p: Polynomial) -> Symbolic {
            var sum = Symbolic.zero
            for term in p.terms {
                var product = Symbolic(term.coefficient)
                for f in term.monomial.factors {
                    let g = Monomial.indeterminateOf(f)
                    let value: Symbolic
                    if let known = cache[g] {
                        value = known
                    } else {
                        value = valueOf(g)
                        cache[g] = value
                    }
                    product =
                        product * (value.power(nonNegative: Int(Monomial.exponentOf(f))) ?? .one)
                }
                sum = sum + product
            }
            return sum
        }
        return evaluate(numerator) / evaluate(denominator)
    }

    /// Rebuilds the value bottom-up, letting `transform` replace each atom
    /// (given the atom and its already-rebuilt argument); `nil` keeps the
    /// atom, re-normalised with the rebuilt argument.
    package func mappingAtoms(_ transform: (FunctionAtom, Symbolic) -> Symbolic?) -> Symbolic {
        substitutingIndeterminates { id in
            switch IndeterminateTable.shared.indeterminate(id) {
            case .variable:
                return Symbolic(Polynomial(monomial: Monomial(indeterminate: id)))
            case .atom(let atom):
                let argument = atom.argument.mappingAtoms(transform)
                return transform(atom, argument) ?? Symbolic.apply(atom.function, argument)
            }
        }
    }

    /// `function(argument)` through the normalising constructors.
    public static func apply(_ function: AtomFunction, _ argument: Symbolic) -> Symbolic {
        switch function {
        case .exp: return exp(argument)
        case .log: return log(argument)
        case .sigmoid: return sigmoid(argument)
        case .tanh: return tanh(argument)
        case .softplus: return softplus(argument)
        case .relu: return relu(argument)
        case .step: return step(argument)
        case .sqrt: return sqrt(argument)
        case .sin: return sin(argument)
        case .cos: return cos(argument)
        case .elementwise(let f, let order): return elementwise(f, derivativeOrder: order, argument)
        }
    }

    /// Replaces variables by expressions (simultaneously), through atoms too.
    ///
    /// `(x·σ(x + y)).substituting([x: 2y])` is `2y·σ(3y)`.
    public func substituting(_ replacements: [Variable: Symbolic]) -> Symbolic {
        substitutingIndeterminates { id in
            switch IndeterminateTable.shared.indeterminate(id) {
            case .variable(let v):
                return replacements[v]
                    ?? Symbolic(Polynomial(monomial: Monomial(indeterminate: id)))
            case .atom(let atom):
                return Symbolic.apply(atom.function, atom.argument.substituting(replacements))
            }
        }
    }

    /// Applies assumptions: atoms `f⁽ᵏ⁾(u)` of a vanishing order become 0
    /// (in arguments of other atoms too).
    ///
    /// Applying assumptions after differentiating gives the same result as
    /// applying them throughout: the derivative of a vanishing atom
    /// `f⁽ᵏ⁾(u)` is `f⁽ᵏ⁺¹⁾(u)·u'`, which vanishes too.
    public func assuming(_ assumptions: Assumptions) -> Symbolic {
        if assumptions.vanishingDerivativeOrders.isEmpty { return self }
        return mappingAtoms { atom, _ in
            guard case .elementwise(let f, let order) = atom.function,
                let vanishing = assumptions.vanishingDerivativeOrders[f.name], order >= vanishing
            else { return nil }
            return .zero
        }
    }

    /// Rewrites `σ` and `tanh` through the exponential,
    /// `σ(u) = eᵘ/(1 + eᵘ)`, `tanh u = (e²ᵘ − 1)/(e²ᵘ + 1)`, so identities
    /// between them and `exp` become visible to exact comparison
    /// (`softplus(u)` is already the canonical form of `log(1 + eᵘ)`).
    /// The checker tries this when plain comparison finds a difference.
    public func rewritingInExponentials() -> Symbolic {
        mappingAtoms { atom, argument in
            switch atom.function {
            case .sigmoid:
                let e = Symbolic.exp(argument)
                return e / (.one + e)
            case .tanh:
                let e = Symbolic.exp(Symbolic(2) * argument)
                return (e - .one) / (e + .one)
            default:
                return nil
            }
        }
    }
}
