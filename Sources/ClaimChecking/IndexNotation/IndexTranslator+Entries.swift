import SymbolicAlgebra
import ClaimLanguage
/// Entries `W[j,k]` and index sums `sum(k, body)` in index notation.
///
/// A claim-language index (`k: index n`) is one atomic index of its range.
/// The claim's free indices get their labels from the prover, which makes
/// them the row of each side (first varying fastest, as the checker lays the
/// values out); an index bound by `sum` gets a fresh label, summed in every
/// term of the body: `Σ_k A[j,k] B[k,l]` is a contraction like `(AB)[j,l]`.
extension IndexTranslator {
    /// A fresh atomic index for the claim-language index `name`.
    /// - Throws: ``IndexNotationFailure`` when its range is not one dimension
    ///   variable or one constant of at least 2.
    package func fresh(indexNamed name: String) throws -> TensorIndex {
        guard let range = claim.indexRanges[name] else {
            throw IndexNotationFailure("no range for the index '\(name)'")
        }
        guard let atoms = IndexDimension.split(range), atoms.count == 1 else {
            throw IndexNotationFailure(
                "the index '\(name)' runs over \(range), not one dimension of at least 2")
        }
        return fresh(atoms[0])
    }

    /// `base[i]` or `base[i, j]`: the `1×1` tensor whose terms carry the
    /// named indices where `base` has its row and column index.
    package func entry(_ base: IndexedTensor, _ indices: [Expression]) throws -> IndexedTensor {
        let named = try indices.map { index -> TensorIndex in
            guard case .symbol(let name, _) = index, let label = namedIndices[name] else {
                throw IndexNotationFailure("an entry at a literal position has no index form here")
            }
            return label
        }
        let positions: [TensorIndex]
        switch (named.count, base.rows.count, base.cols.count) {
        case (2, 1, 1), (1, 1, 0), (1, 0, 1): positions = base.free
        default:
            throw IndexNotationFailure(
                "an entry of a matrix whose rows or columns are not one atomic index")
        }
        guard positions.dimensions == named.dimensions else {
            throw IndexNotationFailure("an index's range differs from the dimension it indexes")
        }
        let value = instantiate(base, free: named)
        return IndexedTensor(rows: [], cols: [], terms: value.terms)
    }

    /// `sum(name, body)`: the body with a fresh index for `name`, summed.
    package func indexSum(_ name: String, _ body: Expression) throws -> IndexedTensor {
        let label = try fresh(indexNamed: name)
        let outer = namedIndices[name]
        namedIndices[name] = label
        defer { namedIndices[name] = outer }
        let t = try translate(body)
        let terms = t.terms.map { term -> IndexMonomial in
            var summed = term
            summed.bound.append(label)
            return summed
        }
        return IndexedTensor(
            rows: t.rows, cols: t.cols, terms: terms.compactMap { $0.simplified() })
    }
}
