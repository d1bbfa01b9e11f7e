import ClaimLanguage

extension ScalarDependence {
    /// Variables that a dimension-only expression turns into a number by a
    /// reduction: `tr(eye(n)) = n`, `ones(1, n)*ones(n, 1) = n`,
    /// `det(2*eye(n)) = 2ⁿ`, `tr(comm(n, n + 2)) = gcd(n − 1, 2) + 1`.
    ///
    /// No syntactic degree bound covers such a count (the last is periodic
    /// in n), and `relu(tr(eye(n)) - 9)*sum(x) == 0` holds at n ≤ 9 only, so
    /// these variables have no bound. A reduction (`tr`, `sum`, `det`,
    /// `norm`, an index sum, a power, a product of two such operands) counts
    /// when its operand contains no symbol but dimension variables, and some
    /// dimension argument (`eye`, `ones`, `zeros`, `comm`) in it depends on
    /// one.
    static func hiddenCounts(
        _ claim: ResolvedClaim, _ definitions: [String: Expression]
    ) -> Set<String> {
        let variables = Set(claim.dimensionVariables)
        var found: Set<String> = []
        var stack = claim.claim.definitions.map(\.expression) + [claim.claim.lhs, claim.claim.rhs]
        var visited = 0
        while let e = stack.popLast(), visited < 100_000 {
            visited += 1
            stack.append(contentsOf: e.children)
            switch e {
            case .call(.tr, let arguments, _), .call(.sum, let arguments, _):
                // Linear: `sum(x - 1000*ones(n, 1)) = sum(x) − 1000n`, so each
                // term of the operand counts on its own.
                for term in arguments.flatMap({ additiveTerms($0, definitions) }) {
                    if let sized = dimensionOnly(term, variables, definitions) {
                        found.formUnion(sized)
                    }
                }
            case .call(.det, _, _), .call(.norm, _, _), .indexSum:
                guard let sized = dimensionOnly(e, variables, definitions) else { continue }
                found.formUnion(sized)
            case .binary(.multiply, let l, let r, _):
                // A contraction of two sized operands; `1000*ones(n, 1)` only scales.
                guard let a = dimensionOnly(l, variables, definitions),
                    let b = dimensionOnly(r, variables, definitions)
                else { continue }
                found.formUnion(a.union(b))
            case .power(let base, _, _):
                guard let sized = dimensionOnly(base, variables, definitions) else { continue }
                found.formUnion(sized)
            default:
                continue
            }
        }
        return found
    }

    /// The terms of a sum or difference, through negations, transposes and
    /// `let` definitions (`x - 1000*ones(n, 1)` → `x`, `1000*ones(n, 1)`).
    static func additiveTerms(
        _ e: Expression, _ definitions: [String: Expression]
    ) -> [Expression] {
        var terms: [Expression] = []
        var stack = [e]
        while let x = stack.popLast(), terms.count + stack.count < 10_000 {
            switch x {
            case .binary(.add, let l, let r, _), .binary(.subtract, let l, let r, _):
                stack += [l, r]
            case .negation(let inner, _), .transpose(let inner, _):
                stack.append(inner)
            case .symbol(let name, _):
                if let d = definitions[name] { stack.append(d) } else { terms.append(x) }
            default:
                terms.append(x)
            }
        }
        return terms
    }

    /// The variables that size a dimension argument inside `e`, when `e`
    /// names no symbol but dimension variables (through `let` definitions);
    /// `nil` otherwise or when no dimension argument depends on one.
    static func dimensionOnly(
        _ e: Expression, _ variables: Set<String>, _ definitions: [String: Expression]
    ) -> Set<String>? {
        var sized: Set<String> = []
        var stack = [e]
        var visited = 0
        while let x = stack.popLast() {
            visited += 1
            if visited > 10_000 { return nil }
            switch x {
            case .symbol(let name, _):
                if let d = definitions[name] {
                    stack.append(d)
                } else if !variables.contains(name) {
                    return nil
                }
            case .userFunction, .derivative:
                return nil
            case .call(let function, let arguments, _) where function.takesDimensions:
                for a in arguments {
                    var inner = [a]
                    while let y = inner.popLast() {
                        if case .symbol(let name, _) = y, variables.contains(name) {
                            sized.insert(name)
                        }
                        inner.append(contentsOf: y.children)
                    }
                }
            default:
                break
            }
            stack.append(contentsOf: x.children)
        }
        return sized.isEmpty ? nil : sized
    }
}
