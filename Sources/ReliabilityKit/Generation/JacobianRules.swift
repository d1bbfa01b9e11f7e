/// Builds the Jacobian of a generated term as a claim-language expression by
/// the derivative rules, in numerator layout (`J = ∂vec F/∂(vec X)ᵀ`, shape
/// |F|×|X|):
///
/// - sums and negation are linear; a term without `X` has `J = 0`; `J(X) = I`;
/// - product rule: `J(A B) = (Bᵀ ⊗ I) J(A) + (I ⊗ A) J(B)`; for a scalar
///   factor `J(c B) = vec(B) J(c) + c J(B)`;
/// - Hadamard product: `J(A ⊙ B) = diag(vec B) J(A) + diag(vec A) J(B)`;
/// - compositions with elementwise functions: `J(f(A)) = diag(vec f′(A)) J(A)`
///   with `exp′ = exp`, `tanh′ = 1 − tanh²`, `σ′ = σ(1 − σ)`;
/// - `J(vec A) = J(A)`, `J(tr A) = vec(I)ᵀ J(A)`, `J(sum A) = 1ᵀ J(A)`;
/// - inverse: `J(A⁻¹) = −(A⁻ᵀ ⊗ A⁻¹) J(A)`; determinant:
///   `J(det A) = det(A) vec(A⁻ᵀ)ᵀ J(A)`; powers by the product rule.
///
/// Transposes, Kronecker products and `diag` of terms that depend on `X`
/// are not covered (`nil`): their Jacobians need a commutation matrix the
/// claim language does not have.
public struct JacobianRules: Sendable {
    /// The variable's name.
    public let variable: String
    /// The variable as a term.
    public let x: GeneratedTerm

    public init(variable x: GeneratedTerm) {
        self.x = x
        if case .symbol(let name) = x.node { variable = name } else { variable = "" }
    }

    /// `J(t)`, or `nil` when a sub-term is not covered.
    public func jacobian(_ t: GeneratedTerm) -> GeneratedTerm? {
        let size = x.shape.count
        if !t.mentions(variable) { return .zeros(t.shape.count, size) }
        switch t.node {
        case .symbol: return .identity(size)
        case .negation(let a): return jacobian(a).map { -$0 }
        case .sum(let a, let b):
            guard a.shape == b.shape, let ja = jacobian(a), let jb = jacobian(b) else { return nil }
            return ja + jb
        case .difference(let a, let b):
            guard a.shape == b.shape, let ja = jacobian(a), let jb = jacobian(b) else { return nil }
            return ja - jb
        case .product(let a, let b):
            if a.shape.isScalar || b.shape.isScalar {
                let (c, m) = a.shape.isScalar ? (a, b) : (b, a)
                var terms: [GeneratedTerm] = []
                if c.mentions(variable) {
                    guard let jc = jacobian(c) else { return nil }
                    terms.append(m.shape.isScalar ? m * jc : GeneratedTerm.vec(m) * jc)
                }
                if m.mentions(variable) {
                    guard let jm = jacobian(m) else { return nil }
                    terms.append(c * jm)
                }
                return JacobianRules.sum(terms)
            }
            var terms: [GeneratedTerm] = []
            if a.mentions(variable) {
                guard let ja = jacobian(a) else { return nil }
                terms.append(.kronecker(b.transposed, .identity(a.shape.rows)) * ja)
            }
            if b.mentions(variable) {
                guard let jb = jacobian(b) else { return nil }
                terms.append(.kronecker(.identity(b.shape.cols), a) * jb)
            }
            return JacobianRules.sum(terms)
        case .hadamard(let a, let b):
            guard a.shape == b.shape else { return nil }
            var terms: [GeneratedTerm] = []
            if a.mentions(variable) {
                guard let ja = jacobian(a) else { return nil }
                terms.append(.diagonalMatrix(.vec(b)) * ja)
            }
            if b.mentions(variable) {
                guard let jb = jacobian(b) else { return nil }
                terms.append(.diagonalMatrix(.vec(a)) * jb)
            }
            return JacobianRules.sum(terms)
        case .elementwise(let f, let a):
            guard let ja = jacobian(a) else { return nil }
            let derivative: GeneratedTerm
            switch f {
            case "exp": derivative = .elementwise("exp", a)
            case "tanh":
                derivative =
                    .number(1) - .hadamard(.elementwise("tanh", a), .elementwise("tanh", a))
            case "sigmoid":
                derivative = .hadamard(
                    .elementwise("sigmoid", a), .number(1) - .elementwise("sigmoid", a))
            default: return nil
            }
            return .diagonalMatrix(.vec(derivative)) * ja
        case .vec(let a): return jacobian(a)
        case .trace(let a):
            guard let ja = jacobian(a) else { return nil }
            return GeneratedTerm.vec(.identity(a.shape.rows)).transposed * ja
        case .entrySum(let a):
            guard let ja = jacobian(a) else { return nil }
            return GeneratedTerm.ones(a.shape.count, .one).transposed * ja
        case .inverse(let a):
            guard let ja = jacobian(a) else { return nil }
            return -GeneratedTerm.kronecker(GeneratedTerm.inverse(a).transposed, .inverse(a)) * ja
        case .determinant(let a):
            guard let ja = jacobian(a) else { return nil }
            return .determinant(a)
                * GeneratedTerm.vec(GeneratedTerm.inverse(a).transposed).transposed * ja
        case .power(let a, let k):
            if k == 0 { return .zeros(t.shape.count, size) }
            if k == 1 { return jacobian(a) }
            return jacobian(a * .power(a, k - 1))
        case .number, .identity, .ones, .zeros, .transpose, .kronecker, .diagonalMatrix,
            .diagonalOf,
            .dimensionPower, .jacobian, .gradient, .hessian:
            return nil
        }
    }

    static func sum(_ terms: [GeneratedTerm]) -> GeneratedTerm? {
        guard var result = terms.first else { return nil }
        for t in terms.dropFirst() { result = result + t }
        return result
    }
}
