import ClaimChecking
import ClaimLanguage

/// Builds claim-language expressions with local simplification, so that
/// derived results come out small: `0` is `nil`; `1·A`, `I·A`, `(Aᵀ)ᵀ`,
/// `−(−A)`, `kron(1, A)`, `comm(n, 1)` vanish; numbers fold; `A + A = 2A`,
/// `A − A = 0`; `(AB)ᵀ = BᵀAᵀ`; `kron(A, B)·kron(C, D) = kron(AC, BD)` when
/// the shapes fit; transposes of scalars and symmetric matrices drop.
struct MatrixAlgebra {
    let claim: ResolvedClaim
    /// Whether the short forms that the index-notation prover may not prove
    /// for all shapes are used: products such as `A·Aᵀ` and `Aᵀ·S·A` count
    /// as symmetric (see ``isSymmetricProduct(_:)``), and a constant power
    /// whose adjoint is built from `Xᵀ` alone takes `k·G·(Xᵏ⁻¹)ᵀ` (see
    /// ``ReverseMode``), not the k-term sum.
    var shortForms = true
    static let here = SourceRange(0, 0)
    var here: SourceRange { MatrixAlgebra.here }

    func shape(_ e: Expression) throws -> ExpressionShape {
        do { return try claim.shape(of: e) } catch let error as ClaimError {
            throw NoMatrixForm(
                "internal shape error in a derived term \(ExpressionPrinter.text(e)): "
                    + error.message
            )
        }
    }

    // MARK: Atoms

    func number(_ n: Int) -> Expression { .number(ExactNumber(n) ?? ExactNumber(0)!, here) }
    func number(_ v: ExactNumber) -> Expression { .number(v, here) }

    static func numberValue(_ e: Expression) -> ExactNumber? {
        if case .number(let v, _) = e { return v }
        if case .negation(.number(let v, _), _) = e {
            return ExactNumber(-v.numerator, v.denominator)
        }
        return nil
    }

    static func isOne(_ e: Expression) -> Bool { numberValue(e) == ExactNumber(1) }

    static func isIdentity(_ e: Expression) -> Bool {
        if case .call(.eye, _, _) = e { return true }
        return isOne(e)
    }

    /// The `n×n` identity (`1` when `n = 1`).
    func identity(_ n: ShapeDimension) -> Expression {
        n.isOne ? number(1) : .call(.eye, [n.expression], here)
    }

    /// The zero of a shape: `0` or `zeros(r, c)`.
    func zero(_ s: ExpressionShape) -> Expression {
        s.isScalar ? number(0) : .call(.zeros, [s.rows.expression, s.cols.expression], here)
    }

    /// `ones(r, c)` (`1` when `1×1`).
    func ones(_ rows: ShapeDimension, _ cols: ShapeDimension) -> Expression {
        if rows.isOne && cols.isOne { return number(1) }
        return .call(
            .ones, cols.isOne ? [rows.expression] : [rows.expression, cols.expression], here)
    }

    func count(_ s: ExpressionShape) throws -> ShapeDimension {
        guard let c = s.count else { throw NoMatrixForm("a dimension is too large") }
        return c
    }
}
