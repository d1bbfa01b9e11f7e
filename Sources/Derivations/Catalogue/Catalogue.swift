/// One seed note of `notes/seeds/` and the derivations that encode it.
public struct SeedNote: Sendable {
    /// The seed file's name in `notes/seeds/`.
    public var seed: String
    /// The generated page's file name stem in `notes/` (e.g. `001-layer-hessians`).
    public var page: String
    /// The page title.
    public var title: String
    /// The Swift source file that encodes the note.
    public var source: String
    /// The derivations, in the note's order.
    public var derivations: [Derivation]
    /// The lines with math that are not claims (setup, prose, garbled), with reasons.
    public var unclaimed: [UnclaimedLines] = []
}

/// Every seed note as executable derivations, in the order of the notes.
///
/// Each seed file in `notes/seeds/` has one file here (`Note000GaussNewton.swift`, …) that
/// names the seed, lists its derivations in the note's order and the lines that are not
/// claims, and a folder of the same name with one file per part of the note
/// (`Note000GaussNewton/Note000+ChainRule.swift`, …): a ``Derivation`` whose steps are the
/// note's lines, encoded as written. The longest derivations take their steps from sections
/// of the note, a file each (`Note004+BackpropGradients.swift`: the steps of lines 44–48).
public enum Catalogue {
    /// The five seed notes, in order.
    public static let notes: [SeedNote] = [
        SeedNote(
            seed: Note000.seed, page: "000-jacobians-gauss-newton-curveball",
            title: "Jacobians, the Gauss-Newton Hessian and CurveBall",
            source: "Note000GaussNewton.swift", derivations: Note000.derivations,
            unclaimed: Note000.unclaimed),
        SeedNote(
            seed: Note001.seed, page: "001-vec-kronecker-layer-hessians",
            title: "vec, Kronecker products and the layer Hessians (Q^l recursion)",
            source: "Note001LayerHessians.swift", derivations: Note001.derivations,
            unclaimed: Note001.unclaimed),
        SeedNote(
            seed: Note002.seed, page: "002-cross-entropy-backprop",
            title: "Backpropagation for sigmoid + cross-entropy (Θ notation)",
            source: "Note002CrossEntropyBackprop.swift", derivations: Note002.derivations,
            unclaimed: Note002.unclaimed),
        SeedNote(
            seed: Note003.seed, page: "003-jacobian-backprop",
            title: "Gradient, Jacobian and backpropagation in Jacobian notation",
            source: "Note003JacobianBackprop.swift", derivations: Note003.derivations,
            unclaimed: Note003.unclaimed),
        SeedNote(
            seed: Note004.seed, page: "004-higham-higham",
            title: "Higham & Higham: backpropagation and ∂H/∂x = Π D[l] W[l]",
            source: "Note004HighamHigham.swift", derivations: Note004.derivations,
            unclaimed: Note004.unclaimed),
    ]

    /// All derivations, in the notes' order.
    public static var derivations: [Derivation] { notes.flatMap(\.derivations) }

    /// The derivation with the given id, if any.
    public static func derivation(named id: String) -> Derivation? {
        derivations.first { $0.id == id }
    }
}
