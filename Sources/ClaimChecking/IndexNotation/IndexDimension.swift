import SymbolicAlgebra
import ClaimLanguage
/// The range of one atomic index in index notation: a dimension variable
/// (`n`) or a constant of at least 2 (an index of range 1 is always 1 and is
/// dropped). A composite index such as the row of `vec(X)` is a list of
/// atomic indices, the first varying fastest (column-major).
package enum IndexDimension: Hashable, Sendable, CustomStringConvertible {
    /// A dimension variable of the claim.
    case variable(String)
    /// A fixed range `1…value`, `value ≥ 2`.
    case constant(Int)

    /// The number of values the index takes, as an exact scalar: the
    /// variable `#n` or the constant.
    package var size: Symbolic {
        switch self {
        case .variable(let name): return Symbolic(Variable(IndexDimension.symbolicName(of: name)))
        case .constant(let value): return Symbolic(value)
        }
    }

    /// The symbolic variable that stands for the dimension variable `name`.
    package static func symbolicName(of name: String) -> String { "#" + name }

    package var description: String {
        switch self {
        case .variable(let name): return name
        case .constant(let value): return "\(value)"
        }
    }

    /// Splits a shape dimension (a polynomial in the dimension variables)
    /// into atomic ranges: `m·n` → `[m, n]`, `1` → `[]`, `2·n` → `[2, n]`.
    /// Returns `nil` for anything that is not a single monomial with a
    /// positive coefficient (`n + 1`, `n − 1`): such a range may be empty or
    /// have no fixed factorisation, so the index prover declines it.
    package static func split(_ polynomial: DimensionPolynomial) -> [IndexDimension]? {
        guard polynomial.terms.count == 1, let (monomial, coefficient) = polynomial.terms.first,
            coefficient >= 1, !monomial.contains(where: { $0.hasPrefix("?") })
        else { return nil }
        var result: [IndexDimension] = coefficient >= 2 ? [.constant(coefficient)] : []
        result += monomial.sorted().map { IndexDimension.variable($0) }
        return result
    }
}
