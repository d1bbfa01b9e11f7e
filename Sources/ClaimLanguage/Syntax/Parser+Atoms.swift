/// Atoms: numbers, names, parentheses, written-out matrices, and function calls.
extension Parser {
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
