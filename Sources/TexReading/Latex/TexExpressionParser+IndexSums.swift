import ClaimLanguage

// Index sums: \sum_{k=1}^{n} body and its ranges.

extension TexExpressionParser {
    /// `\sum_{k=1}^{n} body`, `\sum_k body`, `\sum_{k,m} body`: the body is
    /// the rest of the product. The range comes from the bounds or, when
    /// they are left out, from the entries the index is used in.
    mutating func parseIndexSum(start: Int) throws -> Expression {
        var names: [(String, Int)] = []
        var upper: Dimension?
        while let t = current, t.kind == .subscriptMark || t.kind == .superscriptMark {
            advance()
            let scriptStart = here
            let script = try scriptTokens()
            if t.kind == .subscriptMark {
                var lower = script[...]
                if let eq = script.firstIndex(where: { $0.isSymbol("=") }) {
                    let from = script[(eq + 1)...]
                    guard from.count == 1, from.first?.kind == .number("1") else {
                        throw TexParseError("an index sum starts at 1", at: scriptStart)
                    }
                    lower = script[..<eq]
                }
                for s in lower {
                    switch s.kind {
                    case .letter(let c): names.append((String(c), s.offset))
                    case .symbol(","): continue
                    default: throw TexParseError("cannot read the index of the sum", at: s.offset)
                    }
                }
            } else {
                if script.count == 1, case .number(let d) = script[0].kind, let v = Int(d), v >= 1 {
                    upper = .fixed(v)
                } else if case .letter? = script.first?.kind,
                    let name = TexExpressionParser.nameFragment(script),
                    !script.contains(where: { $0.isSymbol("+") || $0.isSymbol("-") })
                {
                    upper = .variable(name)  // `n`, `n_L`, `n_{l}`
                } else {
                    throw TexParseError("cannot read the upper bound of the sum", at: scriptStart)
                }
            }
        }
        guard !names.isEmpty else {
            throw TexParseError("\\sum without its index (write \\sum_{k=1}^{n})", at: start)
        }
        if let upper {
            for (n, offset) in names { environment.indices.register(n, upper: upper, at: offset) }
        }
        guard current != nil else { throw TexParseError("\\sum without a body", at: textEnd) }
        let outside = insideSum
        insideSum = true
        var body = try parseProduct()
        insideSum = outside
        for (n, offset) in names.reversed() {
            body = .indexSum(
                index: n, indexRange: SourceRange(offset, offset + 1), body: body,
                range(from: start))
        }
        return body
    }
}
