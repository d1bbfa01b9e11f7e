/// A characteristic polynomial known only by a name and its degree: the
/// entries of `Mᵛ` for a constant invertible matrix `M` (`χ_M`, of degree
/// `s` for an `s×s` matrix), or the Hadamard product of two bounds.
///
/// Equal names stand for one polynomial (the name is built from the exact
/// entries of `M`, or from the two bounds' descriptions), so a sum may take
/// the larger multiplicity; different names may share roots, which only
/// over-counts the order of ``ExponentialPolynomialBound``: sound. Every root
/// is nonzero (`M` invertible), so the recurrence also runs backwards.
package struct OpaqueRecurrence: Hashable, Sendable, CustomStringConvertible {
    /// `χ([1, 1; 1, 0]^1)`, or `(…)⊙(…)` for a Hadamard product.
    package let name: String
    /// An upper bound on the polynomial's degree (the recurrence's order).
    package let degree: Int

    package init(name: String, degree: Int) {
        self.name = name
        self.degree = degree
    }

    /// The name with the degree: `χ([1, 1; 1, 0]^1) of order 2`.
    package var description: String { "\(name) of order \(degree)" }
}
