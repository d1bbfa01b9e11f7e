/// A plausible mistake applied to one side of a true claim to make a mutant.
public enum Mutation: String, CaseIterable, Sendable {
    case dropTranspose = "drop a transpose"
    case addTranspose = "add a transpose"
    case swapKroneckerFactors = "swap Kronecker factors"
    case swapProductOrder = "swap a product's order"
    case flipSign = "flip a sign"
    case changeConstant = "change a constant"
    case rowMajorVec = "row-major vec"
    case dropTerm = "drop a term"

    /// The pre-order indices of the sub-terms of `t` this mutation applies to.
    public func sites(in t: GeneratedTerm) -> [Int] {
        t.subterms.enumerated().compactMap { index, s in mutate(s) == nil ? nil : index }
    }

    /// The mutated sub-term, or `nil` when the mutation does not apply to it.
    /// The result may be ill-shaped; the caller validates mutants.
    public func mutate(_ s: GeneratedTerm) -> GeneratedTerm? {
        switch (self, s.node) {
        case (.dropTranspose, .transpose(let a)):
            return a
        case (.addTranspose, _):
            guard s.shape.isSquare, !s.shape.isScalar else { return nil }
            if case .transpose = s.node { return nil }
            if case .identity = s.node { return nil }
            return s.transposed
        case (.swapKroneckerFactors, .kronecker(let a, let b)):
            return a == b ? nil : .kronecker(b, a)
        case (.swapProductOrder, .product(let a, let b)):
            return a == b || a.shape.isScalar || b.shape.isScalar ? nil : b * a
        case (.flipSign, .negation(let a)):
            return a
        case (.flipSign, .difference(let a, let b)):
            return a + b
        case (.flipSign, .sum(let a, let b)):
            return a - b
        case (.changeConstant, .number(let v)):
            return .number(v == 2 ? 3 : 2 * v)
        case (.changeConstant, .power(let a, let k)):
            return .power(a, k + 1)
        case (.changeConstant, .identity(let d)):
            return .number(2) * .identity(d)
        case (.rowMajorVec, .vec(let a)):
            guard !a.shape.isColumn, !a.shape.rows.isOne else { return nil }
            return .vec(a.transposed)
        case (.dropTerm, .sum(let a, let b)), (.dropTerm, .difference(let a, let b)):
            return a.shape.isScalar && !b.shape.isScalar ? b : a
        default:
            return nil
        }
    }
}
