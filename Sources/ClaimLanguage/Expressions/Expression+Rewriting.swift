extension Expression {
    /// The expression with `transform` applied top-down: where it returns a
    /// replacement the node is replaced (and not visited further), elsewhere
    /// the children are rewritten. Recursion is bounded by the parser's
    /// nesting limit.
    public func rewritten(_ transform: (Expression) throws -> Expression?) rethrows -> Expression {
        if let replacement = try transform(self) { return replacement }
        switch self {
        case .number, .symbol:
            return self
        case .negation(let e, let r):
            return .negation(try e.rewritten(transform), r)
        case .transpose(let e, let r):
            return .transpose(try e.rewritten(transform), r)
        case .binary(let op, let a, let b, let r):
            return .binary(op, try a.rewritten(transform), try b.rewritten(transform), r)
        case .power(let b, let e, let r):
            return .power(try b.rewritten(transform), try e.rewritten(transform), r)
        case .call(let f, let arguments, let r):
            return .call(f, try arguments.map { try $0.rewritten(transform) }, r)
        case .userFunction(let name, let order, let argument, let r):
            return .userFunction(
                name: name, order: order, argument: try argument.rewritten(transform), r)
        case .derivative(let op, let f, let variable, let variableRange, let r):
            return .derivative(
                op, try f.rewritten(transform), variable: variable, variableRange: variableRange, r)
        case .entry(let base, let indices, let r):
            return .entry(
                try base.rewritten(transform), try indices.map { try $0.rewritten(transform) }, r)
        case .indexSum(let index, let indexRange, let body, let r):
            return .indexSum(
                index: index, indexRange: indexRange, body: try body.rewritten(transform), r)
        case .matrix(let rows, let r):
            return .matrix(try rows.map { try $0.map { try $0.rewritten(transform) } }, r)
        }
    }
}

extension Claim {
    /// The claim with `transform` applied to its definitions and both sides.
    func rewritten(_ transform: (Expression) throws -> Expression?) rethrows -> Claim {
        Claim(
            source: source,
            definitions: try definitions.map {
                Definition(
                    name: $0.name, expression: try $0.expression.rewritten(transform),
                    range: $0.range)
            },
            lhs: try lhs.rewritten(transform), rhs: try rhs.rewritten(transform),
            declarations: declarations, assumptions: assumptions)
    }
}
