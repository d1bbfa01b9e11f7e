/// A claim: its `let` definitions, its two sides and its `where` clause.
extension Parser {
    /// `[let NAME = expr ;]*`: the definitions that open a claim or a request.
    mutating func parseDefinitions() throws -> [Definition] {
        var definitions: [Definition] = []
        while isIdentifier("let") {
            advance()
            guard case .identifier(let name) = current.kind, !Parser.reservedWords.contains(name)
            else {
                throw error("expected a name after 'let', found \(current.display)")
            }
            let nameRange = current.range
            advance()
            _ = try expect(.equals, "'=' after 'let \(name)'")
            let expression = try parseExpression()
            _ = try expect(.semicolon, "';' after the definition of '\(name)'")
            definitions.append(Definition(name: name, expression: expression, range: nameRange))
        }
        return definitions
    }

    /// `[where decl (, decl)*]`: the declarations and assumptions that close a
    /// claim or a request.
    mutating func parseWhereClause() throws -> ([Declaration], [Assumption]) {
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
        return (declarations, assumptions)
    }

    /// `claim := [let NAME = expr ;]* expr == expr [where decl (, decl)*]`
    package mutating func parseClaim() throws -> Claim {
        let definitions = try parseDefinitions()
        let lhs = try parseExpression()
        guard current.kind == .equalEqual else {
            if current.kind == .equals {
                throw error("expected '==' (a claim compares with '=='), found '='")
            }
            throw error(
                "expected '==' between the two sides of the claim, found \(current.display)")
        }
        advance()
        let rhs = try parseExpression()
        let (declarations, assumptions) = try parseWhereClause()
        guard current.kind == .end else {
            if current.kind == .equalEqual { throw error("a claim has exactly one '=='") }
            throw error("unexpected \(current.display) after the claim")
        }
        return Claim(
            source: source, definitions: definitions, lhs: lhs, rhs: rhs,
            declarations: declarations, assumptions: assumptions)
    }
}
