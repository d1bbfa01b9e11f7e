import SymbolicAlgebra
/// The normal form of an index expression: a sum of canonically labelled
/// terms, each with an index-free coefficient, equal terms collected.
///
/// Two expressions with equal normal forms (same term keys, coefficients
/// exactly equal as ``Symbolic`` rational functions of the dimensions and
/// scalars) are equal for every value of the dimension variables.
package struct IndexNormalForm: Sendable {
    /// One collected term.
    package struct Entry: Sendable {
        /// The sum of the coefficients of the terms with this key.
        var coefficient: Symbolic
        /// A representative term (coefficient 1).
        var term: IndexMonomial
        /// Canonical names of the term's indices.
        var names: [Int: String]
    }

    /// The ranges of the free indices, by position.
    package let free: [IndexDimension]
    /// The terms by key.
    package let entries: [String: Entry]

    /// A canonical text of the whole form (used to identify opaque atoms).
    package var key: String {
        "(" + free.map(\.description).joined(separator: ",") + ") "
            + entries.keys.sorted().map { "\(entries[$0]?.coefficient.description ?? "")×\($0)" }
            .joined(separator: " + ")
    }

    /// Whether the two forms are equal: same keys, exactly equal coefficients.
    package func isEqual(to other: IndexNormalForm) -> Bool {
        guard free == other.free, entries.count == other.entries.count else { return false }
        for (key, entry) in entries {
            guard let o = other.entries[key], entry.coefficient == o.coefficient else {
                return false
            }
        }
        return true
    }

    /// `self − other`, for showing where two forms differ.
    package func subtracting(_ other: IndexNormalForm) -> IndexNormalForm {
        var result = entries
        for (key, entry) in other.entries {
            if var mine = result[key] {
                mine.coefficient = mine.coefficient - entry.coefficient
                result[key] = mine.coefficient.isExactlyZero ? nil : mine
            } else {
                var negated = entry
                negated.coefficient = -entry.coefficient
                result[key] = negated
            }
        }
        return IndexNormalForm(free: free, entries: result)
    }
}
