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
}
