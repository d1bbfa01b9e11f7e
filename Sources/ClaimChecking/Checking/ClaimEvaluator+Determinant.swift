import ClaimLanguage
import MatrixNumerics

extension ClaimEvaluator {
    /// `det` of an expression. In exact arithmetic the multiplicative rules
    /// apply before anything is multiplied out:
    ///
    /// - `det(Mᵏ) = det(M)ᵏ` for an integer `k` (a symbol's value included),
    /// - `det(M⁻¹) = 1 / det(M)`,
    /// - `det(Mᵀ) = det(M)`.
    ///
    /// Each holds wherever its left side is defined, and both sides are
    /// undefined at the same points (`Mᵏ` with `k < 0` and `M⁻¹` need
    /// `det M ≠ 0`, as do `det(M)ᵏ` and `1 / det M`). The rules only keep the
    /// exact values small: `det(X⁻²)` of a symbolic 3×3 `X` is `1/det(X)²`,
    /// not a quotient of two expanded polynomials of degree 24 that the
    /// engine does not reduce (no gcd is taken). Floating-point evaluation
    /// expands the determinant as written, so the numeric check stays
    /// independent of these rules.
    package func determinant(_ e: Expression) throws -> S {
        if S.isExact {
            switch e {
            case .power(let base, let exponent, _):
                let k = try integer(exponent)
                return try power(scalarMatrix(try determinant(base)), k)[0, 0]
            case .call(.inv, let arguments, _) where arguments.count == 1:
                let d = try determinant(arguments[0])
                if d.isZero {
                    throw EvaluationFailure.undefined("inverse: the matrix is singular")
                }
                return S.one / d
            case .transpose(let inner, _):
                return try determinant(inner)
            default:
                break
            }
        }
        return try determinant(ofValue: try value(e))
    }

    /// `det` of a computed matrix: Laplace expansion in exact arithmetic up
    /// to 4×4, elimination otherwise.
    package func determinant(ofValue x: Matrix<S>) throws -> S {
        if x.entries.contains(where: \.isUndefined) {
            throw EvaluationFailure.undefined("det of a matrix with undefined entries")
        }
        if S.isExact && x.rows == x.cols && x.rows <= 4 {
            return try ClaimEvaluator.cofactorDeterminant(x)
        }
        try guardElimination(x, "det", limit: 4)
        let d = try matrixOperation { try x.determinant() }
        // `determinant()` returns an exact zero when elimination meets a
        // pivot that is zero to working precision; in floating point that
        // zero carries no error bound, so the point is treated as undefined.
        if !S.isExact && d.isZero && x.rows > 0 {
            throw EvaluationFailure.undefined("det: the matrix is singular to working precision")
        }
        return d
    }

    /// `inv` of an expression. In exact arithmetic the structural rules
    /// apply before anything is inverted:
    ///
    /// - `(A ⊗ B)⁻¹ = A⁻¹ ⊗ B⁻¹` for square `A` and `B`,
    /// - `(Mᵀ)⁻¹ = (M⁻¹)ᵀ`.
    ///
    /// Both sides are undefined at the same points (`A ⊗ B` is regular
    /// exactly when `A` and `B` are; a non-square factor gives a singular
    /// product and is left to the general path). The rules keep the exact
    /// inverse of a 9×9 Kronecker product to two 3×3 inverses; floating-point
    /// evaluation inverts the matrix as written.
    package func inverse(_ e: Expression) throws -> Matrix<S> {
        if S.isExact {
            switch e {
            case .call(.kron, let arguments, _) where arguments.count == 2:
                let a = try value(arguments[0]), b = try value(arguments[1])
                if a.rows == a.cols && b.rows == b.cols {
                    let x = try inverse(arguments[0]), y = try inverse(arguments[1])
                    return try binary(.kronecker, x, y)
                }
            case .transpose(let inner, _):
                return try inverse(inner).transposed
            default:
                break
            }
        }
        return try inverse(ofValue: try value(e))
    }

    /// `M⁻¹`: the adjugate over the determinant in exact arithmetic up to
    /// 4×4 (every entry has the one denominator `det M`), elimination otherwise.
    package func inverse(ofValue x: Matrix<S>) throws -> Matrix<S> {
        if x.entries.contains(where: \.isUndefined) {
            throw EvaluationFailure.undefined("inv of a matrix with undefined entries")
        }
        if S.isExact && x.rows == x.cols && x.rows <= 4 {
            return try ClaimEvaluator.adjugateInverse(x)
        }
        try guardElimination(x, "inv", limit: 2)
        return try matrixOperation { try x.inverse() }
    }
}
