/// A claim that is true by construction: a random expression and an equal
/// one obtained by identity rewrites or derivative rules.
public struct GeneratedClaim: Hashable, Sendable {
    /// The claim text, with its `where` clause.
    public let text: String
    /// The two sides.
    public let lhs: GeneratedTerm
    public let rhs: GeneratedTerm
    /// The `where` clause body.
    public let declarations: String
    /// What made the sides equal: identity rule names, or the derivative rules.
    public let construction: String
    /// The seed it was generated from.
    public let seed: UInt64

    public init(
        lhs: GeneratedTerm, rhs: GeneratedTerm, declarations: String, construction: String,
        seed: UInt64
    ) {
        self.lhs = lhs
        self.rhs = rhs
        self.declarations = declarations
        self.construction = construction
        self.seed = seed
        text = GeneratedClaim.text(lhs, rhs, declarations)
    }

    static func text(_ lhs: GeneratedTerm, _ rhs: GeneratedTerm, _ declarations: String) -> String {
        declarations.isEmpty ? "\(lhs) == \(rhs)" : "\(lhs) == \(rhs) where \(declarations)"
    }
}

/// A true claim with one plausible mistake applied.
public struct GeneratedMutant: Hashable, Sendable {
    /// The mutant's text.
    public let text: String
    /// The mistake.
    public let mutation: Mutation
    /// The true claim it came from.
    public let original: GeneratedClaim
}
