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

    // MARK: Claim

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

    /// `decl := NAME ":" dim ("x"|"×") dim ["symmetric"] | NAME ":" dim | NAME ":" "scalar"
    ///        | NAME ":" "function" | NAME "'"+ "=" "0"`
    package mutating func parseDeclaration(
        into declarations: inout [Declaration], assumptions: inout [Assumption]
    ) throws {
        guard case .identifier(let name) = current.kind, !Parser.reservedWords.contains(name) else {
            throw error("expected a declaration such as 'A: m x n', found \(current.display)")
        }
        let nameRange = current.range
        advance()
        if current.kind == .prime {
            var order = 0
            while current.kind == .prime { order += 1; advance() }
            _ = try expect(
                .equals, "'=' in the assumption \(name)\(String(repeating: "'", count: order)) = 0")
            guard case .number(let value) = current.kind, value.numerator == 0 else {
                throw error(
                    "only the assumption that a derivative vanishes ('\(name)'' = 0') is supported")
            }
            advance()
            assumptions.append(.derivativeVanishes(function: name, order: order))
            return
        }
        if isIdentifier("symmetric") {
            advance()
            assumptions.append(.symmetric(name))
            return
        }
        _ = try expect(.colon, "':' after '\(name)' in the where clause")
        if isIdentifier("scalar") {
            let r = current.range
            advance()
            declarations.append(Declaration(name: name, kind: .scalar, range: nameRange.union(r)))
            return
        }
        if isIdentifier("function") {
            let r = current.range
            advance()
            declarations.append(Declaration(name: name, kind: .function, range: nameRange.union(r)))
            return
        }
        if isIdentifier("index") {
            advance()
            // `k: index 1..n` or the shorthand `k: index n`.
            if case .number(let value) = current.kind, peek().kind == .dotDot {
                guard value.isInteger, value.numerator == 1 else {
                    throw error(
                        "an index range starts at 1 ('\(name): index 1..n'), found \(value)")
                }
                advance()
                advance()
            }
            let upper = try parseDimension()
            declarations.append(
                Declaration(
                    name: name, kind: .index(upper: upper),
                    range: nameRange.union(tokens[position - 1].range)))
            return
        }
        if isIdentifier("integer") {
            let r = current.range
            advance()
            declarations.append(Declaration(name: name, kind: .integer, range: nameRange.union(r)))
            return
        }
        let rows = try parseDimension()
        var cols = Dimension.fixed(1)
        if current.kind == .times || isIdentifier("x") {
            advance()
            cols = try parseDimension()
        }
        var symmetric = false
        if isIdentifier("symmetric") {
            symmetric = true
            advance()
        }
        declarations.append(
            Declaration(
                name: name, kind: .matrix(rows: rows, cols: cols, symmetric: symmetric),
                range: nameRange.union(tokens[position - 1].range)))
    }

    package mutating func parseDimension() throws -> Dimension {
        switch current.kind {
        case .number(let value):
            guard value.isInteger, value.numerator >= 1 else {
                throw error("a dimension must be a positive integer, found \(value)")
            }
            guard value.numerator <= 1_000_000 else {
                throw ClaimError(
                    .limit, "dimension \(value) is larger than the limit 1000000",
                    at: current.range, in: source)
            }
            advance()
            return .fixed(value.numerator)
        case .identifier(let name) where !Parser.reservedWords.contains(name) && name != "x":
            advance()
            return .variable(name)
        default:
            throw error(
                """
                    expected a dimension (a positive integer or a name such as n), 'scalar', \
                    'function' or 'integer', found \(current.display)
                    """
            )
        }
    }

    // MARK: Expressions

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
            let range = left.expression.range.union(right.expression.range)
            left = (
                .binary(op, left.expression, right.expression, range),
                Swift.max(left.depth, right.depth) + 1
            )
            try checkDepth(left.depth, range)
        }
        return left
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
            let range = left.expression.range.union(right.expression.range)
            left = (
                .binary(op, left.expression, right.expression, range),
                Swift.max(left.depth, right.depth) + 1
            )
            try checkDepth(left.depth, range)
        }
    }

    package mutating func parseKronecker() throws -> Parsed {
        var left = try parseUnary()
        while current.kind == .kronecker {
            advance()
            let right = try parseUnary()
            let range = left.expression.range.union(right.expression.range)
            left = (
                .binary(.kronecker, left.expression, right.expression, range),
                Swift.max(left.depth, right.depth) + 1
            )
            try checkDepth(left.depth, range)
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
            try enter()
            defer { depth -= 1 }
            let exponent = try parseUnary()
            let range = base.expression.range.union(exponent.expression.range)
            let d = Swift.max(base.depth, exponent.depth) + 1
            try checkDepth(d, range)
            return (.call(.pow, [base.expression, exponent.expression], range), d)
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
        try enter()
        defer { depth -= 1 }
        let exponent = try parseUnary()
        let range = base.expression.range.union(exponent.expression.range)
        let d = Swift.max(base.depth, exponent.depth) + 1
        try checkDepth(d, range)
        return (.power(base.expression, exponent.expression, range), d)
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

    package mutating func parseAtom() throws -> Parsed {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return (.number(value, token.range), 1)
        case .leftParen:
            advance()
            try enter()
            defer { depth -= 1 }
            let inner = try parseSum()
            guard current.kind == .rightParen else {
                throw error(
                    "expected ')' to close the '(' at \(token.range), found \(current.display)")
            }
            advance()
            return inner
        case .leftBracket:
            return try parseMatrixLiteral()
        case .identifier(let name):
            if Parser.reservedWords.contains(name) {
                throw error("'\(name)' is a keyword and cannot be used here")
            }
            advance()
            // f'(z), f''(z): a declared function's derivatives.
            if current.kind == .prime {
                var look = 0
                while peek(look).kind == .prime { look += 1 }
                if peek(look).kind == .leftParen {
                    for _ in 0..<look { advance() }
                    return try parseCall(name: name, nameRange: token.range, order: look)
                }
            }
            if current.kind == .leftParen {
                return try parseCall(name: name, nameRange: token.range, order: 0)
            }
            return (.symbol(name, token.range), 1)
        default:
            throw error("expected a number, a name or '(', found \(token.display)")
        }
    }

    package mutating func parseCall(
        name: String, nameRange: SourceRange, order: Int
    ) throws -> Parsed {
        let open = try expect(.leftParen, "'('")
        try enter()
        defer { depth -= 1 }
        var arguments: [Parsed] = []
        if current.kind != .rightParen {
            repeat {
                arguments.append(try parseSum())
                guard current.kind == .comma else { break }
                advance()
            } while true
        }
        guard current.kind == .rightParen else {
            throw error(
                """
                    expected ',' or ')' in the call of '\(name)' opened at \(open.range), found \
                    \(current.display)
                    """
            )
        }
        let close = current.range
        advance()
        let range = nameRange.union(close)
        let d = (arguments.map(\.depth).max() ?? 0) + 1
        try checkDepth(d, range)
        let args = arguments.map(\.expression)

        if let op = DerivativeOperator(rawValue: name) ?? (name == "grad_entries" ? .gradient : nil)
        {
            guard order == 0 else {
                throw error("'\(name)' cannot carry derivative marks", nameRange)
            }
            guard args.count == 2 else {
                throw error("\(name) takes 2 arguments (\(name)(F, X)), found \(args.count)", range)
            }
            let form: DerivativeVariable.Form
            let symbol: Expression
            switch args[1] {
            case .symbol: (form, symbol) = (.plain, args[1])
            case .transpose(let x, _): (form, symbol) = (.transposed, x)
            case .call(.vec, let x, _):
                if case .transpose(let y, _) = x[0] {
                    (form, symbol) = (.vectorisedTranspose, y)
                } else {
                    (form, symbol) = (.vectorised, x[0])
                }
            default:
                throw error(
                    "the second argument of \(name) must be a variable name, vec(X), X' or vec(X')",
                    args[1].range)
            }
            guard case .symbol(let variable, _) = symbol else {
                throw error(
                    "the second argument of \(name) must be a variable name, vec(X), X' or vec(X')",
                    args[1].range)
            }
            if name == "grad_entries" && form != .plain {
                throw error(
                    "grad_entries takes a symmetric matrix name as its second argument",
                    args[1].range)
            }
            let text = DerivativeVariable.text(
                variable, name == "grad_entries" ? .independentEntries : form)
            return (
                .derivative(op, args[0], variable: text, variableRange: args[1].range, range), d
            )
        }
        if name == "sum" && order == 0 && args.count == 2 {
            guard case .symbol(let index, let indexRange) = args[0] else {
                throw error(
                    "the first argument of sum(k, …) must be an index name",
                    args[0].range)
            }
            return (.indexSum(index: index, indexRange: indexRange, body: args[1], range), d)
        }
        if let builtin = BuiltinFunction(rawValue: name) ?? BuiltinFunction.aliases[name] {
            guard order == 0 else {
                throw error(
                    """
                        derivative marks are only for declared functions ('f: function'); use jac \
                        or grad with '\(name)'
                        """,
                    nameRange)
            }
            guard builtin.arity.contains(args.count) else {
                let expected =
                    builtin.arity.count == 1
                    ? "\(builtin.arity.lowerBound)"
                    : "\(builtin.arity.lowerBound) or \(builtin.arity.upperBound)"
                throw error(
                    "\(builtin.rawValue) takes \(expected) argument"
                        + "\(builtin.arity.upperBound == 1 ? "" : "s"), found \(args.count)",
                    range)
            }
            return (.call(builtin, args, range), d)
        }
        guard args.count == 1 else {
            throw error(
                "the elementwise function '\(name)' takes 1 argument, found \(args.count)", range)
        }
        return (.userFunction(name: name, order: order, argument: args[0], range), d)
    }
}
