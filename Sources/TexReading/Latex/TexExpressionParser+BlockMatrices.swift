import ClaimLanguage

extension TexExpressionParser {
    /// `[A_{ij}]` and `[A_{ij} B]` outside any `\sum`: the matrix whose `(i, j)` entry (or
    /// block) that is, `A` and `A ⊗ B` (`A \otimes B = [A_{ij} B]`, the definition of the
    /// Kronecker product). `nil` for anything else, which stays a grouping bracket.
    func blockMatrix(_ inner: Expression, _ r: SourceRange) -> Expression? {
        guard !insideSum else { return nil }
        let matrix: Expression
        let indices: [Expression]
        var block: Expression?
        switch inner {
        case .entry(let x, let i, _):
            (matrix, indices) = (x, i)
        case .binary(.multiply, .entry(let x, let i, _), let b, _):
            (matrix, indices, block) = (x, i, b)
        default:
            return nil
        }
        guard indices.count == 2, case .symbol(let i, _) = indices[0],
            case .symbol(let j, _) = indices[1], i != j
        else { return nil }
        if let block {
            let names = NoteState.names(in: block)
            guard !names.contains(i), !names.contains(j) else { return nil }
            return .binary(.kronecker, matrix, block, r)
        }
        return matrix
    }
}
