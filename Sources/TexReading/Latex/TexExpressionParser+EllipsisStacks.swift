import ClaimLanguage

extension TexExpressionParser {
    /// The ellipses that may stand between the first and the last entry of a stack.
    static let stackEllipses: Set<String> = ["vdots", "dots", "cdots", "ldots"]

    /// A column `[t_1; \vdots; t_m]` or a row `[t_1, \cdots, t_m]` written with an ellipsis:
    /// the first and the last entry differ only where the first has the index `1` and the
    /// last its bound `m`. Read as `x` for `x_1 … x_m` (the whole vector `x` of `m`
    /// entries; `x'` in a row), as `x ⊗ B` for `x_1 B … x_m B` (`x' ⊗ B` in a row; `B` may be
    /// a product, `x_1 A u`), and entry by entry for a scalar built from entries
    /// (`a_1 (1 - a_1) … a_m (1 - a_m)` is `a .* (1 - a)`; see ``entrywiseVector(_:index:)``).
    /// `nil` when the cells are not such a stack; other patterns are a ``TexParseError``.
    mutating func parseEllipsisStack(_ cells: [[[TexToken]]], at offset: Int) throws -> Expression?
    {
        let first: [TexToken]
        let last: [TexToken]
        let isColumn: Bool
        func isEllipsis(_ cell: [TexToken]) -> Bool {
            guard cell.count == 1, case .command(let name) = cell[0].kind else { return false }
            return TexExpressionParser.stackEllipses.contains(name)
        }
        if cells.count == 3, cells.allSatisfy({ $0.count == 1 }), isEllipsis(cells[1][0]) {
            (first, last, isColumn) = (cells[0][0], cells[2][0], true)
        } else if cells.count == 1, cells[0].count == 3, isEllipsis(cells[0][1]) {
            (first, last, isColumn) = (cells[0][0], cells[0][2], false)
        } else {
            return nil
        }
        let (vector, block, isColumnVector) = try ellipsisStackParts(
            first: first, last: last, at: offset)
        let whole = range(from: offset)
        let oriented: Expression = isColumnVector == isColumn ? vector : .transpose(vector, whole)
        guard let block else { return oriented }
        return .binary(.kronecker, oriented, block, whole)
    }

    /// The error for a stack or diagonal with an ellipsis that is not read.
    static func unreadableStack(at offset: Int) -> TexParseError {
        TexParseError(
            """
            a stack written with an ellipsis is read only when its first and last entries \
            differ in their index alone (x_1 … x_m, x_1 B … x_m B)
            """,
            at: offset)
    }

    /// The entries `first` (at index `1`) and `last` (at the bound `m`) of a stack as the
    /// vector of its entries, the block each entry's vector entry multiplies (`nil` for
    /// scalar entries), and whether that vector is a column.
    mutating func ellipsisStackParts(
        first: [TexToken], last: [TexToken], at offset: Int
    ) throws -> (vector: Expression, block: Expression?, isColumn: Bool) {
        let unreadable = TexExpressionParser.unreadableStack(at: offset)
        guard first.count == last.count, !first.isEmpty else { throw unreadable }
        var bound: TexToken?
        var positions: [Int] = []
        for (k, (a, b)) in zip(first, last).enumerated() where a.kind != b.kind {
            guard a.kind == .number("1"), case .letter = b.kind,
                bound == nil || bound?.kind == b.kind
            else { throw unreadable }
            bound = b
            positions.append(k)
        }
        guard let bound, case .letter(let boundLetter) = bound.kind else { throw unreadable }
        let letters = Set(
            first.compactMap { t -> Character? in
                if case .letter(let c) = t.kind { return c } else { return nil }
            })
        guard
            let index = "ijkpqrstuv".first(where: {
                !letters.contains($0) && $0 != boundLetter
                    && !environment.knownNames.contains(String($0))
            })
        else { throw unreadable }
        var body = first
        for k in positions {
            body[k] = TexToken(.letter(index), offset: first[k].offset, end: first[k].end)
        }
        let e = try parseArgumentTokens(body, end: first[first.count - 1].end)
        let name = String(index)
        let vector: Expression
        var block: Expression?
        if case .entry(let v, let indices, _) = e, indices.count == 1 {
            vector = v
        } else if let (v, b) = entryTimesBlock(e, index: name) {
            (vector, block) = (v, b)
        } else if let v = entrywiseVector(e, index: name) {
            vector = v
        } else {
            throw unreadable
        }
        guard environment.indices.upper(of: name) == .variable(String(boundLetter)),
            let shape = environment.shape(vector),
            shape.cols == .fixed(1) || shape.rows == .fixed(1)
        else {
            throw TexParseError(
                "the stack runs over 1…\(boundLetter), which is not the length of its vector",
                at: offset)
        }
        return (vector, block, shape.cols == .fixed(1))
    }
}
