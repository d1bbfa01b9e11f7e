extension Matrix where Scalar == Symbolic {
    /// A fully symbolic `rows × cols` matrix whose entry `(i, j)` is the
    /// variable `name[i+1,j+1]` (1-based, printed `A_{ij}` in LaTeX).
    /// - Throws: ``MatrixError`` for a negative dimension.
    public static func symbols(named name: String, rows: Int, cols: Int) throws -> Matrix<Symbolic> {
        try Matrix(rows: rows, cols: cols) { i, j in Symbolic(Variable(name, i + 1, j + 1)) }
    }

    /// A symbolic column vector `name[1], …, name[n]`.
    /// - Throws: ``MatrixError`` for a negative length.
    public static func symbols(named name: String, count: Int) throws -> Matrix<Symbolic> {
        try Matrix(rows: count, cols: 1) { i, _ in Symbolic(Variable(name, i + 1)) }
    }

    /// Entry-wise exact equality, each entry decided by cross-multiplication.
    public func isExactlyEqual(to other: Matrix<Symbolic>) -> Bool {
        rows == other.rows && cols == other.cols && zip(entries, other.entries).allSatisfy { $0 == $1 }
    }
}
