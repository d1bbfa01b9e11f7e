/// A recursive-descent parser for the claim language with an explicit
/// nesting limit: a claim nested deeper than ``maximumDepth`` is a
/// ``ClaimError`` of kind `.limit`, never a stack overflow.
///
/// Precedence, loosest first: `==`; `+ -`; `* .* ./ /`; `⊗`; unary `-`;
/// `^` (right-associative); postfix `'` and `ᵀ`; atoms.
struct Parser {
    /// The deepest expression tree accepted (parentheses, operators and
    /// function calls all count).
    package static let maximumDepth = 128

    package static let reservedWords: Set<String> = ["let", "where"]

    package let source: String
    package let tokens: [Token]
    package var position = 0
    package var depth = 0

    package init(source: String) throws {
        self.source = source
        self.tokens = try Lexer(source).tokens()
    }

    package var current: Token { tokens[Swift.min(position, tokens.count - 1)] }
    package func peek(_ offset: Int = 1) -> Token {
        tokens[Swift.min(position + offset, tokens.count - 1)]
    }
    package mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    package func error(_ message: String, _ range: SourceRange? = nil) -> ClaimError {
        ClaimError(.syntax, message, at: range ?? current.range, in: source)
    }

    package mutating func expect(_ kind: Token.Kind, _ what: String) throws -> Token {
        guard current.kind == kind else {
            throw error("expected \(what), found \(current.display)")
        }
        let token = current
        advance()
        return token
    }

    package func isIdentifier(_ word: String) -> Bool {
        if case .identifier(word) = current.kind { return true }
        return false
    }

    package mutating func enter() throws {
        depth += 1
        if depth > Parser.maximumDepth {
            throw ClaimError(
                .limit, "the expression is nested more than \(Parser.maximumDepth) levels deep",
                at: current.range, in: source)
        }
    }

    package func checkDepth(_ d: Int, _ range: SourceRange) throws {
        if d > Parser.maximumDepth {
            throw ClaimError(
                .limit, "the expression is nested more than \(Parser.maximumDepth) levels deep",
                at: range, in: source)
        }
    }
}
