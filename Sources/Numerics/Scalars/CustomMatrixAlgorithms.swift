/// A scalar that supplies its own determinant and inverse, used by
/// ``Matrix/determinant()`` and ``Matrix/inverse()`` — in generic code too —
/// instead of LU elimination.
///
/// Exact symbolic scalars need this: elimination over rational functions
/// without polynomial gcds swells exponentially, while division-free
/// expansion stays polynomial. Returning `nil` falls back to elimination.
public protocol CustomMatrixAlgorithms: Field {
    /// `det A` of a square matrix, or `nil` to use elimination.
    static func customDeterminant(of matrix: Matrix<Self>) throws -> Self?
    /// `A⁻¹` of a square matrix, or `nil` to use elimination.
    /// - Throws: ``MatrixError/singular(operation:shape:)`` for a singular matrix.
    static func customInverse(of matrix: Matrix<Self>) throws -> Matrix<Self>?
}

extension CustomMatrixAlgorithms {
    /// Bridges a matrix of the generic scalar `S` (which is `Self`).
    @usableFromInline
    static func bridgedDeterminant<S>(_ matrix: Matrix<S>) throws -> S? {
        guard let own = matrix as? Matrix<Self> else { return nil }
        return try customDeterminant(of: own) as? S
    }

    /// Bridges a matrix of the generic scalar `S` (which is `Self`).
    @usableFromInline
    static func bridgedInverse<S>(_ matrix: Matrix<S>) throws -> Matrix<S>? {
        guard let own = matrix as? Matrix<Self> else { return nil }
        return try customInverse(of: own) as? Matrix<S>
    }
}
