import Derivations

extension TexExpressionParser {
    /// Whether the current token starts a factor of an implicit product.
    func atStartOfFactor() -> Bool {
        guard let t = current, startsAtom(t) else { return false }
        if case .command(let name) = t.kind, TexNames.sizes.contains(name),
           let next = peek(), next.isSymbol(")") || next.isSymbol("]") || next.isSymbol("|") {
            return false
        }
        return true
    }

    mutating func parseAtom() throws -> Expression {
        guard let t = current else { throw TexParseError("expected an expression at the end", at: textEnd) }
        switch t.kind {
        case .number(let digits):
            advance()
            guard let value = TexExpressionParser.exactNumber(digits) else {
                throw TexParseError("the number \(digits) does not fit 64 bits", at: t.offset)
            }
            return .number(value, range(from: t.offset))
        case .letter(let c):
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
            return inner
        case .openBrace:
            return try parseGroup()
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
        guard !inner.isEmpty else { throw TexParseError("empty braces", at: tokens[position].offset) }
        var sub = TexExpressionParser(tokens: inner, environment: environment, textEnd: tokens[close].offset)
        sub.depth = depth
        let e = try sub.parseAll()
        position = close + 1
        return e
    }

    /// Parses a brace argument `{…}` (or a single token) as its own expression.
    mutating func parseArgumentTokens(_ inner: [TexToken], end: Int) throws -> Expression {
        var sub = TexExpressionParser(tokens: inner, environment: environment, textEnd: end)
        sub.depth = depth
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

    // MARK: Names

    /// A name with its subscripts, layer superscripts and (for declared
    /// functions) primes and argument.
    mutating func parseName(_ base: String, start: Int) throws -> Expression {
        var name = base
        var primes = 0
        var layerTransposed = false
        var identitySize: Expression?
        loop: while let t = current {
            switch t.kind {
            case .subscriptMark:
                advance()
                let scriptStart = here
                let script = try scriptTokens()
                if name == "I", !environment.knownNames.contains("I") {
                    identitySize = try dimension(script, at: scriptStart)
                    continue
                }
                if TexExpressionParser.isIndexList(script), environment.knownNames.contains(name) {
                    throw TexParseError("the entry \(name)_{\(script.map(\.display).joined())} needs index notation (entries and index sums are not supported yet)", at: scriptStart)
                }
                guard let fragment = TexExpressionParser.nameFragment(script) else {
                    throw TexParseError("cannot read the subscript \(script.map(\.display).joined())", at: scriptStart)
                }
                name += "_" + fragment
            case .superscriptMark:
                let saved = position
                advance()
                let script = try scriptTokens()
                if case .layer(let fragment, let transposed) = try classify(script) {
                    name += "_" + fragment
                    if transposed {
                        layerTransposed = true
                        break loop
                    }
                } else {
                    position = saved
                    break loop
                }
            case .symbol("'"), .command("prime"):
                let isFunctionPrefix = name == "σ" || name == "tanh" || environment.functions.contains { $0 == name || $0.hasPrefix(name + "_") }
                guard isFunctionPrefix, !layerTransposed else { break loop }
                primes += 1
                advance()
            default:
                break loop
            }
        }
        if let identitySize {
            return .call(.eye, [identitySize], range(from: start))
        }
        if name == "I", !environment.knownNames.contains("I") {
            throw TexParseError("the identity I needs its size: write I_n", at: start)
        }
        if atOpeningDelimiter() {
            if environment.functions.contains(name) {
                let argument = try parseDelimited()
                return .userFunction(name: name, order: primes, argument: argument, range(from: start))
            }
            if name == "σ" && !environment.knownNames.contains("σ") {
                let argument = try parseDelimited()
                return try TexExpressionParser.activation(.sigmoid, argument, order: primes, range(from: start))
            }
        }
        var result = Expression.symbol(name, range(from: start))
        for _ in 0..<primes { result = .transpose(result, range(from: start)) }
        if layerTransposed { result = .transpose(result, range(from: start)) }
        return result
    }

    /// Whether the subscript is a list of index letters (`ij`, `j,k`, `k`).
    static func isIndexList(_ script: [TexToken]) -> Bool {
        guard !script.isEmpty else { return false }
        for t in script {
            switch t.kind {
            case .letter(let c): if !"ijklmnpqrstuv".contains(c) { return false }
            case .symbol(","): continue
            default: return false
            }
        }
        return true
    }

    /// A size in a subscript (`I_n`, `I_{o \times o}`, `I_{mn}`, `I_3`):
    /// the dimension as an integer expression.
    func dimension(_ script: [TexToken], at offset: Int) throws -> Expression {
        var factors: [Expression] = []
        var parts = script
        // `o \times o`: the identity of size o.
        if let times = parts.firstIndex(where: { $0.isCommand("times") }) {
            let left = Array(parts[..<times]), right = Array(parts[(times + 1)...])
            guard left.map(\.kind) == right.map(\.kind) else {
                throw TexParseError("the identity I_{\(script.map(\.display).joined(separator: " "))} is not square", at: offset)
            }
            parts = left
        }
        for t in parts {
            switch t.kind {
            case .letter(let c): factors.append(.symbol(String(c), SourceRange(t.offset, t.end)))
            case .number(let d):
                guard let v = TexExpressionParser.exactNumber(d), v.isInteger, v.numerator > 0 else {
                    throw TexParseError("the size \(d) is not a positive integer", at: t.offset)
                }
                factors.append(.number(v, SourceRange(t.offset, t.end)))
            default:
                throw TexParseError("cannot read the size \(script.map(\.display).joined())", at: t.offset)
            }
        }
        guard var product = factors.first else { throw TexParseError("an empty size", at: offset) }
        for f in factors.dropFirst() { product = .binary(.multiply, product, f, product.range.union(f.range)) }
        return product
    }

    /// `σ(z)`, `σ'(z)` = σ(z)(1 − σ(z)), `tanh'(z)` = 1 − tanh(z)²: builtin
    /// activations and their first derivatives.
    static func activation(_ f: BuiltinFunction, _ argument: Expression, order: Int, _ r: SourceRange) throws -> Expression {
        let value = Expression.call(f, [argument], r)
        switch order {
        case 0: return value
        case 1:
            let one = Expression.number(ExactNumber(1)!, r)
            if f == .sigmoid { return .binary(.hadamard, value, .binary(.subtract, one, value, r), r) }
            if f == .tanh { return .binary(.subtract, one, .binary(.hadamard, value, value, r), r) }
            throw TexParseError("the derivative \(f.rawValue)' is not supported", at: r.start)
        default:
            throw TexParseError("higher derivatives of \(f.rawValue) are not supported", at: r.start)
        }
    }

    // MARK: Delimited arguments

    /// Whether the current token opens `(`, `\left(`, `\big(`, `[`.
    func atOpeningDelimiter() -> Bool {
        guard let t = current else { return false }
        if t.isSymbol("(") { return true }
        if case .command(let name) = t.kind, name == "left" || TexNames.sizes.contains(name),
           let next = peek(), next.isSymbol("(") || next.isSymbol("[") {
            return true
        }
        return false
    }

    /// `( … )`, `\left( … \right)`, `\big( … \big)`, `[ … ]`, `{ … }`.
    mutating func parseDelimited() throws -> Expression {
        guard let t = current else { throw TexParseError("expected an argument at the end", at: textEnd) }
        if t.kind == .openBrace { return try parseGroup() }
        if t.isSymbol("(") || t.isSymbol("[") {
            advance()
            let inner = try parseSum()
            try expectSymbol(t.isSymbol("(") ? ")" : "]", opening: t)
            return inner
        }
        guard case .command(let name) = t.kind, name == "left" || TexNames.sizes.contains(name) else {
            throw unexpected(t)
        }
        advance()
        guard let open = current else { throw TexParseError("\\\(name) without a delimiter", at: textEnd) }
        guard open.isSymbol("(") || open.isSymbol("[") || open.isSymbol(".") else {
            if open.isSymbol("|") || open.isCommand("|") || open.isCommand("lVert") || open.isCommand("lvert") {
                throw TexParseError("absolute values and norms are not supported", at: open.offset)
            }
            throw TexParseError("unsupported delimiter after \\\(name)", at: open.offset)
        }
        advance()
        let inner = try parseSum()
        guard let close = current, case .command(let closer) = close.kind,
              closer == "right" || TexNames.sizes.contains(closer) else {
            throw TexParseError("'\(t.display)\(open.display)' at column \(t.offset + 1) is not closed", at: here)
        }
        advance()
        guard let delimiter = current, delimiter.isSymbol(")") || delimiter.isSymbol("]") || delimiter.isSymbol(".") else {
            throw TexParseError("unsupported closing delimiter", at: here)
        }
        advance()
        return inner
    }
}
