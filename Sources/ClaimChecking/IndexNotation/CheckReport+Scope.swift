/// The scope of a proof: for every shape, or for the shapes checked exactly.
public enum ProofScope: Hashable, Sendable, CustomStringConvertible {
    /// Proved for every value of every dimension variable (an index-notation
    /// proof, or a claim without dimension variables checked exactly).
    case allShapes
    /// Proved exactly at every assignment with dimensions up to `maximum`
    /// (and confirmed numerically at larger ones).
    case shapesUpTo(Int)

    /// `all-shapes` or `shapes-up-to-N`, the value of `"scope"` in `matcheck check --json`.
    public var description: String {
        switch self {
        case .allShapes: return "all-shapes"
        case .shapesUpTo(let n): return "shapes-up-to-\(n)"
        }
    }

    /// A phrase for human output.
    public var phrase: String {
        switch self {
        case .allShapes: return "all shapes"
        case .shapesUpTo(let n): return "shapes with dimensions up to \(n) (exact), larger shapes numerically"
        }
    }
}

extension CheckReport {
    /// The scope of a `proved` verdict (`nil` for any other verdict): all
    /// shapes when `indexProof` proves the claim for all shapes or the claim
    /// has no dimension variables, otherwise the largest dimension checked exactly.
    public func scope(indexProof: IndexProof?) -> ProofScope? {
        guard case .proved = verdict else { return nil }
        if indexProof?.provedForAllShapes == true { return .allShapes }
        let checked = symbolic.filter { if case .equal = $0.outcome { return true } else { return false } }
        if checked.allSatisfy({ $0.assignment.isEmpty }) && !checked.isEmpty { return .allShapes }
        return .shapesUpTo(checked.flatMap { $0.assignment.values }.max() ?? 0)
    }
}
