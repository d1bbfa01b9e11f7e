/// Verifies the catalogue and renders `notes/`: the one place both
/// `matcheck notes` and the drift test get the generated files from.
public enum NotesGenerator {
    /// Verifies every derivation of the catalogue with the claim checker.
    public static func verifyCatalogue() -> [String: DerivationResult] {
        let verifier = DerivationVerifier(checker: CatalogueChecker())
        let all = verifier.verifyAll(Catalogue.derivations)
        return Dictionary(uniqueKeysWithValues: all.map { ($0.derivation.id, $0) })
    }

    /// The generated files of `notes/`, as `(relative path, contents)`.
    public static func generate() -> [(path: String, contents: String)] {
        NotesRenderer().render(Catalogue.notes, results: verifyCatalogue())
    }
}
