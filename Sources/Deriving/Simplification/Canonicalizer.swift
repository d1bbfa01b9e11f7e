import ClaimChecking
import ClaimLanguage

/// The final simplification of a derived result, bottom-up:
///
/// - entrywise arithmetic (`+ − ⊙ ⊘`, scalar multiples) in the normal form of
///   ``ElementwisePolynomial``: like terms merge, `a ⊙ a⁻¹` cancels,
///   numerators expand;
/// - `c·diag(u) + d·diag(v) = diag(c·u + d·v)`;
/// - matrix-product chains: `X·X = X²`, `Xᵏ·X = Xᵏ⁺¹`, `diag(u)·diag(v) = diag(u ⊙ v)`;
/// - `(Xᵏ)ᵀ = (Xᵀ)ᵏ`;
/// - a factor shared by every term written once: `A*x + A'*x = (A + A')*x`.
///
/// Whatever the canonical form cannot represent is kept as it was.
struct Canonicalizer {
    let algebra: MatrixAlgebra

    func canonical(_ e: Expression) throws -> Expression {
        if isEntrywiseArithmetic(e), let p = try polynomial(e) {
            return try rebuild(p, like: e)
        }
        switch e {
        case .number, .symbol: return e
        case .negation(let a, _): return algebra.negate(try canonical(a))
        case .transpose(let a, _):
            let inner = try canonical(a)
            if case .power(let base, let k, _) = inner {
                return .power(try algebra.transpose(base), k, MatrixAlgebra.here)
            }
            return try algebra.transpose(inner)
        case .binary(.multiply, let a, let b, _):
            return try productChain(try factors(a) + factors(b))
        case .binary(let op, let a, let b, let r):
            return .binary(op, try canonical(a), try canonical(b), r)
        case .power(let base, let k, let r):
            return .power(try canonical(base), try canonical(k), r)
        case .call(let f, let args, let r):
            // Dimension arguments (eye(m*n), comm(m, n)) are integer expressions, kept as written.
            if [.eye, .ones, .zeros, .comm].contains(f) { return e }
            let inner = try args.map { try canonical($0) }
            // sum(I ⊙ M) = tr(M).
            if f == .sum, case .binary(.hadamard, let a, let b, _) = inner[0] {
                if case .call(.eye, _, _) = a { return algebra.call(.tr, b) }
                if case .call(.eye, _, _) = b { return algebra.call(.tr, a) }
            }
            if f == .inv, case .call(.inv, let x, _) = inner[0] { return x[0] }
            if f == .tr { return try cyclicTrace(inner[0]) }
            // sum is linear: sum(−M) = −sum(M), sum(c·M) = c·sum(M), sum(M/c) = sum(M)/c.
            if f == .sum {
                switch inner[0] {
                case .negation(let x, _):
                    return try canonical(algebra.negate(algebra.call(.sum, x)))
                case .binary(.multiply, let c, let x, _) where try algebra.shape(c).isScalar:
                    return try canonical(
                        .binary(.multiply, c, algebra.call(.sum, x), MatrixAlgebra.here))
                case .binary(.divide, let x, let c, _):
                    return try canonical(
                        .binary(.divide, algebra.call(.sum, x), c, MatrixAlgebra.here))
                default: break
                }
            }
            return .call(f, inner, r)
        case .userFunction(let name, let order, let a, let r):
            return .userFunction(name: name, order: order, argument: try canonical(a), r)
        case .derivative, .entry, .indexSum, .matrix:
            return e
        }
    }
}
