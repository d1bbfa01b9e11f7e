import MatrixNumerics
import ClaimLanguage
/// Evaluates a resolved claim's expressions over any ``ClaimScalar`` at one
/// assignment of the dimension variables and one value per symbol.
///
/// `let` definitions are evaluated once, in order, before the expressions
/// that use them, so evaluation recursion is bounded by the parser's depth
/// limit. Derivative operators call ``ClaimScalar/jacobian(of:withRespectTo:in:)``.
public final class ClaimEvaluator<S: ClaimScalar> {
    /// The claim.
    public let claim: ResolvedClaim
    /// The dimension variables' values.
    public let assignment: [String: Int]
    /// The value of every symbol.
    public let values: [String: Matrix<S>]
    /// The largest ``ClaimScalar/complexity`` allowed in a result (symbolic budget).
    public let complexityBudget: Int
    /// A monotonic time (``ClaimChecker``'s clock) after which evaluation
    /// stops with ``EvaluationFailure/budgetExceeded(_:)`` (the time budget).
    public var deadline: Double = .infinity
    /// The values (1-based) of the indices currently free or bound by a sum.
    public var indexValues: [String: Int] = [:]
    private var definitionValues: [String: Matrix<S>] = [:]
    package let definitionIndex: [String: Int]

    /// An evaluator for `claim` with the given dimension values and symbol values.
    public init(
        claim: ResolvedClaim, assignment: [String: Int], values: [String: Matrix<S>],
        complexityBudget: Int = .max
    ) {
        self.claim = claim
        self.assignment = assignment
        self.values = values
        self.complexityBudget = complexityBudget
        var index: [String: Int] = [:]
        for (i, d) in claim.claim.definitions.enumerated() { index[d.name] = i }
        self.definitionIndex = index
    }

    /// Both sides of the claim.
    ///
    /// With free indices, each side is the column of its values at every
    /// value of the indices, the first free index varying fastest.
    public func evaluateSides() throws -> (lhs: Matrix<S>, rhs: Matrix<S>) {
        let free = claim.freeIndices
        guard !free.isEmpty else {
            return (try evaluate(claim.claim.lhs), try evaluate(claim.claim.rhs))
        }
        // The definitions each side needs, found once for every index value.
        let (lhsNeeds, rhsNeeds) = (
            neededDefinitions(for: claim.claim.lhs), neededDefinitions(for: claim.claim.rhs)
        )
        var bounds: [Int] = []
        var count = 1
        for index in free {
            guard let bound = claim.indexBound(of: index, at: assignment), bound >= 1 else {
                throw EvaluationFailure.invalidShape(
                    "the index '\(index)' has no positive range here")
            }
            let (product, overflow) = count.multipliedReportingOverflow(by: bound)
            if overflow || product > ClaimEvaluator.maximumEntries {
                throw EvaluationFailure.invalidShape("the free indices have too many values")
            }
            bounds.append(bound)
            count = product
        }
        var left: [S] = [], right: [S] = []
        left.reserveCapacity(count)
        right.reserveCapacity(count)
        var values = [Int](repeating: 1, count: free.count)
        for _ in 0..<count {
            for (index, value) in zip(free, values) { indexValues[index] = value }
            left.append(
                try scalar(try evaluate(claim.claim.lhs, needing: lhsNeeds), "the left side"))
            right.append(
                try scalar(try evaluate(claim.claim.rhs, needing: rhsNeeds), "the right side"))
            for k in values.indices {
                if values[k] < bounds[k] { values[k] += 1; break }
                values[k] = 1
            }
        }
        for index in free { indexValues[index] = nil }
        return (Matrix(column: left), Matrix(column: right))
    }

    func scalar(_ m: Matrix<S>, _ what: String) throws -> S {
        guard m.count == 1 else {
            throw EvaluationFailure.internalError(
                "\(what) is \(m.shape), not a scalar, at an index value")
        }
        return m.entries[0]
    }

    /// The 1-based value of an index expression (a literal or an index name).
    func indexValue(_ e: Expression) throws -> Int {
        switch e {
        case .number(let v, _) where v.isInteger:
            return v.numerator
        case .symbol(let name, _):
            guard let v = indexValues[name] else {
                throw EvaluationFailure.internalError("no value for the index '\(name)'")
            }
            return v
        default:
            throw EvaluationFailure.internalError("not an index")
        }
    }

