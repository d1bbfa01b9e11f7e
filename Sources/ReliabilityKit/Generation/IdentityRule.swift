/// A known matrix identity used as a rewrite: applied to a sub-term that
/// matches its left side, it returns an equal but different term.
///
/// Each rule can also build a random instance of its left side
/// (``instance(_:)``), so every rule is exercised evenly.
public enum IdentityRule: String, CaseIterable, Sendable {
    case transposeOfProduct = "(A B)ᵀ → Bᵀ Aᵀ"
    case transposeOfKronecker = "(A ⊗ B)ᵀ → Aᵀ ⊗ Bᵀ"
    case transposeOfSum = "(A + B)ᵀ → Aᵀ + Bᵀ"
    case doubleTranspose = "Aᵀᵀ → A"
    case transposeOfHadamard = "(A ⊙ B)ᵀ → Aᵀ ⊙ Bᵀ"
    case traceCyclic = "tr(A B) → tr(B A)"
    case traceOfTranspose = "tr(A) → tr(Aᵀ)"
    case traceAsInnerProduct = "tr(A B) → vec(Aᵀ)ᵀ vec(B)"
    case traceOfKronecker = "tr(A ⊗ B) → tr(A) tr(B)"
    case vecOfTripleProduct = "vec(A X B) → (Bᵀ ⊗ A) vec(X)"
    case vecOfProduct = "vec(A B) → (Bᵀ ⊗ I) vec(A)"
    case vecOfSum = "vec(A + B) → vec(A) + vec(B)"
    case mixedProduct = "(A C) ⊗ (B D) → (A ⊗ B)(C ⊗ D)"
    case kroneckerAssociative = "(A ⊗ B) ⊗ C → A ⊗ (B ⊗ C)"
    case leftDistributive = "A (B + C) → A B + A C"
    case rightDistributive = "(A + B) C → A C + B C"
    case scalarDistributive = "c (A + B) → c A + c B"
    case hadamardCommutes = "A ⊙ B → B ⊙ A"
    case sumOfHadamard = "sum(A ⊙ B) → tr(Aᵀ B)"
    case entrySumAsProduct = "sum(A) → 1ᵀ A 1"
    case diagonalTimesVector = "diag(x) y → x ⊙ y"
    case determinantOfProduct = "det(A B) → det(A) det(B)"
    case determinantOfTranspose = "det(Aᵀ) → det(A)"
    case determinantOfMultiple = "det(c A) → cⁿ det(A)"
    case inverseOfProduct = "inv(A B) → inv(B) inv(A)"
    case inverseOfTranspose = "inv(Aᵀ) → inv(A)ᵀ"
    case powerSplit = "Aᵏ → A Aᵏ⁻¹"
    case powerOfTranspose = "(Aᵀ)ᵏ → (Aᵏ)ᵀ"
    case elementwiseOfTranspose = "f(Aᵀ) → f(A)ᵀ"

