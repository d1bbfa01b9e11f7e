import MatrixNumerics
extension Matrix where Scalar == Symbolic {
    /// A fully symbolic `rows × cols` matrix whose entry `(i, j)` is the
    /// variable `name[i+1,j+1]` (1-based, printed `A_{ij}` in LaTeX).
    /// - Throws: ``MatrixError`` for a negative dimension.
    public static func symbols(named name: String, rows: Int, cols: Int) throws -> Matrix<Symbolic>
    {
        try Matrix(rows: rows, cols: cols) { i, j in Symbolic(Variable(name, i + 1, j + 1)) }
    }

    /// A symbolic column vector `name[1], …, name[n]`.
    /// - Throws: ``MatrixError`` for a negative length.
    public static func symbols(named name: String, count: Int) throws -> Matrix<Symbolic> {
        try Matrix(rows: count, cols: 1) { i, _ in Symbolic(Variable(name, i + 1)) }
    }

    /// Entry-wise exact equality, each entry decided by cross-multiplication.
    public func isExactlyEqual(to other: Matrix<Symbolic>) -> Bool {
        rows == other.rows && cols == other.cols
            && zip(entries, other.entries).allSatisfy { $0 == $1 }
    }
}

extension Matrix where Scalar == Symbolic {
    /// The variables of a matrix of single variables (e.g. from
    /// ``symbols(named:rows:cols:)``), in `vec` order.
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` naming
    ///   the first entry that is not a single variable.
    public func variables(operation: String = "variables") throws -> [Variable] {
        try entries.enumerated().map { index, entry in
            guard let v = entry.asVariable else {
                throw MatrixError.invalidShape(
                    operation: operation, shape: shape,
                    reason: "entry \(index + 1) in vec order (\(entry)) is not a single variable")
            }
            return v
        }
    }

    /// The Jacobian `∂vec F/∂(vec X)ᵀ` of `self = F` with respect to the
    /// variable matrix `X`, in numerator layout: shape `|F| × |X|`, entry
    /// `(i, j)` is `∂(vec F)ᵢ/∂(vec X)ⱼ`.
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` when an
    ///   entry of `X` is not a single variable.
    public func jacobian(withRespectTo X: Matrix<Symbolic>) throws -> Matrix<Symbolic> {
        let variables = try X.variables(operation: "jacobian")
        let f = entries
        return try Matrix(rows: f.count, cols: variables.count) { i, j in
            f[i].derivative(withRespectTo: variables[j])
        }
    }

    /// Every entry differentiated with respect to one variable (same shape).
    public func derivative(withRespectTo variable: Variable) -> Matrix<Symbolic> {
        map { $0.derivative(withRespectTo: variable) }
    }

    /// Every entry with variables replaced (see ``Symbolic/substituting(_:)``).
    public func substituting(_ replacements: [Variable: Symbolic]) -> Matrix<Symbolic> {
        map { $0.substituting(replacements) }
    }

    /// The entries evaluated in `Double`, or `nil` when any is undefined
    /// there (see ``Symbolic/evaluate(at:functions:)``).
    public func evaluate(
        at point: [Variable: Double], functions: Symbolic.FunctionValues? = nil
    ) -> Matrix<Double>? {
        var values: [Double] = []
        values.reserveCapacity(count)
        for entry in entries {
            guard let v = entry.evaluate(at: point, functions: functions) else { return nil }
            values.append(v)
        }
        return try? Matrix<Double>(rows: rows, cols: cols, storage: values)
    }
}

extension Symbolic {
    /// The variable this value is (coefficient 1, exponent 1), if any.
    public var asVariable: Variable? {
        guard undefinedReason == nil, denominator.isOne, numerator.terms.count == 1 else {
            return nil
        }
        let t = numerator.terms[0]
        guard t.coefficient.isOne, t.monomial.factors.count == 1,
            Monomial.exponentOf(t.monomial.factors[0]) == 1,
            case .variable(let v) = IndeterminateTable.shared.indeterminate(
                Monomial.indeterminateOf(t.monomial.factors[0]))
        else { return nil }
        return v
    }
}