    /// Values of entry bases that use no index (`grad(C, W)` in
    /// `grad(C, W)[j,k]`): computed once, not once per index value.
    private var indexFreeValues: [Expression: Matrix<S>] = [:]

    /// `base[i]` or `base[i, j]`, 1-based.
    func entry(_ base: Expression, _ indices: [Expression]) throws -> Matrix<S> {
        let x: Matrix<S>
        if let cached = indexFreeValues[base] {
            // Only bases that use no index are cached.
            x = cached
        } else {
            let indexFree =
                !NumericCheck.mentionsIndex(base)
                && !ClaimEvaluator.referencedNames(base)
                    .contains { claim.indexBound(of: $0, at: assignment) != nil }
            x = try value(base)
            if indexFree { indexFreeValues[base] = x }
        }
        let values = try indices.map { try indexValue($0) }
        let (i, j): (Int, Int)
        if values.count == 2 {
            (i, j) = (values[0], values[1])
        } else if x.cols == 1 {
            (i, j) = (values[0], 1)
        } else {
            (i, j) = (1, values[0])
        }
        guard i >= 1, i <= x.rows, j >= 1, j <= x.cols else {
            throw EvaluationFailure.invalidShape(
                "entry (\(i), \(j)) is outside the \(x.rows)×\(x.cols) matrix")
        }
        return scalarMatrix(x[i - 1, j - 1])
    }

    /// `sum(k, body)`: the body summed over `k = 1…n`.
    func indexSum(_ index: String, _ body: Expression) throws -> Matrix<S> {
        guard let bound = claim.indexBound(of: index, at: assignment), bound >= 1 else {
            throw EvaluationFailure.invalidShape("the index '\(index)' has no positive range here")
        }
        let saved = indexValues[index]
        defer { indexValues[index] = saved }
        indexValues[index] = 1
        var total = try value(body)
        for k in stride(from: 2, through: bound, by: 1) {
            indexValues[index] = k
            let term = try value(body)
            try guardSwell(.add, total, term)
            total = try checked(try binary(.add, total, term), "a sum over \(index)")
        }
        return total
    }

    /// The value of `expression`.
    /// - Throws: ``EvaluationFailure``.
    public func evaluate(_ expression: Expression) throws -> Matrix<S> {
        try prepareDefinitions(for: expression)
        return try value(expression)
    }

    /// The value of `expression`, given the indices of the definitions it
    /// needs (``neededDefinitions(for:)``, computed once for many evaluators
    /// of the same claim, as in a finite-difference or forward-mode loop).
    package func evaluate(_ expression: Expression, needing needed: [Int]) throws -> Matrix<S> {
        try prepareDefinitions(needed)
        return try value(expression)
    }

    /// Evaluates, in order, the definitions `expression` needs (transitively).
    package func prepareDefinitions(for expression: Expression) throws {
        try prepareDefinitions(neededDefinitions(for: expression))
    }

    /// The indices, in order, of the `let` definitions `expression` uses,
    /// directly or through other definitions. Depends only on the claim.
    package func neededDefinitions(for expression: Expression) -> [Int] {
        let definitions = claim.claim.definitions
        guard !definitions.isEmpty else { return [] }
        var needed = Set<Int>()
        var names = ClaimEvaluator.referencedNames(expression)
        for i in stride(from: definitions.count - 1, through: 0, by: -1)
        where names.contains(definitions[i].name) {
            needed.insert(i)
            names.formUnion(ClaimEvaluator.referencedNames(definitions[i].expression))
        }
        return needed.sorted()
    }

    /// Evaluates the definitions at `needed` (ascending), unless known.
    func prepareDefinitions(_ needed: [Int]) throws {
        let definitions = claim.claim.definitions
        for i in needed
        where definitionValues[definitions[i].name] == nil && values[definitions[i].name] == nil {
            definitionValues[definitions[i].name] = try value(definitions[i].expression)
        }
    }