    /// The rewrite of `t`, or `nil` when `t` does not match the left side.
    public func apply(_ t: GeneratedTerm) -> GeneratedTerm? {
        switch (self, t.node) {
        case (.transposeOfProduct, .transpose(let p)):
            guard case .product(let a, let b) = p.node else { return nil }
            return b.transposed * a.transposed
        case (.transposeOfKronecker, .transpose(let p)):
            guard case .kronecker(let a, let b) = p.node else { return nil }
            return .kronecker(a.transposed, b.transposed)
        case (.transposeOfSum, .transpose(let p)):
            if case .sum(let a, let b) = p.node, !a.shape.isScalar, !b.shape.isScalar {
                return a.transposed + b.transposed
            }
            if case .difference(let a, let b) = p.node, !a.shape.isScalar, !b.shape.isScalar {
                return a.transposed - b.transposed
            }
            return nil
        case (.doubleTranspose, .transpose(let p)):
            guard case .transpose(let a) = p.node else { return nil }
            return a
        case (.transposeOfHadamard, .transpose(let p)):
            guard case .hadamard(let a, let b) = p.node, !a.shape.isScalar, !b.shape.isScalar else {
                return nil
            }
            return .hadamard(a.transposed, b.transposed)
        case (.traceCyclic, .trace(let p)):
            guard case .product(let a, let b) = p.node, !a.shape.isScalar, !b.shape.isScalar else {
                return nil
            }
            return .trace(b * a)
        case (.traceOfTranspose, .trace(let a)):
            return .trace(a.transposed)
        case (.traceAsInnerProduct, .trace(let p)):
            guard case .product(let a, let b) = p.node, !a.shape.isScalar, !b.shape.isScalar else {
                return nil
            }
            return GeneratedTerm.vec(a.transposed).transposed * .vec(b)
        case (.traceOfKronecker, .trace(let p)):
            guard case .kronecker(let a, let b) = p.node, a.shape.isSquare, b.shape.isSquare else {
                return nil
            }
            return .trace(a) * .trace(b)
        case (.vecOfTripleProduct, .vec(let p)):
            guard case .product(let ax, let b) = p.node, case .product(let a, let x) = ax.node,
                !a.shape.isScalar, !x.shape.isScalar, !b.shape.isScalar
            else { return nil }
            return .kronecker(b.transposed, a) * .vec(x)
        case (.vecOfProduct, .vec(let p)):
            guard case .product(let a, let b) = p.node, !a.shape.isScalar, !b.shape.isScalar else {
                return nil
            }
            return .kronecker(b.transposed, .identity(a.shape.rows)) * .vec(a)
        case (.vecOfSum, .vec(let p)):
            if case .sum(let a, let b) = p.node, !a.shape.isScalar, !b.shape.isScalar {
                return .vec(a) + .vec(b)
            }
            if case .difference(let a, let b) = p.node, !a.shape.isScalar, !b.shape.isScalar {
                return .vec(a) - .vec(b)
            }
            return nil
        case (.mixedProduct, .kronecker(let ac, let bd)):
            guard case .product(let a, let c) = ac.node, case .product(let b, let d) = bd.node,
                !a.shape.isScalar, !c.shape.isScalar, !b.shape.isScalar, !d.shape.isScalar
            else { return nil }
            return .kronecker(a, b) * .kronecker(c, d)
        case (.kroneckerAssociative, .kronecker(let ab, let c)):
            guard case .kronecker(let a, let b) = ab.node else { return nil }
            return .kronecker(a, .kronecker(b, c))
        case (.leftDistributive, .product(let a, let s)):
            if case .sum(let b, let c) = s.node { return a * b + a * c }
            if case .difference(let b, let c) = s.node { return a * b - a * c }
            return nil
        case (.rightDistributive, .product(let s, let c)):
            if case .sum(let a, let b) = s.node { return a * c + b * c }
            if case .difference(let a, let b) = s.node { return a * c - b * c }
            return nil
        case (.scalarDistributive, .product(let c, let s)):
            guard c.shape.isScalar, case .sum(let a, let b) = s.node else { return nil }
            return c * a + c * b
        case (.hadamardCommutes, .hadamard(let a, let b)):
            return a == b ? nil : .hadamard(b, a)
        case (.sumOfHadamard, .entrySum(let p)):
            guard case .hadamard(let a, let b) = p.node, a.shape == b.shape else { return nil }
            return .trace(a.transposed * b)
        case (.entrySumAsProduct, .entrySum(let a)):
            return GeneratedTerm.ones(a.shape.rows, .one).transposed * a * .ones(a.shape.cols, .one)
        case (.diagonalTimesVector, .product(let d, let y)):
            guard case .diagonalMatrix(let x) = d.node, y.shape.isColumn, !y.shape.isScalar else {
                return nil
            }
            return .hadamard(x, y)
        case (.determinantOfProduct, .determinant(let p)):
            guard case .product(let a, let b) = p.node, a.shape.isSquare, b.shape.isSquare,
                !a.shape.isScalar
            else { return nil }
            return .determinant(a) * .determinant(b)
        case (.determinantOfTranspose, .determinant(let p)):
            guard case .transpose(let a) = p.node else { return nil }
            return .determinant(a)
        case (.determinantOfMultiple, .determinant(let p)):
            guard case .product(let c, let a) = p.node, c.shape.isScalar, !a.shape.isScalar,
                a.shape.rows.factors.count == 1
            else { return nil }
            return .dimensionPower(c, a.shape.rows) * .determinant(a)
        case (.inverseOfProduct, .inverse(let p)):
            guard case .product(let a, let b) = p.node, a.shape.isSquare, b.shape.isSquare,
                !a.shape.isScalar
            else { return nil }
            return .inverse(b) * .inverse(a)
        case (.inverseOfTranspose, .inverse(let p)):
            guard case .transpose(let a) = p.node else { return nil }
            return GeneratedTerm.inverse(a).transposed
        case (.powerSplit, .power(let a, let k)):
            guard k >= 2 else { return nil }
            return k == 2 ? a * a : a * .power(a, k - 1)
        case (.powerOfTranspose, .power(let p, let k)):
            guard case .transpose(let a) = p.node else { return nil }
            return GeneratedTerm.power(a, k).transposed
        case (.elementwiseOfTranspose, .elementwise(let f, let p)):
            guard case .transpose(let a) = p.node else { return nil }
            return GeneratedTerm.elementwise(f, a).transposed
        default:
            return nil
        }
    }

