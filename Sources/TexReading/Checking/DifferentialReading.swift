import ClaimLanguage

/// Reads a link between differentials as a claim about Jacobians.
///
/// The notes derive Jacobians by differentials: `\text{vec}(dz) = M \text{vec}(dW)` states
/// `jac(z, W) = M`, and a chain of such rows rewrites `A vec(dX)` into `B vec(dY)` with `Y`
/// the more basic variable. Since `vec(dX) = jac(X, Y) vec(dY)`, the link
/// `A·vec(dX) = B·vec(dY)` holds for every `dY` exactly when
///
///     A · jac(X, Y) == B            (A, B the identity when absent; X = Y gives A == B).
///
/// `vec(A · dX · B)` is read by the vec trick as `(Bᵀ ⊗ A) · vec(dX)`, `vec(dX · B)` as
/// `jac(X · B, X) · vec(dX)`. A product with a differential of a matrix outside `vec`
/// (`dz = dW a`) is read as its `vec` when it is a column (a column is its own `vec`).
enum DifferentialReading {
    /// Whether `e` contains a differential.
    static func contains(_ e: Expression) -> Bool {
        if case .userFunction(TexExpressionParser.differential, 0, _, _) = e { return true }
        return e.children.contains(where: contains)
    }

    /// `(coefficient, X)` with `e = coefficient · vec(dX)`; a `nil` coefficient is the identity.
    static func split(_ e: Expression, isVector: (Expression) -> Bool) -> (Expression?, Expression)?
    {
        switch e {
        case .userFunction(TexExpressionParser.differential, 0, let x, _):
            return isVector(x) ? (nil, x) : nil
        case .call(.vec, let args, let r) where args.count == 1:
            if case .userFunction(TexExpressionParser.differential, 0, let x, _) = args[0] {
                return (nil, x)
            }
            // vec(A · dX · B) = (Bᵀ ⊗ A) vec(dX).
            let factors = productFactors(args[0])
            let marked = factors.indices.filter { contains(factors[$0]) }
            guard marked.count == 1,
                case .userFunction(TexExpressionParser.differential, 0, let x, _) = factors[
                    marked[0]]
            else { return nil }
            if marked[0] > 0, marked[0] < factors.count - 1 {
                let a = product(Array(factors[..<marked[0]]), r)
                let b = product(Array(factors[(marked[0] + 1)...]), r)
                guard !contains(a), !contains(b) else { return nil }
                return (.binary(.kronecker, .transpose(b, r), a, r), x)
            }
            // vec(dX · B), vec(A · dX): the coefficient is jac(X · B, X) (= Bᵀ ⊗ I), when the
            // other factors do not use X.
            guard case .symbol(let name, let vr) = x, factors.count > 1 else { return nil }
            var undifferentiated = factors
            undifferentiated[marked[0]] = x
            let others = factors.indices.filter { $0 != marked[0] }.map { factors[$0] }
            guard !others.contains(where: { NoteState.names(in: $0).contains(name) }) else {
                return nil
            }
            return (
                .derivative(
                    .jacobian, product(undifferentiated, r), variable: name, variableRange: vr, r),
                x
            )
        case .binary(
            .hadamard, let u, .userFunction(TexExpressionParser.differential, 0, let x, _), let r),
            .binary(
                .hadamard, .userFunction(TexExpressionParser.differential, 0, let x, _), let u,
                let r):
            // u ⊙ dx = diag(u) dx for vectors.
            guard !contains(u), isVector(x), isVector(u) else { return nil }
            return (.call(.diag, [u], r), x)
        case .binary(.multiply, let m, let rest, let r):
            if !contains(m), let (c, x) = split(rest, isVector: isVector) {
                return (c.map { .binary(.multiply, m, $0, r) } ?? m, x)
            }
            return columnAsVec(e, isVector: isVector)
        default:
            return nil
        }
    }

    /// `dW · a` outside `vec`: a column is its own `vec`, so it is read as `vec(dW · a)`.
    static func columnAsVec(
        _ e: Expression, isVector: (Expression) -> Bool
    ) -> (Expression?, Expression)? {
        let plain = e.rewritten { node in
            if case .userFunction(TexExpressionParser.differential, 0, let x, _) = node {
                return x
            }
            return nil
        }
        guard isVector(plain) else { return nil }
        return split(.call(.vec, [e], e.range), isVector: isVector)
    }

    /// The factors of a left-nested product.
    static func productFactors(_ e: Expression) -> [Expression] {
        if case .binary(.multiply, let l, let r, _) = e {
            return productFactors(l) + productFactors(r)
        }
        return [e]
    }

    static func product(_ factors: [Expression], _ r: SourceRange) -> Expression {
        factors.dropFirst().reduce(factors[0]) { .binary(.multiply, $0, $1, r) }
    }

    /// The claim `A · jac(X, Y) == B` for the link `A·dX = B·dY`, or a reason it cannot be read.
    static func claim(
        _ lhs: Expression, _ rhs: Expression, isVector: (Expression) -> Bool,
        isVariable: (String) -> Bool
    ) -> Result<(Expression, Expression), TexParseError> {
        let unreadable = TexParseError(
            """
                differentials: only links A·vec(dX) = B·vec(dY) (dX, dY vectors, or inside vec) \
                are read
                """,
            at: lhs.range.start)
        guard let (a, x) = split(lhs, isVector: isVector),
            let (b, y) = split(rhs, isVector: isVector)
        else {
            return .failure(unreadable)
        }
        guard case .symbol(let name, let vr) = y, isVariable(name) else {
            return .failure(
                TexParseError(
                    """
                        the differential d\(ClaimPrinter.text(y)) is not of a declared or defined \
                        name
                        """,
                    at: y.range.start))
        }
        let r = lhs.range.union(rhs.range)
        let identity = Expression.derivative(.jacobian, y, variable: name, variableRange: vr, r)
        let jacobian =
            ClaimPrinter.text(x) == name
            ? identity : .derivative(.jacobian, x, variable: name, variableRange: vr, r)
        let left = a.map { .binary(.multiply, $0, jacobian, r) } ?? jacobian
        return .success((left, b ?? identity))
    }
}