    /// Every symbol name an expression mentions (iteratively, no recursion).
    package static func referencedNames(_ expression: Expression) -> Set<String> {
        var names = Set<String>()
        var stack = [expression]
        while let e = stack.popLast() {
            switch e {
            case .symbol(let name, _): names.insert(name)
            case .derivative(_, _, let variable, _, _): names.insert(variable)
            default: break
            }
            stack.append(contentsOf: e.children)
        }
        return names
    }

    package func checked(_ m: Matrix<S>, _ what: @autoclosure () -> String) throws -> Matrix<S> {
        // An undefined entry (overflow, NaN, division by an exact zero) makes
        // the whole point undefined: it must not flow into, e.g., a
        // determinant that would read it as a zero pivot.
        if m.entries.contains(where: \.isUndefined) {
            throw EvaluationFailure.undefined("\(what()) is not finite or divides by zero")
        }
        if complexityBudget < .max {
            for entry in m.entries where entry.complexity > complexityBudget {
                throw EvaluationFailure.budgetExceeded(
                    """
                        an entry of \(what()) has \(entry.complexity) terms (budget \
                        \(complexityBudget))
                        """
                )
            }
        }
        return m
    }

    package func matrixOperation<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as MatrixError {
            if case .singular = error { throw EvaluationFailure.undefined("\(error)") }
            throw EvaluationFailure.internalError("\(error)")
        }
    }

    package func scalarMatrix(_ s: S) -> Matrix<S> { Matrix(column: [s]) }

    /// The value of a derivative's variable: a symbol, or a `let`-defined
    /// name (evaluated from its definition unless overridden).
    public func variableValue(_ name: String) throws -> Matrix<S> {
        if let v = values[name] { return v }
        guard definitionIndex[name] != nil else {
            throw EvaluationFailure.internalError("no value for '\(name)'")
        }
        return try evaluate(.symbol(name, SourceRange(0, 0)))
    }

    /// Refuses, before computing it, an exact operation whose entries would
    /// swell past the budget: multiplying or adding rational functions
    /// multiplies their sizes (no gcd is taken), so the estimate is the
    /// product of the operands' largest entry sizes (times the inner
    /// dimension for a matrix product).
    package func guardSwell(_ op: BinaryOperator, _ x: Matrix<S>, _ y: Matrix<S>) throws {
        guard complexityBudget < .max else { return }
        let cx = x.entries.map(\.complexity).max() ?? 0, cy = y.entries.map(\.complexity).max() ?? 0
        let inner = op == .multiply && x.count > 1 && y.count > 1 ? x.cols : 1
        let (product, o1) = cx.multipliedReportingOverflow(by: cy)
        let (estimate, o2) = product.multipliedReportingOverflow(by: inner)
        if o1 || o2 || estimate > 4 * complexityBudget {
            throw EvaluationFailure.budgetExceeded(
                """
                    '\(op.rawValue)' of entries with \(cx) and \(cy) terms would exceed the budget \
                    of \(complexityBudget) terms
                    """
            )
        }
    }

    /// `det A` by Laplace expansion along the first row (n ≤ 4): for
    /// polynomial entries the result stays a polynomial.
    package static func cofactorDeterminant(_ a: Matrix<S>) throws -> S {
        let n = a.rows
        if n == 0 { return .one }
        if n == 1 { return a[0, 0] }
        if n == 2 { return a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0] }
        var total = S.zero
        for j in 0..<n where !a[0, j].isZero {
            let minor = try ClaimEvaluator.minor(a, 0, j)
            let term = try a[0, j] * cofactorDeterminant(minor)
            total = j % 2 == 0 ? total + term : total - term
        }
        return total
    }

    package static func minor(_ a: Matrix<S>, _ row: Int, _ col: Int) throws -> Matrix<S> {
        let n = a.rows
        var storage: [S] = []
        storage.reserveCapacity((n - 1) * (n - 1))
        for j in 0..<n where j != col { for i in 0..<n where i != row { storage.append(a[i, j]) } }
        return try Matrix(column: storage).unvec(rows: n - 1, cols: n - 1)
    }

    /// `A⁻¹ = adj(A)/det A` (n ≤ 4): every entry has the one denominator `det A`.
    package static func adjugateInverse(_ a: Matrix<S>) throws -> Matrix<S> {
        let d = try cofactorDeterminant(a)
        if d.isZero { throw EvaluationFailure.undefined("inverse: \(a.shape): matrix is singular") }
        let n = a.rows
        if n == 1 { return Matrix(column: [S.one / d]) }
        return try Matrix(rows: n, cols: n) { i, j in
            // (A⁻¹)[i, j] = (−1)^(i+j) M[j, i] / det A
            let c = try cofactorDeterminant(minor(a, j, i))
            return ((i + j) % 2 == 0 ? c : -c) / d
        }
    }

    /// Exact elimination on 3×3 and larger matrices whose entries are
    /// already sums or quotients swells (no gcd is taken): beyond `limit`
    /// terms per entry the symbolic budget is exceeded up front.
    package func guardElimination(_ x: Matrix<S>, _ what: String, limit: Int) throws {
        guard complexityBudget < .max, x.rows >= 3 else { return }
        let worst = x.entries.map(\.complexity).max() ?? 0
        if worst > limit {
            throw EvaluationFailure.budgetExceeded(
                "\(what) of a \(x.rows)×\(x.cols) matrix whose entries have up to \(worst) terms")
        }
    }

    package func integer(_ e: Expression) throws -> Int {
        switch e {
        case .number(let v, _):
            guard v.isInteger else { throw EvaluationFailure.internalError("non-integer \(v)") }
            return v.numerator
        case .symbol(let name, _):
            guard let v = assignment[name] else {
                throw EvaluationFailure.internalError("no value for dimension '\(name)'")
            }
            return v
        case .negation(let inner, _):
            let v = try integer(inner)
            guard v != Int.min else { throw EvaluationFailure.undefined("integer overflow") }
            return -v
        case .binary(let op, let a, let b, _):
            let x = try integer(a), y = try integer(b)
            let (r, o): (Int, Bool)
            switch op {
            case .add: (r, o) = x.addingReportingOverflow(y)
            case .subtract: (r, o) = x.subtractingReportingOverflow(y)
            case .multiply: (r, o) = x.multipliedReportingOverflow(by: y)
            default:
                throw EvaluationFailure.internalError(
                    "operator \(op.rawValue) in an integer expression")
            }
            if o { throw EvaluationFailure.undefined("integer overflow") }
            return r
        case .power(let a, let b, _):
            // Right-associative, as parsed: `2^3^2 = 2^(3^2)`.
            let x = try integer(a), k = try integer(b)
            guard k >= 0 else {
                throw EvaluationFailure.undefined("negative exponent \(k) in an integer expression")
            }
            if x == 0 || x == 1 { return k == 0 ? 1 : x }
            if x == -1 { return k % 2 == 0 ? 1 : -1 }
            guard k < 64 else { throw EvaluationFailure.undefined("integer overflow") }
            var r = 1
            for _ in 0..<k {
                let (p, o) = r.multipliedReportingOverflow(by: x)
                if o { throw EvaluationFailure.undefined("integer overflow") }
                r = p
            }
            return r
        default:
            throw EvaluationFailure.internalError("not an integer expression")
        }
    }

    package func dimension(_ e: Expression, _ function: String) throws -> Int {
        let d = try integer(e)
        guard d >= 1 else {
            throw EvaluationFailure.invalidShape("\(function): dimension \(d) is not positive")
        }
        guard d <= 100_000 else {
            throw EvaluationFailure.invalidShape("\(function): dimension \(d) is too large")
        }
        return d
    }

    package func value(_ e: Expression) throws -> Matrix<S> {
        if deadline < .infinity && MonotonicClock.seconds() > deadline {
            throw EvaluationFailure.budgetExceeded("time budget exceeded")
        }
        switch e {
        case .entry(let base, let indices, _):
            return try entry(base, indices)
        case .indexSum(let index, _, let body, _):
            return try indexSum(index, body)
        case .matrix(let rows, _):
            return try checked(try matrixLiteral(rows), "a matrix written out")
        case .number(let v, _):
            return scalarMatrix(S.exactNumber(v))
        case .symbol(let name, _):
            if let v = values[name] { return v }
            if let v = definitionValues[name] { return v }
            if let d = assignment[name] { return scalarMatrix(S(d)) }
            if let i = definitionIndex[name] {
                let v = try value(claim.claim.definitions[i].expression)
                definitionValues[name] = v
                return v
            }
            throw EvaluationFailure.internalError("no value for '\(name)'")
        case .negation(let inner, _):
            return -(try value(inner))
        case .transpose(let inner, _):
            return try value(inner).transposed
        case .binary(let op, let a, let b, _):
            let x = try value(a), y = try value(b)
            try guardSwell(op, x, y)
            return try checked(try binary(op, x, y), op.rawValue)
        case .power(let base, let exponent, _):
            let k = try integer(exponent)
            // (-k cannot overflow: `power` rejects |k| > 4096 either way.)
            if S.isExact && k < 0 && k >= -4096 {
                return try checked(try power(try inverse(base), -k), "a power")
            }
            return try checked(try power(try value(base), k), "a power")
        case .call(let function, let arguments, _):
            return try checked(try call(function, arguments), function.rawValue)
        case .userFunction(let name, let order, let argument, _):
            let x = try value(argument)
            let index = claim.functions.keys.sorted().firstIndex(of: name) ?? 0
            let f = UserFunction(
                name: name, vanishingOrder: claim.functions[name] ?? nil, index: index)
            return try checked(x.map { S.userFunction(f, order: order, $0) }, name)
        case .derivative(let op, let f, let variable, let variableRange, let range):
            let x = try variableValue(variable)
            switch op {
            case .jacobian:
                return try checked(try S.jacobian(of: f, withRespectTo: variable, in: self), "jac")
            case .gradient:
                let j = try S.jacobian(of: f, withRespectTo: variable, in: self)
                let g = try matrixOperation { try j.transposed.unvec(rows: x.rows, cols: x.cols) }
                return try checked(
                    claim.symmetricSymbols.contains(variable) ? symmetricGradient(g) : g, "grad")
            case .hessian:
                let gradient = Expression.derivative(
                    .gradient, f, variable: variable, variableRange: variableRange, range)
                return try checked(
                    try S.jacobian(of: gradient, withRespectTo: variable, in: self), "hess")
            }
        }
    }

    /// The gradient on the symmetric matrices (Frobenius inner product) from
    /// the total derivatives `T[i,j] = ∂f/∂s_ij` with respect to the
    /// independent entries: `T[i,i]` on the diagonal, `T[i,j]/2` off it — the
    /// symmetric part `(G + Gᵀ)/2` of the unconstrained gradient `G`.
    func symmetricGradient(_ t: Matrix<S>) -> Matrix<S> {
        var g = t
        let half = S.exactNumber(ExactNumber(1, 2)!)
        for j in 0..<t.cols { for i in 0..<t.rows where i != j { g[i, j] = t[i, j] * half } }
        return g
    }

    /// The largest matrix the evaluator builds (entries).
    public static var maximumEntries: Int { 4_000_000 }

    package func requireSize(_ rows: Int, _ cols: Int, _ what: String) throws {
        let (count, overflow) = rows.multipliedReportingOverflow(by: cols)
        if overflow || count > ClaimEvaluator.maximumEntries {
            throw EvaluationFailure.invalidShape(
                """
                    \(what) would have \(rows)×\(cols) entries (limit \
                    \(ClaimEvaluator.maximumEntries))
                    """
            )
        }
    }

    package func binary(_ op: BinaryOperator, _ x: Matrix<S>, _ y: Matrix<S>) throws -> Matrix<S> {
        let xScalar = x.rows == 1 && x.cols == 1, yScalar = y.rows == 1 && y.cols == 1
        if op == .kronecker {
            let (r, o1) = x.rows.multipliedReportingOverflow(by: y.rows)
            let (c, o2) = x.cols.multipliedReportingOverflow(by: y.cols)
            if o1 || o2 { throw EvaluationFailure.invalidShape("Kronecker product too large") }
            try requireSize(r, c, "a Kronecker product")
        }
        if op == .multiply && !xScalar && !yScalar {
            try requireSize(x.rows, y.cols, "a matrix product")
        }
        return try matrixOperation {
            switch op {
            case .add:
                if xScalar && !yScalar { return y.map { x[0, 0] + $0 } }
                if yScalar && !xScalar { return x.map { $0 + y[0, 0] } }
                return try x + y
            case .subtract:
                if xScalar && !yScalar { return y.map { x[0, 0] - $0 } }
                if yScalar && !xScalar { return x.map { $0 - y[0, 0] } }
                return try x - y
            case .multiply:
                if xScalar { return x[0, 0] * y }
                if yScalar { return x * y[0, 0] }
                return try x * y
            case .hadamard:
                if xScalar { return x[0, 0] * y }
                if yScalar { return x * y[0, 0] }
                return try x.hadamard(y)
            case .elementDivide:
                if xScalar && !yScalar { return y.map { x[0, 0] / $0 } }
                if yScalar { return x / y[0, 0] }
                return try x.hadamardDivision(y)
            case .divide:
                return x / y[0, 0]
            case .kronecker:
                return try x.kroneckerProduct(y)
            }
        }
    }

    package func power(_ base: Matrix<S>, _ k: Int) throws -> Matrix<S> {
        guard k >= -4096 && k <= 4096 else {
            throw EvaluationFailure.undefined("exponent \(k) is too large")
        }
        if let result = try powerOverCommonDenominator(base, k) { return result }
        let terms = Swift.max(1, (base.entries.map(\.complexity).max() ?? 1) - 1)
        try requirePowerEstimate(termsPerEntry: terms, size: base.rows, k)
        if base.rows == 1 && base.cols == 1 {
            if k < 0 && base[0, 0].isZero {
                throw EvaluationFailure.undefined("zero raised to a negative power")
            }
            return scalarMatrix(base[0, 0].power(k))
        }
        return try matrixOperation {
            var b = k < 0 ? try inverse(ofValue: base) : base
            var result = try Matrix<S>.identity(base.rows)
            var e = Swift.abs(k)
            while e > 0 {
                if e & 1 == 1 { result = try result * b }
                e >>= 1
                if e > 0 { b = try b * b }
            }
            return result
        }
    }

    package func call(_ function: BuiltinFunction, _ arguments: [Expression]) throws -> Matrix<S> {
        switch function {
        case .eye:
            let n = try dimension(arguments[0], "eye")
            try requireSize(n, n, "eye(\(n))")
            return try matrixOperation { try Matrix<S>.identity(n) }
        case .comm:
            return try commutation(
                try dimension(arguments[0], "comm"), try dimension(arguments[1], "comm"))
        case .ones, .zeros:
            let r = try dimension(arguments[0], function.rawValue)
            let c = arguments.count > 1 ? try dimension(arguments[1], function.rawValue) : 1
            try requireSize(r, c, "\(function.rawValue)(\(r), \(c))")
            return try matrixOperation {
                function == .ones ? try Matrix<S>.ones(r, c) : try Matrix<S>.zeros(r, c)
            }
        default:
            break
        }
        if function == .det { return scalarMatrix(try determinant(arguments[0])) }
        if function == .inv { return try inverse(arguments[0]) }
        let x = try value(arguments[0])
        switch function {
        case .vec: return x.vec
        case .diag: return try matrixOperation { try x.diag() }
        case .tr: return scalarMatrix(try matrixOperation { try x.trace() })
        case .sum: return scalarMatrix(x.sum)
        case .det: return scalarMatrix(try determinant(ofValue: x))
        case .inv: return try inverse(ofValue: x)
        case .kron:
            let y = try value(arguments[1])
            return try binary(.kronecker, x, y)
        case .sigmoid: return x.map { S.sigmoid($0) }
        case .tanh: return x.map { S.tanh($0) }
        case .exp: return x.map { S.exp($0) }
        case .log: return x.map { S.log($0) }
        case .softplus: return x.map { S.softplus($0) }
        case .relu: return x.map { S.relu($0) }
        case .step: return x.map { S.step($0) }
        case .abs, .sqrt, .sin, .cos, .pow, .norm, .adj:
            return try cookbookFunction(function, x, arguments)
        case .eye, .ones, .zeros, .comm: return x
        }
    }
}
