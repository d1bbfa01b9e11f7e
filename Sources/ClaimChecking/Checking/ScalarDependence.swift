import ClaimLanguage

/// How a claim depends on a dimension variable or integer symbol written as
/// a number (`(n-1)*tr(X)`, `(k+4)*(k-8)`).
///
/// Such a use makes the claim a polynomial in the variable, which can vanish
/// on any finite set: `(n-1)⋯(n-8)·tr(X) == 0` holds at `n = 1…8` and at no
/// larger `n`. A syntactic bound `D` on that degree says how many values a
/// check must cover: a sum takes the largest degree of its terms, a product
/// the sum, a constant power `uᵐ` the multiple `m·deg u`, a linear operation
/// (`tr`, `sum`, `vec`, `diag`, transpose, a derivative) its argument's
/// degree; anything else that depends on the variable (`log`, `det`, `2^k`,
/// a divisor) has no bound. A shape, an index range, a dimension argument
/// (`eye(n)`) or a matrix power's exponent (`X^k`) is structure, not a
/// number: the shape range covers it.
package struct ScalarDependence: Sendable {
    /// The largest degree a check extends its values for.
    package static let maximumDegree = 16

    /// The degree bound of each variable used as a number (`nil`: unbounded);
    /// variables not used as numbers are absent.
    package let degrees: [String: Int?]
    /// Variables used only as numbers: the claim is a polynomial of degree
    /// at most `degrees[v]` in each of them, so exact equality at `D + 1`
    /// values (the others fixed) proves it for every value.
    package let numbersOnly: Set<String>

    package init(_ claim: ResolvedClaim) {
        let variables = Set(claim.dimensionVariables)
        var definitions: [String: Expression] = [:]
        for d in claim.claim.definitions { definitions[d.name] = d.expression }
        var degrees: [String: Int?] = [:]
        var structural = ScalarDependence.structuralUses(claim).intersection(variables)
        for v in variables.sorted() {
            var walker = Walker(variable: v, definitions: definitions)
            let lhs = walker.degree(claim.claim.lhs)
            let rhs = walker.degree(claim.claim.rhs)
            var degree: Int? = nil
            if let lhs, let rhs { degree = Swift.max(lhs, rhs) }
            if walker.structural { structural.insert(v) }
            if degree != 0 { degrees[v] = degree }
        }
        for v in ScalarDependence.hiddenCounts(claim, definitions).intersection(variables) {
            degrees[v] = .some(nil)
        }
        self.degrees = degrees
        self.numbersOnly = Set(degrees.keys).subtracting(structural)
    }

    /// The bounded degree of `v`, or `nil` when it is unbounded or beyond
    /// ``maximumDegree`` (0 when `v` is not used as a number).
    package func boundedDegree(_ v: String) -> Int? {
        guard let entry = degrees[v] else { return 0 }
        guard let degree = entry, degree <= ScalarDependence.maximumDegree else { return nil }
        return degree
    }

    /// Variables that size something: shapes, index ranges, dimension arguments.
    static func structuralUses(_ claim: ResolvedClaim) -> Set<String> {
        var used: Set<String> = []
        let shapes =
            Array(claim.symbolShapes.values) + Array(claim.definitionShapes.values)
            + [claim.lhsShape, claim.rhsShape]
        for s in shapes { used.formUnion(s.rows.variables.union(s.cols.variables)) }
        for range in claim.indexRanges.values { used.formUnion(range.variables) }
        return used
    }

    /// The degree of an expression in one variable, through definitions.
    struct Walker {
        let variable: String
        let definitions: [String: Expression]
        /// The variable sizes something inside an expression (`eye(n)`, `X^k`).
        var structural = false
        var depth = 0

        mutating func degree(_ e: Expression) -> Int? {
            depth += 1
            defer { depth -= 1 }
            if depth > 200 { return nil }
            switch e {
            case .number: return 0
            case .symbol(let name, _):
                if name == variable { return 1 }
                if let definition = definitions[name] { return degree(definition) }
                return 0
            case .negation(let x, _), .transpose(let x, _): return degree(x)
            case .binary(let op, let l, let r, _):
                let a = degree(l)
                let b = degree(r)
                guard let a, let b else { return nil }
                switch op {
                case .add, .subtract: return Swift.max(a, b)
                case .multiply, .hadamard, .kronecker: return a + b
                case .divide, .elementDivide: return b == 0 ? a : nil
                }
            case .power(let base, let exponent, _):
                return power(base, exponent)
            case .call(let function, let arguments, _):
                if function.takesDimensions {
                    if arguments.contains(where: { mentions($0) }) { structural = true }
                    return 0
                }
                if function == .pow, arguments.count == 2 {
                    return power(arguments[0], arguments[1])
                }
                var degrees: [Int] = []
                for a in arguments {
                    guard let d = degree(a) else { return nil }
                    degrees.append(d)
                }
                switch function {
                case .tr, .sum, .vec, .diag: return degrees.max() ?? 0
                case .kron: return degrees.reduce(0, +)
                default: return degrees.allSatisfy { $0 == 0 } ? 0 : nil
                }
            case .userFunction(_, _, let argument, _):
                return degree(argument) == 0 ? 0 : nil
            case .derivative(_, let f, _, _, _):
                return degree(f)
            case .entry(let base, let indices, _):
                if indices.contains(where: { mentions($0) }) { structural = true }
                return degree(base)
            case .indexSum(_, _, let body, _):
                return degree(body)
            case .matrix(let rows, _):
                var result = 0
                for x in rows.flatMap({ $0 }) {
                    guard let d = degree(x) else { return nil }
                    result = Swift.max(result, d)
                }
                return result
            }
        }

        /// `base^exponent`: a constant non-negative integer exponent
        /// multiplies the degree; an exponent affine in the variable is
        /// structure over a base that does not (`X^k`), unbounded otherwise
        /// (a non-linear exponent included).
        mutating func power(_ base: Expression, _ exponent: Expression) -> Int? {
            guard let b = degree(base) else { return nil }
            if case .number(let m, _) = exponent {
                if b == 0 { return 0 }
                guard m.isInteger, m.numerator >= 0, m.numerator <= 64 else { return nil }
                return b * m.numerator
            }
            guard let x = degree(exponent) else { return nil }
            if x == 0 { return b == 0 ? 0 : nil }
            // Only an affine exponent is structure: `X^k` or `det(X)^n` is a
            // recurrence in k, but `y^(k + (k-1)⋯(k-8))` equals `y^k` at k = 1…8
            // and at no larger k, like a polynomial of unbounded degree.
            // The base must not mention the variable either: `(y^k)^k = y^(k²)`.
            if x == 1 && b == 0 && !ScalarDependence.isConstant(base) && !mentions(base) {
                structural = true
                return 0
            }
            return nil
        }

        func mentions(_ e: Expression) -> Bool {
            var stack = [e]
            var seen = 0
            while let x = stack.popLast() {
                seen += 1
                if seen > 100_000 { return true }
                if case .symbol(let name, _) = x {
                    if name == variable { return true }
                    if let d = definitions[name] { stack.append(d) }
                }
                stack.append(contentsOf: x.children)
            }
            return false
        }
    }

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

    /// Whether an expression is a number (no symbol at all).
    static func isConstant(_ e: Expression) -> Bool {
        var stack = [e]
        while let x = stack.popLast() {
            if case .symbol = x { return false }
            if case .userFunction = x { return false }
            stack.append(contentsOf: x.children)
        }
        return true
    }
}
