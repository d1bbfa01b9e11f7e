import ClaimLanguage

/// Reads one side of an equation, written in LaTeX, into the claim
/// language's ``Expression`` AST (no string rewriting): every node's range
/// is the LaTeX it came from.
///
/// Precedence, loosest first: `+ -`; entrywise products (`\odot`, `\circ`);
/// matrix products (`\cdot`, `*`, `/`, juxtaposition); `\otimes` (or the other way
/// round, ``kroneckerLoose``); unary minus; scripts (`^T`, `^{-1}`, `^2`, `'`); atoms.
/// A derivative in operator form (`\frac{\partial}{\partial x}(\cdot)`) takes the rest
/// of the product.
///
/// Anything it cannot read is a ``TexParseError`` naming the construct and
/// its column, never a guess.
public struct TexExpressionParser {
    /// The deepest nesting accepted (groups, operators, scripts).
    public static let maximumDepth = 100

    let tokens: [TexToken]
    let environment: TexEnvironment
    let textEnd: Int
    var position = 0
    var depth = 0
    /// Whether `\otimes` binds looser than matrix products (`AC \otimes BD` is
    /// `(AC) ⊗ (BD)`, as in the mixed-product rule); by default it binds tighter
    /// (`A^T \otimes I_n \text{vec}(X)` is `(Aᵀ ⊗ I_n) vec X`). ``NoteState`` reads a side
    /// the other way when only that reading has matching shapes.
    public var kroneckerLoose = false
    /// Whether the parser is inside the body of a `\sum` (whose indices are bound there).
    var insideSum = false

    /// A parser over `tokens` (one side of a link); `textEnd` is the
    /// position reported for "end of input".
    public init(tokens: [TexToken], environment: TexEnvironment, textEnd: Int) {
        self.tokens = tokens
        self.environment = environment
        self.textEnd = textEnd
    }

    /// Parses the whole token list as one expression.
    /// - Throws: ``TexParseError`` when the tokens are not a readable expression.
    public mutating func parseAll() throws -> Expression {
        guard !tokens.isEmpty else { throw TexParseError("empty side of an equation", at: textEnd) }
        let e = try parseSum()
        if position < tokens.count {
            throw unexpected(tokens[position])
        }
        return e
    }

    // MARK: Helpers

    var current: TexToken? { position < tokens.count ? tokens[position] : nil }
    var here: Int { current?.offset ?? textEnd }

    func peek(_ k: Int = 1) -> TexToken? {
        position + k < tokens.count ? tokens[position + k] : nil
    }

    mutating func advance() { position += 1 }

    func range(from start: Int) -> SourceRange {
        let end = position > 0 ? tokens[Swift.min(position, tokens.count) - 1].end : start + 1
        return SourceRange(start, end)
    }

    func unexpected(_ token: TexToken) -> TexParseError {
        switch token.kind {
        case .command(let name):
            if TexNames.relations.contains(name) {
                return TexParseError("the relation \\\(name) is not an equality", at: token.offset)
            }
            return TexParseError("unknown macro \\\(name)", at: token.offset)
        case .closeBrace: return TexParseError("unbalanced '}'", at: token.offset)
        case .other(let c):
            let shown = c.unicodeScalars.first.map {
                $0.value < 0x20 ? "U+\(String($0.value, radix: 16))" : String(c)
            }
            return TexParseError("unexpected character '\(shown ?? "?")'", at: token.offset)
        default: return TexParseError("unexpected '\(token.display)'", at: token.offset)
        }
    }

    mutating func enter() throws {
        depth += 1
        if depth > TexExpressionParser.maximumDepth {
            throw TexParseError(
                "nested more than \(TexExpressionParser.maximumDepth) levels deep", at: here)
        }
    }

    mutating func expectSymbol(_ c: Character, opening: TexToken) throws {
        guard let t = current, t.isSymbol(c) else {
            throw TexParseError(
                "'\(opening.display)' at column \(opening.offset + 1) is not closed by '\(c)'",
                at: here)
        }
        advance()
    }

    // MARK: Sums and products

