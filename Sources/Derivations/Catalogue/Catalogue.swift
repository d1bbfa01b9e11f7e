/// Every seed note as executable derivations, in the order of the notes.
///
/// Each seed file in `shared/seeds/` has one file here
/// (`Note000GaussNewton.swift`, …), and each of its parts is a
/// ``Derivation`` whose steps are the note's lines, encoded as written.
public enum Catalogue {
    /// All derivations, grouped by seed note in the notes' order.
    public static let derivations: [Derivation] =
        Note000.derivations + Note001.derivations + Note002.derivations
        + Note003.derivations + Note004.derivations

    /// The derivation with the given id, if any.
    public static func derivation(named id: String) -> Derivation? {
        derivations.first { $0.id == id }
    }

    /// The seed files, in order, with their derivations.
    public static var bySeed: [(seed: String, derivations: [Derivation])] {
        var order: [String] = []
        var groups: [String: [Derivation]] = [:]
        for d in derivations {
            if groups[d.seed] == nil { order.append(d.seed) }
            groups[d.seed, default: []].append(d)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }
}
