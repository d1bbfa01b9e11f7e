import SymbolicAlgebra
import ClaimLanguage
/// Derivatives in index form, numerator layout.
///
/// `∂X[i,j]/∂X[k,l] = δ[i,k] δ[j,l]`, with the product rule over a term's
/// groups and, inside a group, ``Symbolic``'s exact chain rule for
/// elementwise atoms (`σ' = σ(1 − σ)`, `log' = 1/u`, `f⁽ᵏ⁾' = f⁽ᵏ⁺¹⁾`, …).
/// Opaque quantities carry their rules:
/// - `u[T]` (an opaque argument): `∂u[T]/∂X[K]` from `u`'s own index form,
/// - `∂inv(A)[i,j]/∂X[K] = −Σ_{a,b} inv(A)[i,a] (∂A[a,b]/∂X[K]) inv(A)[b,j]`,
/// - `∂det(A)/∂X[K] = Σ_{a,b} det(A) inv(A)[b,a] ∂A[a,b]/∂X[K]`.
///
/// `jac(F, X)` has rows `vec F` and columns `vec X`; `grad(f, X)` is shaped
/// like `X`; `hess(f, X) = jac(grad(f, X), X)`.
extension IndexTranslator {
    package func derivative(
        _ op: DerivativeOperator, of f: IndexedTensor, withRespectTo variable: String
    ) throws -> IndexedTensor {
        if claim.symmetricSymbols.contains(variable) {
            throw IndexNotationFailure(
                """
                    derivatives with respect to the symmetric matrix '\(variable)' have no index \
                    form here
                    """
            )
        }
        let (rowDimensions, colDimensions) = try symbolDimensions(variable)
        let kRows = fresh(rowDimensions), kCols = fresh(colDimensions)
        let first = try differentiate(f.simplified(), withRespectTo: variable, at: kRows + kCols)
        switch op {
        case .jacobian:
            return IndexedTensor(rows: f.rows + f.cols, cols: kRows + kCols, terms: first)
        case .gradient, .hessian:
            guard f.isScalar else { throw IndexNotationFailure("\(op.rawValue) of a non-scalar") }
            let gradient = IndexedTensor(rows: kRows, cols: kCols, terms: first)
            if op == .gradient { return gradient }
            let lRows = fresh(rowDimensions), lCols = fresh(colDimensions)
            let second = try differentiate(gradient, withRespectTo: variable, at: lRows + lCols)
            return IndexedTensor(rows: kRows + kCols, cols: lRows + lCols, terms: second)
        }
    }

    /// The terms of `∂t/∂X[K]`: free indices those of `t` and `K`.
    package func differentiate(
        _ t: IndexedTensor, withRespectTo variable: String, at k: [TensorIndex]
    ) throws -> [IndexMonomial] {
        var result: [IndexMonomial] = []
        for term in t.terms {
            // The index-free factor is group −1, the others by position.
            for position in -1..<term.groups.count {
                let value = position < 0 ? term.scalar : term.groups[position].value
                let indices = position < 0 ? [] : term.groups[position].indices
                for v in value.variables
                where symbolsMentioned(byVariable: v.name).contains(variable) {
                    let outer = value.derivative(withRespectTo: v)
                    if outer.isExactlyZero { continue }
                    if outer.isUndefined {
                        throw IndexNotationFailure("a derivative is undefined (\(outer))")
                    }
                    var rest = term
                    if position < 0 {
                        rest.scalar = outer
                    } else {
                        rest.groups[position].value = outer
                    }
                    let inner = try indexDerivative(
                        of: v.name, at: indices, withRespectTo: variable, at: k)
                    result += try products([rest], inner)
                    guard result.count <= termBudget else {
                        throw IndexNotationFailure("a derivative has more than \(termBudget) terms")
                    }
                }
            }
        }
        return result
    }

    /// `∂v[T]/∂X[K]` for one pointwise variable.
    package func indexDerivative(
        of name: String, at t: [TensorIndex], withRespectTo variable: String,
        at k: [TensorIndex]
    ) throws -> [IndexMonomial] {
        switch pointwise[name] {
        case .scalarSymbol(let symbol):
            // Index-free, wherever it sits.
            return symbol == variable ? [IndexMonomial(scalar: .one)] : []
        case .symbol(let symbol, _):
            guard symbol == variable else { return [] }
            guard t.dimensions == k.dimensions else {
                throw IndexNotationFailure(
                    "the indices of \(symbol) do not line up with the variable's")
            }
            let deltas = zip(t, k).map { KroneckerDelta(first: $0, second: $1) }
            return [IndexMonomial(scalar: .one, bound: [], groups: [], deltas: deltas)]
        case .dimension, nil:
            return []
        case .value(let u):
            let instance = instantiate(u, free: u.free.isEmpty ? [] : t)
            return try differentiate(instance, withRespectTo: variable, at: k)
        case .inverse(let a, _):
            // −inv[T_r, a] ∂A[a,b] inv[b, T_c]
            let rowsT = Array(t.prefix(a.rows.count)), colsT = Array(t.dropFirst(a.rows.count))
            let aRows = fresh(a.rows.dimensions), aCols = fresh(a.cols.dimensions)
            let dA = try differentiate(
                instantiate(a, free: aRows + aCols), withRespectTo: variable, at: k)
            let groups = [
                IndexGroup(indices: rowsT + aRows, value: Symbolic(Variable(name))),
                IndexGroup(indices: aCols + colsT, value: Symbolic(Variable(name))),
            ]
            let factor = IndexMonomial(
                scalar: Symbolic(-1), bound: aRows + aCols, groups: groups, deltas: [])
            return try products([factor], dA)
        case .determinant(let a, let inverseName):
            // det(A) inv[b, a] ∂A[a,b]
            let aRows = fresh(a.rows.dimensions), aCols = fresh(a.cols.dimensions)
            let dA = try differentiate(
                instantiate(a, free: aRows + aCols), withRespectTo: variable, at: k)
            let groups = [
                IndexGroup(indices: aCols + aRows, value: Symbolic(Variable(inverseName)))
            ]
            let factor = IndexMonomial(
                scalar: Symbolic(Variable(name)), bound: aRows + aCols, groups: groups, deltas: [])
            return try products([factor], dA)
        }
    }
}
