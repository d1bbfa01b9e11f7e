extension Parser {
    /// `request := [let NAME = expr ;]* expr [where decl (, decl)*]`: an
    /// expression with its context, as `matcheck derive` takes it. The
    /// result is a claim whose two sides are the expression.
    mutating func parseStandaloneExpression() throws -> Claim {
        let definitions = try parseDefinitions()
        let expression = try parseExpression()
        let (declarations, assumptions) = try parseWhereClause()
        guard current.kind == .end else {
            if current.kind == .equalEqual {
                throw error("give an expression to derive, not a claim with '=='")
            }
            throw error("unexpected \(current.display) after the expression")
        }
        return Claim(
            source: source, definitions: definitions, lhs: expression, rhs: expression,
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
