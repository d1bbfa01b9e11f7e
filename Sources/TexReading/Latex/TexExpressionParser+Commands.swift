import ClaimLanguage

extension TexExpressionParser {
    mutating func parseCommand(_ name: String, token t: TexToken) throws -> Expression {
        // `\Delta z`: the increment of z, one name `Δz` (unless the note names Δ itself).
        if name == "Delta", !environment.knownNames.contains("Δ"), let next = peek(),
            case .letter(let c) = next.kind
        {
            advance()
            advance()
            return try parseName("Δ" + String(c), start: t.offset)
        }
        if let greek = TexNames.greek[name] {
            advance()
            return try parseName(String(greek), start: t.offset)
        }
        if name == "left" || TexNames.sizes.contains(name) {
            return try parseDelimited()
        }
        if name == "vec", let next = peek(), next.kind == .openBrace {
            // `\vec{x}`, an arrow accent: the vector x.
            advance()
            let argument = try scriptTokens()
            guard let fragment = TexExpressionParser.nameFragment(argument) else {
                throw TexParseError("cannot read the argument of \\vec", at: t.offset)
            }
            return try parseName(fragment, start: t.offset)
        }
        if let f = TexNames.functions[name], name != "sum" {
            advance()
            return try parseApplication(f, start: t.offset)
        }
        switch name {
        case "frac", "dfrac", "tfrac":
            advance()
            return try parseFraction(start: t.offset)
        case "partial":
            advance()
            return try parseInlineDerivative(start: t.offset)
        case "nabla":
            advance()
            return try parseNabla(start: t.offset)
        case "sum":
            advance()
            return try parseIndexSum(start: t.offset)
        case "prod":
            throw TexParseError("products over an index (\\prod) are not supported", at: t.offset)
        case "sqrt":
            return try parseSquareRoot(t)
        case "|", "Vert", "lVert":
            return try parseBars(opening: t, norm: true)
        case "lvert", "vert":
            return try parseBars(opening: t, norm: false)
        case "dots", "cdots", "ldots", "vdots", "ddots":
            throw TexParseError("an ellipsis (\\\(name)) cannot be checked", at: t.offset)
        case "begin":
            return try parseMatrixEnvironment(t)
        case "mathbb", "mathcal", "mathscr", "mathfrak":
            throw TexParseError(
                "\\\(name) (a set or a calligraphic name) is not an expression", at: t.offset)
        default:
            break
        }
        if name == "underbrace" || name == "overbrace" {
            // `\underbrace{X}_{label}`: X; the label is a comment.
            advance()
            let inner = try scriptTokens()
            let e = try parseArgumentTokens(inner, end: here)
            if let t = current, t.kind == .subscriptMark || t.kind == .superscriptMark {
                advance()
                _ = try scriptTokens()
            }
            return e
        }
        if TexNames.accents.contains(name) {
            advance()
            let argument = try scriptTokens()
            guard let fragment = TexExpressionParser.nameFragment(argument) else {
                throw TexParseError("cannot read the argument of \\\(name)", at: t.offset)
            }
            return try parseName(
                fragment + "_" + name.replacingOccurrences(of: "wide", with: ""), start: t.offset)
        }
        if TexNames.fontMacros.contains(name) || TexNames.wordMacros.contains(name) {
            advance()
            return try parseStyled(name, start: t.offset)
        }
        throw unexpected(t)
    }

    /// `\mathbf{x}`, `\mathbf{1}_n`, `\operatorname{tr}(…)`, `\text{vec}(…)`, `\mathrm{d}`.
    mutating func parseStyled(_ macro: String, start: Int) throws -> Expression {
        guard let open = current else {
            throw TexParseError("\\\(macro) without an argument", at: textEnd)
        }
        let content: [TexToken]
        if open.kind == .openBrace {
            let close = try matchingBrace(from: position)
            content = Array(tokens[(position + 1)..<close])
            position = close + 1
        } else {
            content = [open]
            advance()
        }
        if content.count == 1, case .number(let d) = content[0].kind, d == "1" || d == "0" {
            if d == "0" { return .number(ExactNumber(0)!, range(from: start)) }
            guard let s = current, s.kind == .subscriptMark else {
                throw TexParseError(
                    "the vector of ones needs its size: write \\mathbf{1}_n", at: start)
            }
            advance()
            let sizeStart = here
            let size = try dimension(try scriptTokens(), at: sizeStart)
            return .call(.ones, [size], range(from: start))
        }
        var word = ""
        for t in content {
            switch t.kind {
            case .letter(let c): word.append(c)
            case .command(let g) where TexNames.greek[g] != nil: word.append(TexNames.greek[g]!)
            default: word = ""
            }
            if word.isEmpty { break }
        }
        if !word.isEmpty, word.count == content.count {
            if let f = TexNames.functions[word], word.count > 1 {
                return try parseApplication(f, start: start)
            }
            if word.count == 1 || TexNames.fontMacros.contains(macro) && word.count == 1 {
                return try parseName(word, start: start)
            }
        }
        if TexNames.fontMacros.contains(macro), !content.isEmpty {
            return try parseArgumentTokens(content, end: here)
        }
        let text = content.map(\.display).joined(separator: word.isEmpty ? " " : "")
        throw TexParseError("text '\(text)' inside the equation", at: start)
    }

    /// A builtin function and its argument: `(…)`, `\left(…\right)`, `{…}`,
    /// or, without delimiters, the factors that follow (`\operatorname{tr} X^T A`).
    mutating func parseApplication(_ f: BuiltinFunction, start: Int) throws -> Expression {
        var primes = 0
        while let t = current, t.isSymbol("'") || t.isCommand("prime") {
            primes += 1
            advance()
        }
        if let t = current, t.kind == .superscriptMark {
            throw TexParseError(
                "a power of a function name (\(f.rawValue)^…) is not supported", at: t.offset)
        }
        let argument: Expression
        if atOpeningDelimiter() || current?.kind == .openBrace {
            argument = try parseDelimited()
        } else if [.sigmoid, .tanh, .exp, .log, .softplus, .relu, .step, .sin, .cos].contains(f) {
            argument = try parseScripted()
        } else {
            let argumentStart = here
            var product = try parseScripted()
            while atStartOfFactor() {
                let next = try parseScripted()
                product = .binary(.multiply, product, next, range(from: argumentStart))
            }
            argument = product
        }
        if primes > 0 || f == .sigmoid || f == .tanh {
            return try TexExpressionParser.activation(
                f, argument, order: primes, range(from: start))
        }
        return .call(f, [argument], range(from: start))
    }
}
