import ClaimLanguage

/// Transposes, and the symmetry by construction that lets a transpose drop.
extension MatrixAlgebra {
    func transpose(_ a: Expression) throws -> Expression {
        let s = try shape(a)
        if s.isScalar { return a }
        switch a {
        case .transpose(let inner, _): return inner
        case .call(.eye, _, _): return a
        case .call(.ones, let args, _):
            return .call(.ones, args.count == 1 ? [number(1), args[0]] : [args[1], args[0]], here)
        case .call(.zeros, let args, _): return .call(.zeros, [args[1], args[0]], here)
        case _ where isSymmetric(a): return a
        case .negation(let inner, _): return negate(try transpose(inner))
        case .binary(.multiply, let x, let y, _):
            if try shape(x).isScalar { return try multiply(x, try transpose(y)) }
            return try multiply(try transpose(y), try transpose(x))
        case .binary(let op, let x, let y, _) where op == .add || op == .subtract:
            let (tx, ty) = (try transpose(x), try transpose(y))
            return try (op == .add ? add(tx, ty) : subtract(tx, ty)) ?? zero(try shape(tx))
        case .call(.kron, let args, _):
            return try kron(try transpose(args[0]), try transpose(args[1]))
        case .call(.comm, let args, _):
            return .call(.comm, [args[1], args[0]], here)
        default:
            return .transpose(a, here)
        }
    }

    /// Whether `a` is symmetric by construction: a declared symmetric matrix,
    /// `eye`, `diag(v)`, `comm(n, n)`, and inverses, powers, sums and scalar
    /// multiples of symmetric matrices.
    func isSymmetric(_ a: Expression) -> Bool {
        switch a {
        case .symbol(let name, _): return claim.symmetricSymbols.contains(name)
        case .call(.eye, _, _): return true
        case .call(.comm, let args, _): return args[0] == args[1]
        case .call(.diag, let args, _): return (try? shape(args[0]).isVector) == true
        case .call(.inv, let args, _), .call(.adj, let args, _): return isSymmetric(args[0])
        case .power(let base, _, _): return isSymmetric(base)
        case .negation(let inner, _): return isSymmetric(inner)
        case .binary(let op, let x, let y, _)
        where op == .add || op == .subtract || op == .hadamard:
            return isSymmetric(x) && isSymmetric(y)
        case .binary(.multiply, let x, let y, _):
            if (try? shape(x).isScalar) == true { return isSymmetric(y) }
            if (try? shape(y).isScalar) == true { return isSymmetric(x) }
            return shortForms && isSymmetricProduct(a)
        default: return false
        }
    }

    /// Whether a matrix-product chain reads the same transposed, `F₁⋯Fₖ`
    /// with `Fₖ₊₁₋ᵢ = Fᵢᵀ` and a symmetric middle factor: `A·Aᵀ`, `Aᵀ·A`,
    /// `Aᵀ·S·A` (Gram matrices and congruences of symmetric matrices).
    func isSymmetricProduct(_ a: Expression) -> Bool {
        var chain: [Expression] = []
        func flatten(_ e: Expression) {
            if case .binary(.multiply, let x, let y, _) = e,
                (try? shape(x).isScalar) == false, (try? shape(y).isScalar) == false
            {
                flatten(x)
                flatten(y)
            } else {
                chain.append(e)
            }
        }
        flatten(a)
        guard chain.count >= 2 else { return false }
        for i in 0..<(chain.count / 2) {
            guard let t = try? transpose(chain[i]), t == chain[chain.count - 1 - i] else {
                return false
            }
        }
        return chain.count % 2 == 0 || isSymmetric(chain[chain.count / 2])
    }
}
