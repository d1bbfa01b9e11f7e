import ClaimLanguage

extension TexExpressionParser {
    /// Whether the current token starts a factor of an implicit product.
    func atStartOfFactor() -> Bool {
        guard let t = current, startsAtom(t) else { return false }
        if case .command(let name) = t.kind, TexNames.sizes.contains(name),
            let next = peek(), next.isSymbol(")") || next.isSymbol("]") || next.isSymbol("|")
        {
            return false
        }
        return true
    }

    mutating func parseAtom() throws -> Expression {
        guard let t = current else {
            throw TexParseError("expected an expression at the end", at: textEnd)
        }
        switch t.kind {
        case .number(let digits):
            advance()
            guard let value = TexExpressionParser.exactNumber(digits) else {
                throw TexParseError("the number \(digits) does not fit 64 bits", at: t.offset)
            }
            return .number(value, range(from: t.offset))
        case .letter(let c):
            // `dz`, `dW^l`, `d \nabla_x f`: a differential, which the claim language cannot state.
            if c == "d", !environment.knownNames.contains("d"),
                !environment.functions.contains("d"),
                let next = peek(),
                next.offset == t.end
                    && (TexExpressionParser.startsName(next) || next.isSymbol("("))
                    || next.isCommand("nabla")
            {
                advance()
                let operand = next.isSymbol("(") ? try parseDelimited() : try parseScripted()
                return .userFunction(
                    name: TexExpressionParser.differential, order: 0, argument: operand,
                    range(from: t.offset))
            }
            advance()
            return try parseName(String(c), start: t.offset)
        case .symbol("("):
            advance()
            let inner = try parseSum()
            try expectSymbol(")", opening: t)
            return inner
        case .symbol("["):
            advance()
            let inner = try parseSum()
            try expectSymbol("]", opening: t)
            return blockMatrix(inner, range(from: t.offset)) ?? inner
        case .openBrace:
            return try parseGroup()
        case .symbol("|"):
            return try parseBars(opening: t, norm: false)
        case .command(let name):
            return try parseCommand(name, token: t)
        default:
            throw unexpected(t)
        }
    }

    /// `{ … }` as a sub-expression.
    mutating func parseGroup() throws -> Expression {
        let close = try matchingBrace(from: position)
        let inner = Array(tokens[(position + 1)..<close])
        guard !inner.isEmpty else {
            throw TexParseError("empty braces", at: tokens[position].offset)
        }
        var sub = TexExpressionParser(
            tokens: inner, environment: environment, textEnd: tokens[close].offset)
        sub.depth = depth
        sub.kroneckerLoose = kroneckerLoose
        sub.insideSum = insideSum
        let e = try sub.parseAll()
        position = close + 1
        return e
    }

    /// Parses a brace argument `{…}` (or a single token) as its own expression.
    mutating func parseArgumentTokens(_ inner: [TexToken], end: Int) throws -> Expression {
        var sub = TexExpressionParser(tokens: inner, environment: environment, textEnd: end)
        sub.depth = depth
        sub.kroneckerLoose = kroneckerLoose
        sub.insideSum = insideSum
        return try sub.parseAll()
    }

    static func exactNumber(_ digits: String) -> ExactNumber? {
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = Int(parts[0]) else { return nil }
        guard parts.count == 2 else { return ExactNumber(whole) }
        let fraction = parts[1]
        guard fraction.count <= 17, let f = Int(fraction) else { return nil }
        var scale = 1
        for _ in 0..<fraction.count { scale *= 10 }
        let (product, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        let (sum, overflow2) = product.addingReportingOverflow(f)
        guard !overflow2 else { return nil }
        return ExactNumber(sum, scale)
    }

    // MARK: Delimited arguments

    /// Whether the current token opens `(`, `\left(`, `\big(`, `[`.
    func atOpeningDelimiter() -> Bool {
        guard let t = current else { return false }
        if t.isSymbol("(") { return true }
        if case .command(let name) = t.kind, name == "left" || TexNames.sizes.contains(name),
            let next = peek(), next.isSymbol("(") || next.isSymbol("[")
        {
            return true
        }
        return false
    }

    /// `( … )`, `\left( … \right)`, `\big( … \big)`, `[ … ]`, `{ … }`.
    mutating func parseDelimited() throws -> Expression {
        guard let t = current else {
            throw TexParseError("expected an expression at the end", at: textEnd)
        }
        if t.kind == .openBrace { return try parseGroup() }
        if t.isSymbol("(") || t.isSymbol("[") {
            advance()
            let inner = try parseSum()
            try expectSymbol(t.isSymbol("(") ? ")" : "]", opening: t)
            return inner
        }
        guard case .command(let name) = t.kind, name == "left" || TexNames.sizes.contains(name)
        else {
            throw unexpected(t)
        }
        advance()
        guard let open = current else {
            throw TexParseError("\\\(name) without a delimiter", at: textEnd)
        }
        guard open.isSymbol("(") || open.isSymbol("[") || open.isSymbol(".") else {
            if open.isSymbol("|") || open.isCommand("|") || open.isCommand("lVert")
                || open.isCommand("lvert")
            {
                throw TexParseError(
                    "\\left| and \\left\\| are not read: write |x| or \\|x\\| without \\left",
                    at: open.offset)
            }
            throw TexParseError("unsupported delimiter after \\\(name)", at: open.offset)
        }
        advance()
        let inner = try parseSum()
        guard let close = current, case .command(let closer) = close.kind,
            closer == "right" || TexNames.sizes.contains(closer)
        else {
            throw TexParseError(
                "'\(t.display)\(open.display)' at column \(t.offset + 1) is not closed", at: here)
        }
        advance()
        guard let delimiter = current,
            delimiter.isSymbol(")") || delimiter.isSymbol("]") || delimiter.isSymbol(".")
        else {
            throw TexParseError("unsupported closing delimiter", at: here)
        }
        advance()
        return inner
    }
}
