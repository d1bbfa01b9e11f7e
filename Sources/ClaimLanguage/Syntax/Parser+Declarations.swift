/// The declarations of a `where` clause (shapes, kinds, assumptions) and their dimensions.
extension Parser {
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
        // The one-word kinds: `x: scalar`, `f: function`, `k: integer`.
        let keywords: [(String, Declaration.Kind)] = [
            ("scalar", .scalar), ("function", .function), ("integer", .integer),
        ]
        if let (_, kind) = keywords.first(where: { isIdentifier($0.0) }) {
            let r = current.range
            advance()
            declarations.append(Declaration(name: name, kind: kind, range: nameRange.union(r)))
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
}
