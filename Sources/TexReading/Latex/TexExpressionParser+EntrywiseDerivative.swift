import ClaimLanguage

extension TexExpressionParser {
    /// `\frac{\partial F}{\partial t}` of an `m × n` matrix `F` (`n ≠ 1`) by a scalar `t`:
    /// the matrix of the entries' derivatives, shaped like `F` (in either layout). The claim
    /// language's `jac(F, t)` is the column `vec(∂F/∂t)`; it is reshaped by
    /// `unvec(v) = (vec(I_n)ᵀ ⊗ I_m)(I_n ⊗ v)`. `nil` when `t` is not a scalar or `F` is not
    /// such a matrix (its shape unknown, or a column).
    func entrywiseDerivative(
        _ jacobian: Expression, of f: Expression, by variable: Expression, _ r: SourceRange
    ) -> Expression? {
        guard let t = environment.shape(variable), t.rows == .fixed(1), t.cols == .fixed(1),
            let shape = environment.shape(f), shape.cols != .fixed(1)
        else { return nil }
        func size(_ d: Dimension) -> Expression {
            switch d {
            case .fixed(let k): return ExactNumber(k).map { .number($0, r) } ?? .symbol("?", r)
            case .variable(let name): return .symbol(name, r)
            }
        }
        let (m, n) = (size(shape.rows), size(shape.cols))
        let selector = Expression.binary(
            .kronecker, .transpose(.call(.vec, [.call(.eye, [n], r)], r), r),
            .call(.eye, [m], r), r)
        let blocks = Expression.binary(.kronecker, .call(.eye, [n], r), jacobian, r)
        return .binary(.multiply, selector, blocks, r)
    }
}