    mutating func parseSum() throws -> Expression {
        try enter()
        defer { depth -= 1 }
        let start = here
        var left = try parseProduct()
        var terms = 1
        while let t = current, t.isSymbol("+") || t.isSymbol("-") {
            terms += 1
            if terms > TexExpressionParser.maximumDepth {
                throw TexParseError(
                    "a sum of more than \(TexExpressionParser.maximumDepth) terms", at: t.offset)
            }
            advance()
            let right = try parseProduct()
            left = .binary(t.isSymbol("+") ? .add : .subtract, left, right, range(from: start))
        }
        if let t = current, t.isCommand("pm") || t.isCommand("mp") {
            throw TexParseError(
                "\\\(t.display.dropFirst()) (plus or minus) is two claims; write each", at: t.offset
            )
        }
        return left
    }

    /// Entrywise products (`\odot`, `\circ`, `\oslash`): the loosest products, so that
    /// `(1 - u \odot u) \odot V^T e` is `(1 - u ⊙ u) ⊙ (Vᵀ e)`.
    mutating func parseProduct() throws -> Expression {
        let start = here
        var left = kroneckerLoose ? try parseKronecker() : try parseMatrixProduct()
        var steps = 0
        while let t = current {
            let op: BinaryOperator
            if t.isCommand("odot") || t.isCommand("circ") {
                op = .hadamard
            } else if t.isCommand("oslash") {
                op = .elementDivide
            } else {
                break
            }
            steps += 1
            if steps > TexExpressionParser.maximumDepth {
                throw TexParseError(
                    "a product of more than \(TexExpressionParser.maximumDepth) factors",
                    at: t.offset)
            }
            advance()
            let right = kroneckerLoose ? try parseKronecker() : try parseMatrixProduct()
            left = .binary(op, left, right, range(from: start))
        }
        return left
    }

    /// `A \otimes B` (see ``kroneckerLoose`` for its precedence).
    mutating func parseKronecker() throws -> Expression {
        let start = here
        var left = kroneckerLoose ? try parseMatrixProduct() : try parseUnary()
        var factors = 1
        while let t = current, t.isCommand("otimes") {
            factors += 1
            if factors > TexExpressionParser.maximumDepth {
                throw TexParseError(
                    "a Kronecker product of more than \(TexExpressionParser.maximumDepth) factors",
                    at: t.offset)
            }
            advance()
            let right = kroneckerLoose ? try parseMatrixProduct() : try parseUnary()
            left = .binary(.kronecker, left, right, range(from: start))
        }
        return left
    }

    /// Matrix products: juxtaposition, `\cdot`, `*`, `\times`, and `/` (by a scalar), left
    /// to right.
    mutating func parseMatrixProduct() throws -> Expression {
        let start = here
        var left = kroneckerLoose ? try parseUnary() : try parseKronecker()
        var steps = 0
        while let t = current {
            steps += 1
            if steps > TexExpressionParser.maximumDepth {
                throw TexParseError(
                    "a product of more than \(TexExpressionParser.maximumDepth) factors",
                    at: t.offset)
            }
            let op: BinaryOperator
            if t.isCommand("cdot") || t.isSymbol("*") || t.isCommand("times") || t.isCommand("ast")
            {
                op = .multiply
                advance()
            } else if t.isSymbol("/") {
                op = .divide
                advance()
            } else if atStartOfFactor() {
                op = .multiply
            } else {
                break
            }
            let right = kroneckerLoose ? try parseUnary() : try parseKronecker()
            left = .binary(op, left, right, range(from: start))
        }
        return left
    }

    mutating func parseUnary() throws -> Expression {
        guard let t = current else {
            throw TexParseError("expected an expression at the end", at: textEnd)
        }
        if t.isSymbol("-") {
            advance()
            try enter()
            defer { depth -= 1 }
            let operand = try parseUnary()
            return .negation(operand, range(from: t.offset))
        }
        if t.isSymbol("+") {
            advance()
            return try parseUnary()
        }
        return try parseScripted()
    }

    /// Whether `t` can start a factor of an implicit product.
    func startsAtom(_ t: TexToken) -> Bool {
        switch t.kind {
        case .letter, .number, .openBrace: return true
        case .symbol(let c): return c == "("
        case .command(let name):
            if TexNames.relations.contains(name) { return false }
            return ![
                "cdot", "times", "otimes", "odot", "circ", "quad", "qquad", "right", "pm", "mp",
                "ast", "oslash", "end", "tag", "label", "nonumber", "notag",
            ].contains(name)
        default: return false
        }
    }

    // MARK: Atoms with scripts

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
