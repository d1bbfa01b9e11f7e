import ClaimLanguage

// Atoms with their scripts: superscripts (transposes, inverses, powers, layer labels),
// subscripts and primes.

extension TexExpressionParser {
    /// An atom with its superscripts, subscripts and primes.
    mutating func parseScripted() throws -> Expression {
        try enter()
        defer { depth -= 1 }
        let start = here
        var base = try parseAtom()
        var scripts = 0
        while let t = current {
            scripts += 1
            if scripts > TexExpressionParser.maximumDepth {
                throw TexParseError(
                    "more than \(TexExpressionParser.maximumDepth) scripts on one expression",
                    at: t.offset)
            }
            if t.kind == .superscriptMark {
                advance()
                let script = try scriptTokens()
                base = try applySuperscript(script, to: base, start: start)
            } else if t.kind == .subscriptMark {
                advance()
                let scriptStart = here
                let script = try scriptTokens()
                if ShapeSubscripts.isShape(script) {
                    environment.shapeSubscripts.record(base, space: script, offset: scriptStart)
                    continue
                }
                guard TexExpressionParser.isIndexList(script) else {
                    throw TexParseError(
                        "a subscript on a compound expression must be an index list such as _{ij}",
                        at: scriptStart)
                }
                base = try entry(
                    of: base, name: ClaimPrinter.text(base), indexTokens: script, start: start)
            } else if t.isSymbol("'") || t.isCommand("prime") {
                advance()
                base = .transpose(base, range(from: start))
            } else {
                break
            }
        }
        return base
    }

    /// The tokens of one script argument: `{…}` or a single token.
    mutating func scriptTokens() throws -> [TexToken] {
        guard let t = current else {
            throw TexParseError("a script without its argument", at: textEnd)
        }
        if t.kind == .openBrace {
            let close = try matchingBrace(from: position)
            let inner = Array(tokens[(position + 1)..<close])
            position = close + 1
            return inner
        }
        if t.kind == .closeBrace || t.kind == .superscriptMark || t.kind == .subscriptMark {
            throw TexParseError("a script without its argument", at: t.offset)
        }
        advance()
        if case .number(let digits) = t.kind, digits.count > 1, !digits.contains(".") {
            // `x^23` is x^2 followed by 3 in TeX; refuse the ambiguity.
            throw TexParseError("the superscript \(digits) needs braces", at: t.offset)
        }
        if case .command(let name) = t.kind,
            TexNames.wordMacros.contains(name) || TexNames.fontMacros.contains(name)
        {
            // `^\mathsf{T}`: the macro and its argument.
            if let open = current, open.kind == .openBrace {
                let close = try matchingBrace(from: position)
                let inner = Array(tokens[position...close])
                position = close + 1
                return [t] + inner
            }
        }
        return [t]
    }

    /// The index of the `}` matching the `{` at `index`.
    func matchingBrace(from index: Int) throws -> Int {
        var level = 0
        var i = index
        while i < tokens.count {
            switch tokens[i].kind {
            case .openBrace: level += 1
            case .closeBrace:
                level -= 1
                if level == 0 { return i }
            default: break
            }
            i += 1
        }
        throw TexParseError("unbalanced '{'", at: tokens[index].offset)
    }

    /// What a superscript means.
    enum Superscript: Equatable {
        case transpose
        case power(Int)
        case inverseTranspose
        /// A layer index that is part of the name, perhaps followed by `T`.
        case layer(String, transposed: Bool)
    }

    func classify(_ script: [TexToken]) throws -> Superscript {
        let at = script.first?.offset ?? here
        if TexExpressionParser.isTransposeMark(script) { return .transpose }
        if script.count == 2, script[0].isSymbol("-"),
            TexExpressionParser.isTransposeMark([script[1]])
        {
            return .inverseTranspose
        }
        var sign = 1
        var body = script[...]
        if let f = body.first, f.isSymbol("-") {
            sign = -1
            body = body.dropFirst()
        }
        if body.count == 1, let only = body.first, case .number(let digits) = only.kind,
            let k = Int(digits),
            k <= 64
        {
            return .power(sign * k)
        }
        // A layer index: letters, digits, + - and brackets, perhaps ending in T.
        var parts = Array(script)
        var transposed = false
        if parts.count >= 2, let last = parts.last, TexExpressionParser.isTransposeMark([last]) {
            transposed = true
            parts.removeLast()
        }
        guard let name = TexExpressionParser.nameFragment(parts) else {
            throw TexParseError(
                "cannot read the superscript \(script.map(\.display).joined())", at: at)
        }
        return .layer(name, transposed: transposed)
    }

    static func isTransposeMark(_ s: [TexToken]) -> Bool {
        if s.count == 1 {
            switch s[0].kind {
            case .letter(let c): return c == "T" || c == "⊤"
            case .command(let name): return name == "top" || name == "intercal" || name == "T"
            case .other(let c): return c == "⊤" || c == "ᵀ"
            default: return false
            }
        }
        // \mathsf T inside braces, \mathsf{T}, \mathrm{T}, \text{T}.
        if s.count == 2, case .command(let m) = s[0].kind, TexNames.transposeCommands.contains(m) {
            return isTransposeMark([s[1]])
        }
        if s.count == 4, case .command(let m) = s[0].kind, TexNames.transposeCommands.contains(m),
            s[1].kind == .openBrace, s[3].kind == .closeBrace
        {
            return isTransposeMark([s[2]])
        }
        return false
    }

    /// Letters, digits, Greek macros, `+`/`-` (as `p`/`m`) and brackets,
    /// folded into a fragment of an identifier; `nil` for anything else.
    static func nameFragment(_ s: [TexToken]) -> String? {
        var out = ""
        for t in s {
            switch t.kind {
            case .letter(let c): out.append(c)
            case .number(let d): out += d.replacingOccurrences(of: ".", with: "_")
            case .command(let name):
                if let g = TexNames.greek[name] {
                    out.append(g)
                } else if name == "prime" {
                    out += "prime"
                } else if name == "star" || name == "ast" {
                    out += "star"
                } else if TexNames.fontMacros.contains(name) || TexNames.wordMacros.contains(name) {
                    continue
                } else {
                    return nil
                }
            case .symbol(let c):
                switch c {
                case "-": out += "m"
                case "+": out += "p"
                case "(", ")", "[", "]", ",": continue
                case "*": out += "star"
                default: return nil
                }
            case .openBrace, .closeBrace: continue
            case .subscriptMark: out += "_"
            default: return nil
            }
        }
        return out.isEmpty ? nil : out
    }

    mutating func applySuperscript(
        _ script: [TexToken], to base: Expression, start: Int
    ) throws -> Expression {
        let kind = try classify(script)
        let r = range(from: start)
        switch kind {
        case .transpose:
            return .transpose(base, r)
        case .inverseTranspose:
            let minusOne = Expression.number(
                ExactNumber(-1)!, SourceRange(script[0].offset, script[0].end))
            return .power(.transpose(base, r), minusOne, r)
        case .power(let k):
            let exponent = Expression.number(
                ExactNumber(k)!, SourceRange(script.first?.offset ?? start, r.end))
            return .power(base, exponent, r)
        case .layer(let fragment, let transposed):
            guard case .symbol(let name, let nameRange) = base else {
                throw TexParseError(
                    "a layer superscript on a compound expression",
                    at: script.first?.offset ?? start)
            }
            let renamed = Expression.symbol(name + "_" + fragment, nameRange.union(r))
            return transposed ? .transpose(renamed, r) : renamed
        }
    }
}
