/// Verifies the catalogue and renders `notes/`: the one place both
/// `matcheck notes` and the drift test get the generated files from.
public enum NotesGenerator {
    /// Verifies every derivation of the catalogue with the claim checker.
    public static func verifyCatalogue() -> [String: DerivationResult] {
        let verifier = DerivationVerifier(checker: CatalogueChecker())
        var results: [String: DerivationResult] = [:]
        for d in Catalogue.derivations { results[d.id] = verifier.verify(d) }
        return results
    }

    /// The generated files of `notes/`, as `(relative path, contents)`.
    public static func generate() -> [(path: String, contents: String)] {
        NotesRenderer().render(Catalogue.notes, results: verifyCatalogue())
    }
}
