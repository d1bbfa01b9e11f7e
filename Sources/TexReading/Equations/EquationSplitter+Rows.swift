// Rows of a display and the tokens a row drops: environments, prose, labels, groups.

extension EquationSplitter {
    /// The rows of an environment, or the whole display as one row.
    static func rows(_ tokens: [TexToken]) -> [[TexToken]] {
        var rows: [[TexToken]] = []
        var current: [TexToken] = []
        var inEnvironment = 0
        var depth = 0
        var sawEnvironment = false
        var matrixDepth = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.isCommand("begin") || t.isCommand("end"), i + 1 < tokens.count,
                tokens[i + 1].kind == .openBrace
            {
                var j = i + 2
                var name = ""
                while j < tokens.count, tokens[j].kind != .closeBrace {
                    name += tokens[j].display
                    j += 1
                }
                if environments.contains(name) {
                    if t.isCommand("begin") {
                        if inEnvironment == 0 { current = [] }
                        inEnvironment += 1
                        sawEnvironment = true
                    } else {
                        inEnvironment = Swift.max(0, inEnvironment - 1)
                        if inEnvironment == 0 {
                            rows.append(current)
                            current = []
                        }
                    }
                    i = j + 1
                    // `alignat{2}`: skip the column count.
                    if name.hasPrefix("alignat"), i < tokens.count, tokens[i].kind == .openBrace {
                        while i < tokens.count, tokens[i].kind != .closeBrace { i += 1 }
                        i += 1
                    }
                    continue
                }
                // Matrices written out (`pmatrix`, `cases`): their `\\` are not rows.
                matrixDepth = Swift.max(0, matrixDepth + (t.isCommand("begin") ? 1 : -1))
            }
            switch t.kind {
            case .openBrace: depth += 1
            case .closeBrace: depth -= 1
            default: break
            }
            // `\\` ends a row inside an environment, and in a plain display too.
            if t.kind == .rowBreak, depth == 0, matrixDepth == 0,
                inEnvironment > 0 || !sawEnvironment
            {
                rows.append(current)
                current = []
            } else if !sawEnvironment || inEnvironment > 0 {
                current.append(t)
            }
            i += 1
        }
        if !sawEnvironment || inEnvironment > 0 { rows.append(current) }
        return rows.filter { !$0.isEmpty }
    }

    /// Drops alignment marks, tags, labels, leading connectives and prose.
    static func clean(_ row: [TexToken]) -> [TexToken] {
        var out: [TexToken] = []
        var i = 0
        // Inside a matrix written out, `&` separates its cells and is kept.
        var matrixLevel = 0
        while i < row.count {
            let t = row[i]
            if t.isCommand("begin") { matrixLevel += 1 }
            if t.isCommand("end") { matrixLevel = Swift.max(0, matrixLevel - 1) }
            if t.isSymbol("&") && matrixLevel == 0 || t.isCommand("nonumber")
                || t.isCommand("notag")
                || t.isCommand("displaystyle")
            {
                i += 1
                continue
            }
            if t.isCommand("tag") || t.isCommand("label"), i + 1 < row.count,
                row[i + 1].kind == .openBrace
            {
                i = skipGroup(row, from: i + 1)
                continue
            }
            out.append(t)
            i += 1
        }
        // Leading connectives and prose (`\therefore`, `\text{设 }`).
        var start = 0
        while start < out.count {
            if case .command(let name) = out[start].kind, TexNames.connectives.contains(name),
                name != "left"
            {
                start += 1
            } else if isProse(out, at: start) {
                start = skipGroup(out, from: start + 1)
            } else {
                break
            }
        }
        out.removeFirst(start)
        // A trailing circled label and the dots that lead to it (`\dots \dots \textcircled{3}`).
        if let mark = out.lastIndex(where: { $0.isCommand("textcircled") }),
            skipGroup(out, from: mark + 1) == out.count
        {
            out.removeSubrange(mark...)
            while let last = out.last, ["dots", "ldots", "cdots"].contains(where: last.isCommand) {
                out.removeLast()
            }
        }
        // Trailing punctuation.
        while let last = out.last, last.isSymbol(".") || last.isSymbol(",") || last.isSymbol(";") {
            out.removeLast()
        }
        return out
    }

    /// The index after the brace group that starts at `from` (or the single token there).
    static func skipGroup(_ tokens: [TexToken], from: Int) -> Int {
        guard from < tokens.count, tokens[from].kind == .openBrace else {
            return Swift.min(from + 1, tokens.count)
        }
        var depth = 0
        var i = from
        while i < tokens.count {
            if tokens[i].kind == .openBrace { depth += 1 }
            if tokens[i].kind == .closeBrace {
                depth -= 1
                if depth == 0 { return i + 1 }
            }
            i += 1
        }
        return tokens.count
    }

    /// Whether `\text{…}` at `i` is prose (not a function word like `tr`).
    static func isProse(_ tokens: [TexToken], at i: Int) -> Bool {
        guard case .command(let name) = tokens[i].kind,
            ["text", "mbox", "textrm", "textit", "textbf"].contains(name),
            i + 1 < tokens.count
        else { return false }
        let end = skipGroup(tokens, from: i + 1)
        let inner = tokens[(i + 1)..<end].filter { $0.kind != .openBrace && $0.kind != .closeBrace }
        let word = inner.map(\.display).joined()
        let isLetter: Bool
        if inner.count == 1, case .letter = inner[0].kind {
            isLetter = true
        } else {
            isLetter = false
        }
        return TexNames.functions[word] == nil && !isLetter
    }
}