    /// A random term matching the rule's left side, with random
    /// sub-expressions at most `depth` deep.
    public func instance(_ g: inout ExpressionGenerator, depth: Int) -> GeneratedTerm {
        func e(_ r: GeneratedDimension, _ c: GeneratedDimension, _ d: Int = depth) -> GeneratedTerm
        {
            g.expression(GeneratedShape(r, c), depth: d)
        }
        func v() -> GeneratedDimension { .variable(g.pick(g.dimensionVariables)) }
        switch self {
        case .transposeOfProduct:
            let (r, k, c) = (v(), g.dimension(), v()); return (e(r, k) * e(k, c)).transposed
        case .transposeOfKronecker:
            return GeneratedTerm.kronecker(e(v(), v()), e(v(), g.dimension())).transposed
        case .transposeOfSum:
            let (r, c) = (v(), v());
            return (g.chance(0.5) ? e(r, c) + e(r, c) : e(r, c) - e(r, c)).transposed
        case .doubleTranspose: return e(v(), v()).transposed.transposed
        case .transposeOfHadamard:
            let (r, c) = (v(), v()); return GeneratedTerm.hadamard(e(r, c), e(r, c)).transposed
        case .traceCyclic, .traceAsInnerProduct:
            let (r, k) = (v(), g.dimension()); return .trace(e(r, k) * e(k, r))
        case .traceOfTranspose: let r = v(); return .trace(e(r, r))
        case .traceOfKronecker: let (r, s) = (v(), v()); return .trace(.kronecker(e(r, r), e(s, s)))
        case .vecOfTripleProduct:
            let (m, n, p, q) = (v(), v(), g.dimension(), v())
            return .vec(e(m, n, depth - 1) * e(n, p, depth - 1) * e(p, q, depth - 1))
        case .vecOfProduct:
            let (m, k, c) = (v(), g.dimension(), v()); return .vec(e(m, k) * e(k, c))
        case .vecOfSum:
            let (r, c) = (v(), v());
            return .vec(g.chance(0.5) ? e(r, c) + e(r, c) : e(r, c) - e(r, c))
        case .mixedProduct:
            let (a1, k1, c1, a2, k2, c2) = (v(), v(), v(), v(), g.dimension(), v())
            return .kronecker(
                e(a1, k1, depth - 1) * e(k1, c1, depth - 1),
                e(a2, k2, depth - 1) * e(k2, c2, depth - 1))
        case .kroneckerAssociative:
            return .kronecker(.kronecker(e(v(), v(), 1), e(v(), .one, 1)), e(v(), v(), 1))
        case .leftDistributive:
            let (r, k, c) = (v(), v(), v()); return e(r, k) * (e(k, c) + e(k, c))
        case .rightDistributive:
            let (r, k, c) = (v(), v(), v()); return (e(r, k) - e(r, k)) * e(k, c)
        case .scalarDistributive:
            let (r, c) = (v(), v()); return g.scalarFactor() * (e(r, c) + e(r, c))
        case .hadamardCommutes: let (r, c) = (v(), v()); return .hadamard(e(r, c), e(r, c))
        case .sumOfHadamard: let (r, c) = (v(), v()); return .entrySum(.hadamard(e(r, c), e(r, c)))
        case .entrySumAsProduct: return .entrySum(e(v(), v()))
        case .diagonalTimesVector: let r = v(); return .diagonalMatrix(e(r, .one)) * e(r, .one)
        case .determinantOfProduct: let r = v(); return .determinant(e(r, r, 1) * e(r, r, 1))
        case .determinantOfTranspose: let r = v(); return .determinant(e(r, r, 1).transposed)
        case .determinantOfMultiple: let r = v(); return .determinant(g.scalarFactor() * e(r, r, 1))
        case .inverseOfProduct:
            let r = v();
            return .inverse(g.symbol(GeneratedShape(r, r)) * g.symbol(GeneratedShape(r, r)))
        case .inverseOfTranspose:
            let r = v(); return .inverse(g.invertible(GeneratedShape(r, r)).transposed)
        case .powerSplit: let r = v(); return .power(e(r, r, 1), 2 + g.integer(2))
        case .powerOfTranspose: let r = v(); return .power(e(r, r, 1).transposed, 2 + g.integer(2))
        case .elementwiseOfTranspose:
            return .elementwise(g.pick(["exp", "tanh", "sigmoid"]), e(v(), v()).transposed)
        }
    }
}
