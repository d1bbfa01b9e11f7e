
/// A declaration in a `where` clause: `A: m x n`, `x: n` (a column vector),
/// `c: scalar`, `f: function`, `k: integer`; `X: n x n symmetric` declares a
/// symmetric matrix.
public struct Declaration: Hashable, Sendable {
    /// What a name denotes.
    public enum Kind: Hashable, Sendable {
        /// A matrix of the given shape; `symmetric` ties `X[i,j]` to `X[j,i]`.
        case matrix(rows: Dimension, cols: Dimension, symmetric: Bool)
        /// A `1×1` scalar.
        case scalar
        /// An elementwise function `f`, usable with its derivatives `f'`, `f''`.
        case function
        /// An index `k: index 1..n` ranging over `1, …, n`: used in entries
        /// `W[j,k]` and sums `sum(k, …)`; a claim holds for every value of
        /// the indices it leaves free.
        case index(upper: Dimension)
        /// `k: integer`: an integer symbol, usable as an exponent (`X^k`) and
        /// as a scalar. The checker treats it like a dimension variable:
        /// exactly at `k = 1, 2, 3`, numerically at larger values.
        case integer
    }

    /// The declared name.
    public let name: String
    /// What it denotes.
    public let kind: Kind
    /// Where it was declared.
    public let range: SourceRange

    public init(name: String, kind: Kind, range: SourceRange) {
        self.name = name
        self.kind = kind
        self.range = range
    }
}

