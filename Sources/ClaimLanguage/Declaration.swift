/// One dimension in a declaration: a positive integer or a dimension variable.
public enum Dimension: Hashable, Sendable, CustomStringConvertible {
    case fixed(Int)
    case variable(String)

    public var description: String {
        switch self {
        case .fixed(let n): return "\(n)"
        case .variable(let name): return name
        }
    }
}

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

/// An assumption in a `where` clause or a context.
public enum Assumption: Hashable, Sendable {
    /// `f'' = 0`: the declared function's derivative of this order (and all
    /// higher ones) vanishes, as for piecewise-linear activations away from
    /// their kinks.
    case derivativeVanishes(function: String, order: Int)
    /// `X symmetric`: the declared square matrix `X` equals its transpose.
    case symmetric(String)
}

/// `let NAME = expr;`: a definition that later expressions (and derivative
/// operators) see through.
public struct Definition: Hashable, Sendable {
    /// The defined name.
    public let name: String
    /// Its defining expression.
    public let expression: Expression
    /// Where the name is written.
    public let range: SourceRange

    public init(name: String, expression: Expression, range: SourceRange) {
        self.name = name
        self.expression = expression
        self.range = range
    }
}
