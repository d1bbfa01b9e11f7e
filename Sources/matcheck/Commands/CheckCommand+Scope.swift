import Derivations
import ClaimLanguage
import ClaimChecking

/// The verdict scope (`"scope": "all-shapes"` or `"shapes-up-to-N"`) and the
/// `--proof` output of `matcheck check`, from the index-notation prover.
extension CheckCommand {
    /// The index proof when it is needed: for a proved claim (its scope) or
    /// when `--proof` asks for it.
    static func indexProof(
        _ claim: ResolvedClaim, report: CheckReport, requested: Bool
    ) -> IndexProof? {
        guard requested || report.verdict == .proved else { return nil }
        return IndexProver.prove(claim)
    }

    /// The JSON pairs with `scope` after `verdict` and, with `--proof`, the proof.
    static func json(
        _ report: CheckReport, proof: IndexProof?, showProof: Bool
    ) -> [(String, JSONValue)] {
        var pairs = json(report)
        if let scope = report.scope(indexProof: proof) {
            let position = (pairs.firstIndex { $0.0 == "verdict" } ?? 0) + 1
            pairs.insert(("scope", .string(scope.description)), at: position)
        }
        if showProof, let proof {
            pairs.append(
                (
                    "proof",
                    .object([
                        ("proved_all_shapes", .bool(proof.provedForAllShapes)),
                        ("reason", .string(proof.reason)),
                        ("lhs", .string(proof.lhsIndexForm)), ("rhs", .string(proof.rhsIndexForm)),
                        ("normal_form", .string(proof.normalForm)),
                        ("atoms", .array(proof.atoms.map { .string($0) })),
                        ("lhs_latex", .string(proof.lhsIndexFormLaTeX)),
                        ("rhs_latex", .string(proof.rhsIndexFormLaTeX)),
                        ("normal_form_latex", .string(proof.normalFormLaTeX)),
                    ])
                ))
        }
        return pairs
    }

    /// The table with the scope line and, with `--proof`, the proof.
    static func table(_ report: CheckReport, proof: IndexProof?, showProof: Bool) -> String {
        var text = table(report)
        if let scope = report.scope(indexProof: proof) {
            text +=
                "\nscope: \(scope.phrase)"
                + (scope == .allShapes && proof?.provedForAllShapes == true
                    ? " (index-notation normal form)"
                    : report.polynomialProof != nil
                        ? " (an identity in a variable written as a number, exact at enough "
                            + "consecutive values)" : "")
        }
        if showProof, let proof { text += "\n" + proof.description }
        return text
    }
}
