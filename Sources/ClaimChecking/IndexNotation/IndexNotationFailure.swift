/// Why the index prover declined a claim: something it cannot represent
/// exactly in index notation. Never a statement that the claim is false.
struct IndexNotationFailure: Error, Sendable, CustomStringConvertible {
    /// What was met, e.g. `"the exponent of ^ depends on a dimension"`.
    package let reason: String

    package init(_ reason: String) { self.reason = reason }

    package var description: String { reason }
}
