extension Parser {
    /// The most blocks a written-out matrix may hold.
    static let maximumMatrixBlocks = 4096

    /// `[A, B; C, D]`: a matrix written out by blocks, rows separated by `;`,
    /// the blocks of a row by `,` (the opening `[` is the current token).
    mutating func parseMatrixLiteral() throws -> Parsed {
        let open = try expect(.leftBracket, "'['")
        try enter()
        defer { depth -= 1 }
        var rows: [[Expression]] = []
        var row: [Expression] = []
        var count = 0
        var deepest = 0
        while true {
            if current.kind == .rightBracket || current.kind == .semicolon
                || current.kind == .comma
            {
                throw error(
                    "expected a block of the matrix opened at \(open.range), found "
                        + current.display)
            }
            let block = try parseSum()
            row.append(block.expression)
            deepest = Swift.max(deepest, block.depth)
            count += 1
            if count > Parser.maximumMatrixBlocks {
                throw error(
                    "a matrix written out holds at most \(Parser.maximumMatrixBlocks) blocks",
                    block.expression.range)
            }
            switch current.kind {
            case .comma:
                advance()
            case .semicolon:
                advance()
                rows.append(row)
                row = []
            case .rightBracket:
                rows.append(row)
                let range = open.range.union(current.range)
                advance()
                try checkDepth(deepest + 1, range)
                return (.matrix(rows, range), deepest + 1)
            default:
                throw error(
                    """
                    expected ',' (next block), ';' (next row) or ']' in the matrix opened \
                    at \(open.range), found \(current.display)
                    """
                )
            }
        }
    }
}
