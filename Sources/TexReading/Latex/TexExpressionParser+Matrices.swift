import ClaimLanguage

extension TexExpressionParser {
    /// The environments read as matrices written out; `vmatrix` is the determinant.
    static let matrixEnvironments: Set<String> = [
        "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "smallmatrix", "array",
    ]

    /// The most cells a matrix written out may hold.
    static let maximumMatrixCells = 4096

    /// `\begin{bmatrix} a & b \\ c & d \end{bmatrix}` → `[a, b; c, d]`: cells split at
    /// `&`, rows at `\\` (outside braces and nested environments); each cell is an
    /// expression (a block), an empty cell is `0`; `vmatrix` is `det([…])`. `array`'s
    /// column specification and `\hline` are dropped.
    mutating func parseMatrixEnvironment(_ begin: TexToken) throws -> Expression {
        advance()
        let name = try environmentName(after: begin)
        guard TexExpressionParser.matrixEnvironments.contains(name) else {
            throw TexParseError(
                "the environment \(name) inside an equation is not supported", at: begin.offset)
        }
        if name == "array", let open = current, open.kind == .openBrace {
            position = try matchingBrace(from: position) + 1
        }
        let bodyStart = position
        var level = 0
        var end: Int?
        var i = position
        while i < tokens.count {
            if tokens[i].isCommand("begin") { level += 1 }
            if tokens[i].isCommand("end") {
                if level == 0 {
                    end = i
                    break
                }
                level -= 1
            }
            i += 1
        }
        guard let end else {
            throw TexParseError(
                "\\begin{\(name)} is not closed by \\end{\(name)}", at: begin.offset)
        }
        let body = Array(tokens[bodyStart..<end])
        position = end + 1
        let closing = try environmentName(after: tokens[end])
        guard closing == name else {
            throw TexParseError(
                "\\begin{\(name)} is closed by \\end{\(closing)}", at: tokens[end].offset)
        }
        let cells = try TexExpressionParser.matrixCells(body, at: begin.offset)
        if let stack = try parseEllipsisStack(cells, at: begin.offset)
            ?? parseEllipsisDiagonal(cells, at: begin.offset)
        {
            return name == "vmatrix" ? .call(.det, [stack], range(from: begin.offset)) : stack
        }
        var rows: [[Expression]] = []
        for row in cells {
            var blocks: [Expression] = []
            for cell in row {
                if cell.isEmpty {
                    let at = SourceRange(begin.offset, begin.offset + 1)
                    blocks.append(.number(ExactNumber(0)!, at))
                } else {
                    blocks.append(try parseArgumentTokens(cell, end: cell[cell.count - 1].end))
                }
            }
            rows.append(blocks)
        }
        // `\begin{bmatrix} X \end{bmatrix}`: one block is the block itself.
        let matrix =
            rows.count == 1 && rows[0].count == 1
            ? rows[0][0] : Expression.matrix(rows, range(from: begin.offset))
        return name == "vmatrix" ? .call(.det, [matrix], range(from: begin.offset)) : matrix
    }

    /// The name in `{…}` after `\begin` or `\end` (the current token is the `{`
    /// after `\begin`; for `\end`, the brace after the token `after`).
    mutating func environmentName(after command: TexToken) throws -> String {
        guard current?.kind == .openBrace else {
            throw TexParseError(
                "\(command.display) without its environment name", at: command.offset)
        }
        let close = try matchingBrace(from: position)
        let name = tokens[(position + 1)..<close].map(\.display).joined()
        position = close + 1
        return name
    }

    /// The cells of a matrix body, row by row: split at `&` and `\\` outside braces
    /// and nested environments; `\hline` dropped, a trailing empty row dropped.
    static func matrixCells(_ body: [TexToken], at offset: Int) throws -> [[[TexToken]]] {
        var rows: [[[TexToken]]] = [[[]]]
        var braces = 0
        var environments = 0
        var count = 1
        for t in body {
            switch t.kind {
            case .openBrace: braces += 1
            case .closeBrace: braces -= 1
            case .command("begin"): environments += 1
            case .command("end"): environments -= 1
            default: break
            }
            let top = braces == 0 && environments == 0
            if top && t.isCommand("hline") { continue }
            if top && (t.isSymbol("&") || t.kind == .rowBreak) {
                count += 1
                if count > maximumMatrixCells {
                    throw TexParseError(
                        "a matrix written out holds at most \(maximumMatrixCells) cells", at: offset
                    )
                }
                if t.kind == .rowBreak {
                    rows.append([[]])
                } else {
                    rows[rows.count - 1].append([])
                }
                continue
            }
            rows[rows.count - 1][rows[rows.count - 1].count - 1].append(t)
        }
        if rows.count > 1, let last = rows.last, last.count == 1, last[0].isEmpty {
            rows.removeLast()
        }
        if rows.count == 1, rows[0].count == 1, rows[0][0].isEmpty {
            throw TexParseError("an empty matrix", at: offset)
        }
        return rows
    }
}
