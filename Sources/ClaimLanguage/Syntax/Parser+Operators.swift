/// Expressions by precedence: sums, products, `⊗`, unary minus, powers, transposes, entries.
extension Parser {
    package mutating func parseExpression() throws -> Expression { try parseSum().expression }

    package typealias Parsed = (expression: Expression, depth: Int)

    package mutating func parseSum() throws -> Parsed {
        try enter()
        defer { depth -= 1 }
        var left = try parseProduct()
        while current.kind == .plus || current.kind == .minus {
            let op: BinaryOperator = current.kind == .plus ? .add : .subtract
            advance()
            let right = try parseProduct()
            left = try binary(op, left, right)
        }
        return left
    }

    /// `left op right`, one level deeper than the deeper operand, within the nesting limit.
    func binary(_ op: BinaryOperator, _ left: Parsed, _ right: Parsed) throws -> Parsed {
        let range = left.expression.range.union(right.expression.range)
        let parsed: Parsed = (
            .binary(op, left.expression, right.expression, range),
            Swift.max(left.depth, right.depth) + 1
        )
        try checkDepth(parsed.depth, range)
        return parsed
    }

    package mutating func parseProduct() throws -> Parsed {
        var left = try parseKronecker()
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .star: op = .multiply
            case .hadamard: op = .hadamard
            case .elementDivide: op = .elementDivide
            case .slash: op = .divide
            default: return left
            }
            advance()
            let right = try parseKronecker()
            left = try binary(op, left, right)
        }
    }

    package mutating func parseKronecker() throws -> Parsed {
        var left = try parseUnary()
        while current.kind == .kronecker {
            advance()
            let right = try parseUnary()
            left = try binary(.kronecker, left, right)
        }
        return left
    }

    package mutating func parseUnary() throws -> Parsed {
        if current.kind == .minus || current.kind == .plus {
            let negate = current.kind == .minus
            let start = current.range
            advance()
            try enter()
            defer { depth -= 1 }
            let operand = try parseUnary()
            guard negate else { return operand }
            let d = operand.depth + 1
            try checkDepth(d, start)
            return (.negation(operand.expression, start.union(operand.expression.range)), d)
        }
        return try parsePower()
    }

    package mutating func parsePower() throws -> Parsed {
        let base = try parsePostfix()
        if current.kind == .elementPower {
            advance()
            return try exponent(of: base) { .call(.pow, [$0, $1], $2) }
        }
        guard current.kind == .caret else { return base }
        advance()
        // The Cookbook's transposes: `A^T`, `A^⊤`, and `X^-T` = (X⁻¹)ᵀ.
        if isIdentifier("T") || current.kind == .transposeMark {
            let range = base.expression.range.union(current.range)
            advance()
            try checkDepth(base.depth + 1, range)
            return (.transpose(base.expression, range), base.depth + 1)
        }
        if current.kind == .minus, peek().kind == .identifier("T") {
            advance()
            let range = base.expression.range.union(current.range)
            advance()
            try checkDepth(base.depth + 2, range)
            return (.transpose(.call(.inv, [base.expression], range), range), base.depth + 2)
        }
        return try exponent(of: base) { .power($0, $1, $2) }
    }

    /// The exponent after `^` or `.^` (already read), a unary expression (so `2^-1` and the
    /// right-associative `a^b^c` parse), joined to `base` by `node(base, exponent, range)`.
    mutating func exponent(
        of base: Parsed, _ node: (Expression, Expression, SourceRange) -> Expression
    ) throws -> Parsed {
        try enter()
        defer { depth -= 1 }
        let exponent = try parseUnary()
        let range = base.expression.range.union(exponent.expression.range)
        let d = Swift.max(base.depth, exponent.depth) + 1
        try checkDepth(d, range)
        return (node(base.expression, exponent.expression, range), d)
    }

    package mutating func parsePostfix() throws -> Parsed {
        var result = try parseAtom()
        while [.prime, .transposeMark, .leftBracket].contains(current.kind) {
            if current.kind == .leftBracket {
                result = try parseEntry(of: result)
                continue
            }
            let range = result.expression.range.union(current.range)
            advance()
            result = (.transpose(result.expression, range), result.depth + 1)
            try checkDepth(result.depth, range)
        }
        return result
    }

    /// `base[i]` or `base[i, j]`: each index a name or a positive integer.
    mutating func parseEntry(of base: Parsed) throws -> Parsed {
        let open = try expect(.leftBracket, "'['")
        var indices: [Expression] = []
        repeat {
            if !indices.isEmpty { advance() }
            switch current.kind {
            case .identifier(let name) where !Parser.reservedWords.contains(name):
                indices.append(.symbol(name, current.range))
            case .number(let value) where value.isInteger && value.numerator >= 1:
                indices.append(.number(value, current.range))
            default:
                throw error(
                    "expected an index (a declared index such as k, or a positive "
                        + "integer) in '[…]', found \(current.display)")
            }
            advance()
        } while current.kind == .comma && indices.count < 2
        guard current.kind == .rightBracket else {
            throw error(
                "expected ']' to close the '[' at \(open.range) (an entry has one or "
                    + "two indices), found \(current.display)")
        }
        let range = base.expression.range.union(current.range)
        advance()
        let d = base.depth + 1
        try checkDepth(d, range)
        return (.entry(base.expression, indices, range), d)
    }
}
