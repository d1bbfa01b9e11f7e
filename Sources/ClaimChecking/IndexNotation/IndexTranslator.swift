import SymbolicAlgebra
import ClaimLanguage
/// Translates a resolved claim's expressions into index notation and brings
/// them to a normal form.
///
/// Holds the state one proof needs: the next free index label, the
/// registry of pointwise variables (symbols, dimensions, opaque arguments of
/// elementwise functions, inverses and determinants), and the translations
/// of `let` definitions.
package final class IndexTranslator {
    /// The claim being translated.
    package let claim: ResolvedClaim
    /// The most terms any intermediate sum may have before the prover gives up.
    package let termBudget: Int
    /// What each variable name of a group value means.
    package var pointwise: [String: PointwiseVariable] = [:]
    /// Opaque variables by the canonical key of what they stand for.
    package var opaqueByKey: [String: String] = [:]
    /// The opaque variables in order of creation (for printing).
    package var opaqueOrder: [String] = []
    /// Symbols each opaque variable depends on.
    package var dependencies: [String: Set<String>] = [:]
    package var definitionCache: [String: IndexedTensor] = [:]
    /// The index of each claim-language index name in scope: the claim's free
    /// indices (set by the prover) and those bound by an enclosing `sum`.
    package var namedIndices: [String: TensorIndex] = [:]
    /// The order chosen for each composite dimension argument of `eye`,
    /// `ones`, `zeros` (an index into its permutations), by occurrence.
    package let splitChoices: [Int]
    /// The number of atomic factors of each composite dimension argument met.
    package var flexibleSplits: [Int] = []
    private var nextLabel = 0

    package init(claim: ResolvedClaim, termBudget: Int = 20_000, splitChoices: [Int] = []) {
        self.claim = claim
        self.termBudget = termBudget
        self.splitChoices = splitChoices
        for name in claim.dimensionVariables {
            pointwise[IndexDimension.symbolicName(of: name)] = .dimension(name)
        }
    }

    // MARK: Indices

    /// A fresh index of range `dimension`.
    package func fresh(_ dimension: IndexDimension) -> TensorIndex {
        nextLabel += 1
        return TensorIndex(id: nextLabel, dimension: dimension)
    }

    /// Fresh indices with the given ranges.
    package func fresh(_ dimensions: [IndexDimension]) -> [TensorIndex] {
        dimensions.map { fresh($0) }
    }

    /// A copy of `tensor` with its free indices replaced by `free` (same
    /// ranges) and every summed index by a fresh one, so that it can be
    /// multiplied with other terms without capture.
    package func instantiate(_ tensor: IndexedTensor, free: [TensorIndex]) -> IndexedTensor {
        var map: [Int: TensorIndex] = [:]
        for (old, new) in zip(tensor.free, free) { map[old.id] = new }
        let terms = tensor.terms.map { term -> IndexMonomial in
            var local = map
            for b in term.bound { local[b.id] = fresh(b.dimension) }
            return term.renamed(local)
        }
        let rows = Array(free.prefix(tensor.rows.count)),
            cols = Array(free.dropFirst(tensor.rows.count))
        return IndexedTensor(rows: rows, cols: cols, terms: terms)
    }

    /// A copy with every index fresh.
    package func freshened(_ tensor: IndexedTensor) -> IndexedTensor {
        instantiate(tensor, free: fresh(tensor.free.dimensions))
    }

    // MARK: Products

    /// All products of a term of `a` with a term of `b` (indices must be disjoint).
    package func products(
        _ a: [IndexMonomial], _ b: [IndexMonomial], contracting: [TensorIndex] = []
    ) throws -> [IndexMonomial] {
        guard a.count * b.count <= termBudget else {
            throw IndexNotationFailure("an intermediate sum has more than \(termBudget) terms")
        }
        var result: [IndexMonomial] = []
        result.reserveCapacity(a.count * b.count)
        for x in a {
            for y in b {
                var p = x.multiplied(by: y)
                p.bound += contracting
                if let s = p.simplified() { result.append(s) }
            }
        }
        return result
    }

    /// `a·b` where one side is `1×1`: the scalar multiple (no contraction).
    package func scalarMultiple(_ a: IndexedTensor, _ b: IndexedTensor) throws -> IndexedTensor {
        let shape = a.isScalar ? b : a
        return IndexedTensor(
            rows: shape.rows, cols: shape.cols, terms: try products(a.terms, b.terms))
    }

    /// The matrix product: `(AB)[i,j] = Σ_k A[i,k] B[k,j]`.
    package func matrixProduct(_ a: IndexedTensor, _ b: IndexedTensor) throws -> IndexedTensor {
        guard a.cols.dimensions == b.rows.dimensions else {
            throw IndexNotationFailure(
                "the composite inner indices of a product do not line up: "
                    + "(\(a.cols.dimensions.map(\.description).joined(separator: ","))) and "
                    + "(\(b.rows.dimensions.map(\.description).joined(separator: ",")))")
        }
        var map: [Int: TensorIndex] = [:]
        for (old, new) in zip(b.rows, a.cols) { map[old.id] = new }
        let right = b.renamed(map)
        return IndexedTensor(
            rows: a.rows, cols: b.cols,
            terms: try products(a.terms, right.terms, contracting: a.cols))
    }

    /// `b` with its free indices renamed to `a`'s (same ranges required).
    package func aligned(
        _ b: IndexedTensor, to a: IndexedTensor, _ operation: String
    ) throws -> IndexedTensor {
        guard a.rows.dimensions == b.rows.dimensions, a.cols.dimensions == b.cols.dimensions else {
            throw IndexNotationFailure(
                "the composite indices of the operands of \(operation) do not line up")
        }
        var map: [Int: TensorIndex] = [:]
        for (old, new) in zip(b.free, a.free) { map[old.id] = new }
        return b.renamed(map)
    }

    /// `a + b`, broadcasting a `1×1` side.
    package func sum(_ a: IndexedTensor, _ b: IndexedTensor) throws -> IndexedTensor {
        guard a.terms.count + b.terms.count <= termBudget else {
            throw IndexNotationFailure("an intermediate sum has more than \(termBudget) terms")
        }
        if a.isScalar && !b.isScalar {
            return IndexedTensor(rows: b.rows, cols: b.cols, terms: a.terms + b.terms)
        }
        if b.isScalar && !a.isScalar {
            return IndexedTensor(rows: a.rows, cols: a.cols, terms: a.terms + b.terms)
        }
        let right = try aligned(b, to: a, "+")
        return IndexedTensor(rows: a.rows, cols: a.cols, terms: a.terms + right.terms)
    }

    /// The Hadamard product `(A ⊙ B)[i,j] = A[i,j] B[i,j]`.
    package func hadamard(_ a: IndexedTensor, _ b: IndexedTensor) throws -> IndexedTensor {
        if a.isScalar || b.isScalar { return try scalarMultiple(a, b) }
        let right = try aligned(b, to: a, "⊙")
        return IndexedTensor(rows: a.rows, cols: a.cols, terms: try products(a.terms, right.terms))
    }

    /// The Kronecker product, column-major:
    /// `(A ⊗ B)[(k,i),(l,j)] = A[i,j] B[k,l]` with `k`, `l` (the indices of `B`) varying fastest.
    package func kronecker(_ a: IndexedTensor, _ b: IndexedTensor) throws -> IndexedTensor {
        IndexedTensor(
            rows: b.rows + a.rows, cols: b.cols + a.cols, terms: try products(a.terms, b.terms))
    }

    /// The identity on a composite index: `δ[(i₁,i₂,…),(j₁,j₂,…)] = Π δ[iₖ,jₖ]`.
    package func identity(_ dimensions: [IndexDimension]) -> IndexedTensor {
        let rows = fresh(dimensions), cols = fresh(dimensions)
        let deltas = zip(rows, cols).map { KroneckerDelta(first: $0, second: $1) }
        return IndexedTensor(
            rows: rows, cols: cols,
            terms: [IndexMonomial(scalar: .one, bound: [], groups: [], deltas: deltas)])
    }

    /// A `1×1` constant.
    package func constant(_ value: Symbolic) -> IndexedTensor {
        IndexedTensor(
            rows: [], cols: [], terms: value.isExactlyZero ? [] : [IndexMonomial(scalar: value)])
    }
}
