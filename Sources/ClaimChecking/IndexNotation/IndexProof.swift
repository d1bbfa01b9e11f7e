/// The outcome of the index-notation prover for one claim.
///
/// `provedForAllShapes` is `true` only when both sides have the same normal
/// form, which makes the claim an identity for every value (≥ 1) of every
/// dimension variable. `false` means *not proved*: the method is
/// incomplete, and a difference of normal forms is never a refutation.
public struct IndexProof: Sendable, CustomStringConvertible {
    /// Whether the claim is proved for all shapes.
    public let provedForAllShapes: Bool
    /// Why (e.g. `"equal normal forms (3 terms)"`, `"inv of a matrix whose …"`).
    public let reason: String
    /// The left side in index notation (plain text), free indices `i, j, …`.
    public let lhsIndexForm: String
    /// The right side in index notation (plain text).
    public let rhsIndexForm: String
    /// The common normal form when proved; otherwise `lhs − rhs` in normal form.
    public let normalForm: String
    /// The left side in LaTeX.
    public let lhsIndexFormLaTeX: String
    /// The right side in LaTeX.
    public let rhsIndexFormLaTeX: String
    /// The normal form (or difference) in LaTeX.
    public let normalFormLaTeX: String
    /// Definitions of opaque atoms (`u1 = Σ_a W[i,a]·x[a] + b[i]`), plain text.
    public let atoms: [String]
    /// Seconds spent.
    public let seconds: Double

    /// A multi-line account for `matcheck check --proof`.
    public var description: String {
        var lines = [
            "index-notation proof: \(provedForAllShapes ? "proved" : "not proved") for all shapes "
                + "(\(reason))"
        ]
        if !lhsIndexForm.isEmpty {
            lines.append("  lhs: \(lhsIndexForm)")
            lines.append("  rhs: \(rhsIndexForm)")
            lines.append(
                provedForAllShapes
                    ? "  normal form: \(normalForm)" : "  lhs − rhs in normal form: \(normalForm)")
            for atom in atoms { lines.append("  where \(atom)") }
            lines.append("  LaTeX: \(lhsIndexFormLaTeX) = \(rhsIndexFormLaTeX)")
            lines.append("  LaTeX normal form: \(normalFormLaTeX)")
        }
        return lines.joined(separator: "\n")
    }

    package static func notProved(_ reason: String, seconds: Double) -> IndexProof {
        IndexProof(
            provedForAllShapes: false, reason: reason, lhsIndexForm: "", rhsIndexForm: "",
            normalForm: "",
            lhsIndexFormLaTeX: "", rhsIndexFormLaTeX: "", normalFormLaTeX: "", atoms: [],
            seconds: seconds)
    }
}
