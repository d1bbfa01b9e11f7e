/// An expression of the claim language: a tree whose every node carries the
/// range of text it came from.
///
/// Written as an `indirect enum` so that every `switch` over it (shape
/// inference, evaluation, printing, later provers) must handle every node.
public indirect enum Expression: Hashable, Sendable {
    /// An exact number literal, a `1×1` constant.
    case number(ExactNumber, SourceRange)
    /// A name: a matrix, vector or scalar symbol, a `let`-defined name, or a
    /// dimension variable used as an integer value.
    case symbol(String, SourceRange)
    /// Unary minus `-e`.
    case negation(Expression, SourceRange)
    /// Transpose `e'` or `eᵀ`.
    case transpose(Expression, SourceRange)
    /// A binary operation.
    case binary(BinaryOperator, Expression, Expression, SourceRange)
    /// `base ^ exponent` with an integer exponent: a scalar power, or a
    /// power of a square matrix (negative powers invert).
    case power(Expression, Expression, SourceRange)
    /// A built-in function: `vec`, `diag`, `tr`, `sum`, `det`, `inv`, `eye`,
    /// `ones`, `zeros`, `kron`, and the elementwise activations.
    case call(BuiltinFunction, [Expression], SourceRange)
    /// A declared elementwise function `f` or one of its derivatives
    /// `f'(z)` (`order` 1), `f''(z)` (`order` 2), ….
    case userFunction(name: String, order: Int, argument: Expression, SourceRange)
    /// A derivative operator, in numerator layout:
    /// `jac(F, X)` = ∂vec F/∂(vec X)ᵀ (|F|×|X|), `grad(f, X)` shaped like `X`,
    /// `hess(f, X)` = ∂²f/∂vec X ∂(vec X)ᵀ (|X|×|X|).
    case derivative(
        DerivativeOperator, Expression, variable: String, variableRange: SourceRange, SourceRange)
    /// An entry `W[j,k]` (or `x[k]` of a vector): a `1×1` value. Each index is a
    /// declared index (`where k: index 1..n`) or a positive integer literal;
    /// indices are 1-based, as the notes write them.
    case entry(Expression, [Expression], SourceRange)
    /// An index sum `sum(k, body)` = `Σ_{k=1}^{n} body` over the declared
    /// index `k: index 1..n`; `body` may be any shape.
    case indexSum(index: String, indexRange: SourceRange, body: Expression, SourceRange)
    /// A matrix written out by blocks, `[A, B; C, D]`: rows of blocks separated by
    /// `;`, the blocks of a row by `,`. The blocks of a row have the same number of
    /// rows; every block row has the same total number of columns. `[a; b; c]` with
    /// scalars `a, b, c` is a column of 3, `[x, y]` with columns `x, y` is `n×2`.
    case matrix([[Expression]], SourceRange)

    /// The text range of the whole node.
    public var range: SourceRange {
        switch self {
        case .number(_, let r), .symbol(_, let r), .negation(_, let r), .transpose(_, let r),
            .binary(_, _, _, let r), .power(_, _, let r), .call(_, _, let r),
            .userFunction(_, _, _, let r), .derivative(_, _, _, _, let r), .entry(_, _, let r),
            .indexSum(_, _, _, let r), .matrix(_, let r):
            return r
        }
    }

    /// The direct sub-expressions, left to right.
    public var children: [Expression] {
        switch self {
        case .number, .symbol: return []
        case .negation(let e, _), .transpose(let e, _): return [e]
        case .binary(_, let l, let r, _): return [l, r]
        case .power(let b, let e, _): return [b, e]
        case .call(_, let args, _): return args
        case .userFunction(_, _, let a, _): return [a]
        case .derivative(_, let f, _, _, _): return [f]
        case .entry(let base, let indices, _): return [base] + indices
        case .indexSum(_, _, let body, _): return [body]
        case .matrix(let rows, _): return rows.flatMap { $0 }
        }
    }
}

