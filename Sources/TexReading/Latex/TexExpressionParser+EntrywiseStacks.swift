import ClaimLanguage

// Stacks and diagonals whose entries are built from entries of vectors:
// `[a_1 A u; \vdots; a_m A u]` is `a ⊗ (A u)`, `[a_1 (1 - a_1); \vdots; a_m (1 - a_m)]` is
// `a .* (1 - a)`, and a diagonal `a_1, \ddots, a_p` is `diag(a)`.

extension TexExpressionParser {
    /// Whether `e` mentions the running index `index`.
    static func mentions(_ e: Expression, index: String) -> Bool {
        if case .symbol(index, _) = e { return true }
        return e.children.contains { mentions($0, index: index) }
    }

    /// `x_i B_1 ⋯ B_k` (the entry anywhere in the product, every other factor without the
    /// index) as the vector `x` and the block `B_1 ⋯ B_k`: the entry is a scalar, so it
    /// commutes with the blocks, and the stack of `x_i B` is `x ⊗ B`.
    func entryTimesBlock(_ e: Expression, index: String) -> (Expression, Expression)? {
        var factors: [Expression] = []
        func flatten(_ e: Expression) {
            if case .binary(.multiply, let a, let b, _) = e {
                flatten(a)
                flatten(b)
            } else {
                factors.append(e)
            }
        }
        flatten(e)
        let withIndex = factors.indices.filter {
            TexExpressionParser.mentions(factors[$0], index: index)
        }
        guard factors.count >= 2, withIndex.count == 1,
            case .entry(let vector, let indices, _) = factors[withIndex[0]],
            indices.count == 1, case .symbol(index, _) = indices[0],
            !TexExpressionParser.mentions(vector, index: index)
        else { return nil }
        let blocks = factors.enumerated().filter { $0.offset != withIndex[0] }.map(\.element)
        let block = blocks.dropFirst().reduce(blocks[0]) { product, factor in
            .binary(.multiply, product, factor, product.range.union(factor.range))
        }
        return (vector, block)
    }

    /// The column `V` whose entry `i` is the scalar `e` written with the running index `i`,
    /// when `e` is built from entries `x_i` of column vectors by sums, differences, products,
    /// quotients, integer powers and elementwise functions, with scalars that do not depend on
    /// `i` (`a_i (1 - a_i)` is `a .* (1 - a)`, `\sigma(z_i) / c` is `sigmoid(z) / c`). Every
    /// step holds entry by entry because every sub-expression with the index is a scalar;
    /// `nil` for anything else (a matrix factor, an entry of a matrix, an unknown shape).
    func entrywiseVector(_ e: Expression, index: String) -> Expression? {
        func has(_ x: Expression) -> Bool { TexExpressionParser.mentions(x, index: index) }
        func isScalar(_ x: Expression) -> Bool {
            if case .number = x { return true }
            return environment.isScalar(x) == true
        }
        /// `x` lifted to a column, or kept as a scalar that the operation broadcasts.
        func operand(_ x: Expression) -> Expression? {
            has(x) ? entrywiseVector(x, index: index) : (isScalar(x) ? x : nil)
        }
        guard has(e) else { return nil }
        switch e {
        case .entry(let vector, let indices, _):
            guard indices.count == 1, case .symbol(index, _) = indices[0], !has(vector),
                environment.shape(vector)?.cols == .fixed(1)
            else { return nil }
            return vector
        case .binary(let op, let a, let b, let r):
            guard let x = operand(a), let y = operand(b) else { return nil }
            switch op {
            case .add, .subtract:
                return .binary(op, x, y, r)
            case .multiply, .hadamard:
                return .binary(has(a) && has(b) ? .hadamard : .multiply, x, y, r)
            case .divide, .elementDivide:
                return .binary(has(b) ? .elementDivide : .divide, x, y, r)
            case .kronecker:
                return nil
            }
        case .negation(let a, let r):
            return entrywiseVector(a, index: index).map { .negation($0, r) }
        case .transpose(let a, _):
            // An entry is a scalar, its own transpose.
            return entrywiseVector(a, index: index)
        case .power(let a, let k, let r):
            guard !has(k), let x = entrywiseVector(a, index: index) else { return nil }
            return .call(.pow, [x, k], r)
        case .call(let f, let arguments, let r) where f.isElementwise:
            guard let a = arguments.first, let x = entrywiseVector(a, index: index),
                !arguments.dropFirst().contains(where: has)
            else { return nil }
            return .call(f, [x] + arguments.dropFirst(), r)
        case .userFunction(let name, let order, let a, let r):
            return entrywiseVector(a, index: index).map {
                .userFunction(name: name, order: order, argument: $0, r)
            }
        default:
            return nil
        }
    }

    /// A diagonal matrix written out with `\ddots`: square, `t_1` first on the diagonal and
    /// `t_m` last, `\ddots` just before the last, the diagonal cells before it `t_2`, `t_3`, …
    /// (`t_1` with `2`, `3`, … for the index) and every other cell empty or `0`. Read as
    /// `diag(v)` for the column `v` of the stack `t_1, …, t_m`. `nil` when the cells are not
    /// such a diagonal.
    mutating func parseEllipsisDiagonal(
        _ cells: [[[TexToken]]], at offset: Int
    ) throws -> Expression? {
        let n = cells.count
        guard n >= 3, cells.allSatisfy({ $0.count == n }) else { return nil }
        func isDiagonalDots(_ cell: [TexToken]) -> Bool {
            cell.count == 1 && cell[0].isCommand("ddots")
        }
        guard (0..<n).filter({ isDiagonalDots(cells[$0][$0]) }) == [n - 2] else { return nil }
        for r in 0..<n {
            for c in 0..<n where r != c {
                let cell = cells[r][c]
                guard cell.isEmpty || (cell.count == 1 && cell[0].kind == .number("0")) else {
                    return nil
                }
            }
        }
        let first = cells[0][0]
        let last = cells[n - 1][n - 1]
        let unreadable = TexExpressionParser.unreadableStack(at: offset)
        guard first.count == last.count else { throw unreadable }
        let positions = Set(first.indices.filter { first[$0].kind != last[$0].kind })
        for k in 1..<(n - 2) {
            let cell = cells[k][k]
            let expected = first.indices.map {
                positions.contains($0) ? TexToken.Kind.number(String(k + 1)) : first[$0].kind
            }
            guard cell.map(\.kind) == expected else { throw unreadable }
        }
        let (vector, block, isColumn) = try ellipsisStackParts(
            first: first, last: last, at: offset)
        guard block == nil else { throw unreadable }
        let whole = range(from: offset)
        return .call(.diag, [isColumn ? vector : .transpose(vector, whole)], whole)
    }
}
