/// The built-in functions of the claim language.
public enum BuiltinFunction: String, Hashable, Sendable, CaseIterable {
    case vec, diag, tr, sum, det, inv, eye, ones, zeros, kron
    case sigmoid, tanh, exp, log, softplus, relu
    /// The Heaviside step `step(x) = 1` for `x > 0`, else `0` (the derivative of relu).
    case step
    /// `abs(x) = |x|` entrywise, with a kink at `0` (like relu: `|x| = 2 relu(x) − x`).
    case abs
    /// `sqrt`, `sin`, `cos`, entrywise.
    case sqrt, sin, cos
    /// `pow(A, p)`, written `A .^ p`: the entrywise power by a constant
    /// integer or rational exponent `p`.
    case pow
    /// `norm(x)`: the 2-norm of a vector, the Frobenius norm of a matrix,
    /// `√(Σ xᵢⱼ²)`.
    case norm
    /// `adj(X)`: the adjugate (transposed cofactor matrix), `adj X = det(X) X⁻¹`
    /// for invertible `X`.
    case adj
    /// `comm(m, n)`: the `mn × mn` commutation matrix, `vec(Xᵀ) = comm(m, n) vec X`
    /// for `X` of shape `m × n`.
    case comm

    /// Other spellings accepted by the parser.
    package static let aliases: [String: BuiltinFunction] = [
        "trace": .tr, "Tr": .tr, "σ": .sigmoid, "ln": .log,
    ]

    /// The accepted numbers of arguments.
    package var arity: ClosedRange<Int> {
        switch self {
        case .kron, .zeros, .pow, .comm: return 2...2
        case .ones: return 1...2
        default: return 1...1
        }
    }

    /// Whether the function applies entry by entry.
    package var isElementwise: Bool {
        switch self {
        case .sigmoid, .tanh, .exp, .log, .softplus, .relu, .step, .abs, .sqrt, .sin, .cos, .pow:
            return true
        default: return false
        }
    }

    /// Whether the arguments are dimensions (integer values), not matrices.
    package var takesDimensions: Bool {
        switch self {
        case .eye, .ones, .zeros, .comm: return true
        default: return false
        }
    }
}
