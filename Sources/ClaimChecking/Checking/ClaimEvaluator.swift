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
    var definitionValues: [String: Matrix<S>] = [:]
    /// Values of entry bases that use no index (`grad(C, W)` in
    /// `grad(C, W)[j,k]`): computed once, not once per index value.
    var indexFreeValues: [Expression: Matrix<S>] = [:]
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
}
