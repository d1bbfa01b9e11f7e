extension Parser {
    /// `request := [let NAME = expr ;]* expr [where decl (, decl)*]`: an
    /// expression with its context, as `matcheck derive` takes it. The
    /// result is a claim whose two sides are the expression.
    mutating func parseStandaloneExpression() throws -> Claim {
        var definitions: [Definition] = []
        while isIdentifier("let") {
            advance()
            guard case .identifier(let name) = current.kind, !Parser.reservedWords.contains(name) else {
                throw error("expected a name after 'let', found \(current.display)")
            }
            let nameRange = current.range
            advance()
            _ = try expect(.equals, "'=' after 'let \(name)'")
            let expression = try parseExpression()
            _ = try expect(.semicolon, "';' after the definition of '\(name)'")
            definitions.append(Definition(name: name, expression: expression, range: nameRange))
        }
        let expression = try parseExpression()
        var declarations: [Declaration] = []
        var assumptions: [Assumption] = []
        if isIdentifier("where") {
            advance()
            repeat {
                try parseDeclaration(into: &declarations, assumptions: &assumptions)
                guard current.kind == .comma else { break }
                advance()
            } while true
        }
        guard current.kind == .end else {
            if current.kind == .equalEqual { throw error("give an expression to derive, not a claim with '=='") }
            throw error("unexpected \(current.display) after the expression")
        }
        return Claim(source: source, definitions: definitions, lhs: expression, rhs: expression,
                     declarations: declarations, assumptions: assumptions)
    }
}

extension Claim {
    /// Parses an expression with its `let` definitions and `where` clause
    /// (`grad(log(det(X)), X) where X: n x n`) as the claim `e == e`.
    /// - Throws: ``ClaimError`` with the caret position of the first syntax error.
    public init(parsingExpression text: String) throws {
        var parser = try Parser(source: text)
        self = try parser.parseStandaloneExpression()
    }
}
