import SymbolicAlgebra
/// One term of an index expression:
/// `scalar · Σ_{bound} Π groups · Π deltas`.
///
/// `scalar` holds everything without an index (numbers, dimensions, scalar
/// symbols, determinants); each ``IndexGroup`` holds the factors at one
/// index tuple; the summation runs over `bound` (every other index of the
/// term is free and belongs to the enclosing ``IndexedTensor``).
package struct IndexMonomial: Sendable {
    /// The index-free factor.
    package var scalar: Symbolic
    /// The summation indices.
    package var bound: [TensorIndex]
    /// The factors grouped by index tuple.
    package var groups: [IndexGroup]
    /// The Kronecker deltas.
    package var deltas: [KroneckerDelta]

    /// A term with only an index-free factor.
    package init(scalar: Symbolic) {
        self.scalar = scalar
        bound = []
        groups = []
        deltas = []
    }

    package init(
        scalar: Symbolic, bound: [TensorIndex], groups: [IndexGroup], deltas: [KroneckerDelta]
    ) {
        self.scalar = scalar
        self.bound = bound
        self.groups = groups
        self.deltas = deltas
    }

    /// Every index label that occurs in a group or a delta, or is summed.
    package var mentionedIndices: Set<Int> {
        var set = Set(bound.map(\.id))
        for g in groups { for i in g.indices { set.insert(i.id) } }
        for d in deltas { set.insert(d.first.id); set.insert(d.second.id) }
        return set
    }

    /// The term with indices renamed (labels not in `map` are kept).
    package func renamed(_ map: [Int: TensorIndex]) -> IndexMonomial {
        if map.isEmpty { return self }
        func r(_ i: TensorIndex) -> TensorIndex { map[i.id] ?? i }
        return IndexMonomial(
            scalar: scalar, bound: bound.map(r),
            groups: groups.map { IndexGroup(indices: $0.indices.map(r), value: $0.value) },
            deltas: deltas.map { KroneckerDelta(first: r($0.first), second: r($0.second)) })
    }

    /// The product of two terms whose summation indices are distinct.
    package func multiplied(by other: IndexMonomial) -> IndexMonomial {
        IndexMonomial(
            scalar: scalar * other.scalar, bound: bound + other.bound,
            groups: groups + other.groups, deltas: deltas + other.deltas)
    }

    /// The term times an index-free factor.
    package func scaled(by factor: Symbolic) -> IndexMonomial {
        var copy = self
        copy.scalar = scalar * factor
        return copy
    }
}
