/// Derivatives with respect to `vec(X)`, `X'`, `vec(X')` and the
/// independent entries of a symmetric `S`, rewritten in terms of `X`
/// (for `X` of shape `m × n`, `vec(Xᵀ) = comm(m, n) vec X`):
///
/// - `grad(f, vec(X)) = vec(grad(f, X))`; `jac` and `hess` are unchanged;
/// - `grad(f, X') = grad(f, X)'`, `jac(F, X') = jac(F, X)·comm(n, m)`,
///   `hess(f, X') = comm(m, n)·hess(f, X)·comm(n, m)`; `vec(X')` likewise,
///   with `grad(f, vec(X')) = vec(grad(f, X)')`;
/// - `grad_entries(f, S) = 2·grad(f, S) − grad(f, S) ⊙ I`.
extension ShapeInference {
    func claimWithPlainVariables(_ shapes: [String: SymbolicShape]) -> Claim {
        claim.rewritten { plainVariables($0, shapes) }
    }

    func plainVariables(_ e: Expression, _ shapes: [String: SymbolicShape]) -> Expression? {
        guard case .derivative(let op, let f, _, let variableRange, let r) = e,
            let form = reparametrised[r],
            let shape = shapes[form.name]
        else { return nil }
        let inner = f.rewritten { plainVariables($0, shapes) }
        let d = Expression.derivative(
            op, inner, variable: form.name, variableRange: variableRange, r)
        let m = ShapeInference.expression(shape.rows, r)
        let n = ShapeInference.expression(shape.cols, r)
        let forward = Expression.call(.comm, [n, m], r)
        let backward = Expression.call(.comm, [m, n], r)
        switch (form.form, op) {
        case (.plain, _): return d
        case (.vectorised, .gradient): return .call(.vec, [d], r)
        case (.vectorised, _): return d
        case (.transposed, .gradient): return .transpose(d, r)
        case (.vectorisedTranspose, .gradient): return .call(.vec, [.transpose(d, r)], r)
        case (.transposed, .jacobian), (.vectorisedTranspose, .jacobian):
            return .binary(.multiply, d, forward, r)
        case (.transposed, .hessian), (.vectorisedTranspose, .hessian):
            return .binary(.multiply, .binary(.multiply, backward, d, r), forward, r)
        case (.independentEntries, _):
            let two = Expression.number(ExactNumber(2)!, r)
            return .binary(
                .subtract, .binary(.multiply, two, d, r),
                .binary(.hadamard, d, .call(.eye, [m], r), r), r)
        }
    }
}
