import SymbolicAlgebra
/// Delta elimination and grouping, the identities every term is kept under:
/// - `Σ_b δ[a,b] t(b) = t(a)` (a delta with a summed index renames it away),
/// - `δ[a,a] = 1`, and `Σ_b 1 = size(b)` for a summed index that no factor mentions,
/// - factors at the same index tuple multiply into one ``IndexGroup``,
/// - a group with no index joins the index-free factor.
extension IndexMonomial {
    /// The simplified term, or `nil` when it is zero.
    package func simplified() -> IndexMonomial? {
        var term = self
        if term.scalar.isExactlyZero { return nil }
        var boundSet = Set(term.bound.map(\.id))
        var progress = true
        while progress {
            progress = false
            for (position, delta) in term.deltas.enumerated() {
                let a = delta.first, b = delta.second
                if a.id == b.id {
                    term.deltas.remove(at: position)
                    progress = true
                    break
                }
                guard a.dimension == b.dimension else { continue }
                let (kept, removed): (TensorIndex, TensorIndex)
                if boundSet.contains(b.id) {
                    (kept, removed) = (a, b)
                } else if boundSet.contains(a.id) {
                    (kept, removed) = (b, a)
                } else {
                    continue
                }
                term.deltas.remove(at: position)
                term.bound.removeAll { $0.id == removed.id }
                boundSet.remove(removed.id)
                term = term.renamed([removed.id: kept])
                progress = true
                break
            }
        }
        // Merge groups by tuple; index-free groups join the scalar.
        var merged: [IndexGroup] = []
        var position: [[Int]: Int] = [:]
        for g in term.groups {
            if g.indices.isEmpty {
                term.scalar = term.scalar * g.value
                continue
            }
            let key = g.indices.map(\.id)
            if let p = position[key] {
                merged[p].value = merged[p].value * g.value
            } else {
                position[key] = merged.count
                merged.append(g)
            }
        }
        term.groups = merged.filter { !$0.value.isOne }
        if term.scalar.isExactlyZero || merged.contains(where: { $0.value.isExactlyZero }) {
            return nil
        }
        // Summed indices that nothing mentions contribute their range.
        var used = Set<Int>()
        for g in term.groups { for i in g.indices { used.insert(i.id) } }
        for d in term.deltas { used.insert(d.first.id); used.insert(d.second.id) }
        var keptBound: [TensorIndex] = []
        for b in term.bound {
            if used.contains(b.id) {
                keptBound.append(b)
            } else {
                term.scalar = term.scalar * b.dimension.size
            }
        }
        term.bound = keptBound
        term.deltas = term.deltas.map(\.ordered)
        return term
    }
}

extension Symbolic {
    /// Whether the value is exactly the constant 1.
    package var isOne: Bool { constantValue?.isOne ?? false }
}
