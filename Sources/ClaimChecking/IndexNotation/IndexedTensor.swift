import SymbolicAlgebra
/// A matrix expression in index notation: a sum of ``IndexMonomial`` terms
/// with free row indices `rows` and free column indices `cols` (composite
/// indices, first varying fastest; an empty list is a dimension of 1).
///
/// Entry `(r, c)` of the matrix is the sum of the terms with the free
/// indices set to the (column-major) digits of `r` and `c`.
package struct IndexedTensor: Sendable {
    /// The row index tuple.
    package var rows: [TensorIndex]
    /// The column index tuple.
    package var cols: [TensorIndex]
    /// The terms (an empty list is the zero matrix).
    package var terms: [IndexMonomial]

    /// The free indices, rows then columns.
    package var free: [TensorIndex] { rows + cols }

    /// Whether the expression is `1×1` (both tuples empty).
    package var isScalar: Bool { rows.isEmpty && cols.isEmpty }

    /// The tensor with every term simplified (zero terms dropped).
    package func simplified() -> IndexedTensor {
        IndexedTensor(rows: rows, cols: cols, terms: terms.compactMap { $0.simplified() })
    }

    /// Every term times `factor`.
    package func scaled(by factor: Symbolic) -> IndexedTensor {
        IndexedTensor(rows: rows, cols: cols, terms: terms.map { $0.scaled(by: factor) })
    }

    /// The tensor with indices renamed (free and summed alike).
    package func renamed(_ map: [Int: TensorIndex]) -> IndexedTensor {
        func r(_ i: TensorIndex) -> TensorIndex { map[i.id] ?? i }
        return IndexedTensor(
            rows: rows.map(r), cols: cols.map(r), terms: terms.map { $0.renamed(map) })
    }
}
