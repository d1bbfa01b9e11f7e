/// The scope of a proof: for every shape, or for the shapes checked exactly.
public enum ProofScope: Hashable, Sendable, CustomStringConvertible {
    /// Proved for every value of every dimension variable (an index-notation
    /// proof, or a claim without dimension variables checked exactly).
    case allShapes
    /// Proved exactly at every assignment with dimensions up to `maximum`
    /// and confirmed numerically at the larger assignments listed.
    case shapesUpTo(Int, numerically: [[String: Int]])

    /// `all-shapes` or `shapes-up-to-N`, the value of `"scope"` in `matcheck check --json`.
    public var description: String {
        switch self {
        case .allShapes: return "all-shapes"
        case .shapesUpTo(let n, _): return "shapes-up-to-\(n)"
        }
    }

    /// A phrase for human output.
    public var phrase: String {
        switch self {
        case .allShapes: return "all shapes"
        case .shapesUpTo(let n, let larger):
            if larger.isEmpty {
                return
                    "shapes with dimensions up to \(n) (exact) only: no larger shape was evaluated"
            }
            return "shapes with dimensions up to \(n) (exact); numerically at "
                + larger.map { ShapeAssignment.describe($0) }.joined(separator: "; ")
        }
    }
}

extension CheckReport {
    /// The scope of a `proved` verdict (`nil` for any other verdict): all
    /// shapes when `indexProof` proves the claim for all shapes or the claim
    /// has no dimension variables; otherwise the largest `d` such that every
    /// assignment in `{1…d}ᵏ` was checked exactly, with the larger
    /// assignments evaluated numerically (at least one point defined).
    public func scope(indexProof: IndexProof?) -> ProofScope? {
        guard case .proved = verdict else { return nil }
        if indexProof?.provedForAllShapes == true { return .allShapes }
        let checked = symbolic.filter {
            if case .equal = $0.outcome { return true } else { return false }
        }
        if checked.allSatisfy({ $0.assignment.isEmpty }) && !checked.isEmpty { return .allShapes }
        let variables = Array(checked.first?.assignment.keys ?? [:].keys)
        let cube = VerdictPolicy.exactCube(symbolic, variables: variables)
        let larger = numeric.filter { $0.points > 0 && $0.assignment.values.contains { $0 > cube } }
            .map(\.assignment)
        return .shapesUpTo(cube, numerically: larger)
    }
}
