/// Why the index prover declined a claim: something it cannot represent
/// exactly in index notation. Never a statement that the claim is false.
struct IndexNotationFailure: Error, Sendable, CustomStringConvertible {
    /// What was met, e.g. `"the exponent of ^ depends on a dimension"`.
    let reason: String

    init(_ reason: String) { self.reason = reason }

    var description: String { reason }
}
