import ClaimChecking
import ClaimLanguage

/// The gradient of a scalar expression by reverse accumulation on the
/// expression tree: each node passes its adjoint `G` (shaped like the node)
/// to its operands by the matrix-differential rules
/// `A·B: Ḡ_A = G Bᵀ, Ḡ_B = Aᵀ G`; `tr A: G I`; `det A: G det(A) A⁻ᵀ`;
/// `A⁻¹: −A⁻ᵀ G A⁻ᵀ`; `f(A): G ⊙ f'(A)`; `Aᵀ: Gᵀ`; `sum A: G 1`; ….
struct ReverseMode {
    let algebra: MatrixAlgebra
    let variable: String

    func depends(_ e: Expression) -> Bool {
        if case .symbol(let name, _) = e { return name == variable }
        if case .derivative(_, _, let v, _, _) = e, v == variable { return true }
        return e.children.contains { depends($0) }
    }

    /// `∂f/∂X`, shaped like `X`; `nil` when it is zero.
    func gradient(of f: Expression) throws -> Expression? {
        var accumulated: Expression?
        try propagate(f, adjoint: algebra.number(1), into: &accumulated)
        return accumulated
    }

    /// The adjoint of an operand broadcast to the node's shape: summed back
    /// when the operand is `1×1` and the node is not.
    func reduced(
        _ g: Expression, operand: ExpressionShape, node: ExpressionShape
    ) throws
        -> Expression
    {
        operand.isScalar && !node.isScalar ? try algebra.sum(g) : g
    }

    func propagate(
        _ e: Expression, adjoint g: Expression, into accumulated: inout Expression?
    )
        throws
    {
        guard depends(e) else { return }
        let m = algebra
        switch e {
        case .number: return
        case .symbol:
            accumulated = try m.add(accumulated, g)
        case .negation(let a, _):
            try propagate(a, adjoint: m.negate(g), into: &accumulated)
        case .transpose(let a, _):
            try propagate(a, adjoint: try m.transpose(g), into: &accumulated)
        case .binary(let op, let a, let b, _):
            let sa = try m.shape(a)
            let sb = try m.shape(b)
            let se = try m.shape(e)
            switch op {
            case .add, .subtract:
                try propagate(a, adjoint: try reduced(g, operand: sa, node: se), into: &accumulated)
                let gb = op == .add ? g : m.negate(g)
                try propagate(
                    b, adjoint: try reduced(gb, operand: sb, node: se), into: &accumulated)
            case .multiply, .hadamard:
                if sa.isScalar && !sb.isScalar {
                    try propagate(a, adjoint: try m.sum(try m.hadamard(g, b)), into: &accumulated)
                    try propagate(b, adjoint: try m.multiply(a, g), into: &accumulated)
                } else if sb.isScalar && !sa.isScalar {
                    try propagate(a, adjoint: try m.multiply(b, g), into: &accumulated)
                    try propagate(b, adjoint: try m.sum(try m.hadamard(g, a)), into: &accumulated)
                } else if op == .hadamard {
                    try propagate(a, adjoint: try m.hadamard(g, b), into: &accumulated)
                    try propagate(b, adjoint: try m.hadamard(g, a), into: &accumulated)
                } else {
                    try propagate(
                        a, adjoint: try m.multiply(g, try m.transpose(b)), into: &accumulated)
                    try propagate(
                        b, adjoint: try m.multiply(try m.transpose(a), g), into: &accumulated)
                }
            case .elementDivide, .divide:
                // d(a ./ b) = da ./ b − a ⊙ db ./ b²
                let ga = sb.isScalar ? try m.divide(g, b) : try m.elementDivide(g, b)
                try propagate(
                    a, adjoint: try reduced(ga, operand: sa, node: se), into: &accumulated)
                let numerator = try m.hadamard(g, a)
                let quotient =
                    sb.isScalar
                    ? try m.divide(numerator, m.scalarPower(b, m.number(2)))
                    : try m.elementDivide(
                        numerator, .call(.pow, [b, m.number(2)], MatrixAlgebra.here))
                try propagate(
                    b, adjoint: try reduced(m.negate(quotient), operand: sb, node: se),
                    into: &accumulated)
            case .kronecker:
                throw NoMatrixForm(
                    "the gradient through a Kronecker product has no matrix form here")
            }
        case .power(let base, let exponent, _):
            let sb = try m.shape(base)
            if sb.isScalar {
                let reduced = try m.subtract(exponent, m.number(1)) ?? m.number(0)
                let d = try m.multiply(exponent, m.scalarPower(base, reduced))
                try propagate(base, adjoint: try m.multiply(g, d), into: &accumulated)
                return
            }
            guard let k = MatrixAlgebra.numberValue(exponent), k.isInteger,
                Swift.abs(k.numerator) <= 8
            else {
                // tr(X^k): the adjoint is a multiple of I, which commutes with X.
                if let c = identityMultiple(g) {
                    let reduced = try m.subtract(exponent, m.number(1)) ?? m.number(0)
                    let d = try m.multiply(
                        exponent, try m.transpose(.power(base, reduced, MatrixAlgebra.here)))
                    try propagate(base, adjoint: try m.multiply(c, d), into: &accumulated)
                    return
                }
                // An adjoint built from Xᵀ alone (det(X^k)·X^-kᵀ) commutes with every
                // (Xⁱ)ᵀ: Σᵢ (Xⁱ)ᵀ G (X^(k-1-i))ᵀ = k·G·(X^(k-1))ᵀ, for every integer k.
                if commutesWithTransposePowers(g, of: base) {
                    let reduced = try m.subtract(exponent, m.number(1)) ?? m.number(0)
                    let d = try m.multiply(
                        g, try m.transpose(.power(base, reduced, MatrixAlgebra.here)))
                    try propagate(base, adjoint: try m.multiply(exponent, d), into: &accumulated)
                    return
                }
                if MatrixAlgebra.numberValue(exponent) == nil {
                    throw NoMatrixForm(
                        "the gradient of X^k with a symbolic k is the sum over r = 0…k-1 of "
                            + "(X^r)'*G*(X^(k-1-r))', with k terms: it has a matrix form here only "
                            + "when the adjoint G commutes with X' (tr(X^k), det(X^k))")
                }
                throw NoMatrixForm(
                    "the gradient of a matrix power with an exponent beyond 8 has no matrix form "
                        + "here")
            }
            if k.numerator < 0 {
                try propagate(
                    try m.power(m.call(.inv, base), -k.numerator), adjoint: g, into: &accumulated)
                return
            }
            // An adjoint built from Xᵀ alone: k·G·(X^(k-1))ᵀ, not the k-term sum.
            if m.shortForms, k.numerator > 1, commutesWithTransposePowers(g, of: base) {
                let d = try m.multiply(g, try m.transpose(try m.power(base, k.numerator - 1)))
                try propagate(base, adjoint: try m.multiply(exponent, d), into: &accumulated)
                return
            }
            var total: Expression?
            for i in 0..<k.numerator {
                let left = try m.transpose(try m.power(base, i))
                let right = try m.transpose(try m.power(base, k.numerator - 1 - i))
                total = try m.add(total, try m.multiply(try m.multiply(left, g), right))
            }
            if let total { try propagate(base, adjoint: total, into: &accumulated) }
        case .call(let f, let arguments, _):
            try propagateCall(f, arguments, e, adjoint: g, into: &accumulated)
        case .userFunction(let name, let order, let argument, _):
            let d = Expression.userFunction(
                name: name, order: order + 1, argument: argument, MatrixAlgebra.here)
            try propagate(argument, adjoint: try m.hadamard(g, d), into: &accumulated)
        case .derivative:
            throw NoMatrixForm.nestedDerivative
        case .entry, .indexSum:
            throw NoMatrixForm.indexNotation
        case .matrix:
            throw NoMatrixForm.writtenOutMatrix
        }
    }

    /// Whether `g` is a scalar multiple of a product of matrices built from
    /// `xᵀ` alone (`eye`, powers, inverses, transposes of powers and inverses
    /// of `x`), so that it commutes with every power of `xᵀ`.
    func commutesWithTransposePowers(_ g: Expression, of x: Expression) -> Bool {
        func builtFrom(_ e: Expression, transposed: Bool) -> Bool {
            // x itself first: x may be built like its parts (x = inv(Y) in det(inv(Y)^k)).
            if transposed && e == x { return true }
            switch e {
            case .call(.eye, _, _): return true
            case .call(.inv, let arguments, _):
                return builtFrom(arguments[0], transposed: transposed)
            case .power(let base, _, _): return builtFrom(base, transposed: transposed)
            case .transpose(let inner, _): return builtFrom(inner, transposed: !transposed)
            case .binary(.multiply, let a, let b, _):
                if (try? algebra.shape(a).isScalar) == true {
                    return builtFrom(b, transposed: transposed)
                }
                return builtFrom(a, transposed: transposed) && builtFrom(b, transposed: transposed)
            case .negation(let inner, _): return builtFrom(inner, transposed: transposed)
            default: return transposed && e == x
            }
        }
        return builtFrom(g, transposed: false)
    }

    /// `c` when `g` is `c·I` (or `I`).
    func identityMultiple(_ g: Expression) -> Expression? {
        if case .call(.eye, _, _) = g { return algebra.number(1) }
        if case .binary(.multiply, let c, .call(.eye, _, _), _) = g,
            (try? algebra.shape(c).isScalar) == true
        {
            return c
        }
        return nil
    }

    func propagateCall(
        _ f: BuiltinFunction, _ arguments: [Expression], _ e: Expression, adjoint g: Expression,
        into accumulated: inout Expression?
    ) throws {
        let m = algebra
        let a = arguments[0]
        let sa = try m.shape(a)
        switch f {
        case .eye, .ones, .zeros, .comm:
            return
        case .vec:
            if sa.cols.isOne {
                try propagate(a, adjoint: g, into: &accumulated)
                return
            }
            if sa.rows.isOne {
                try propagate(a, adjoint: try m.transpose(g), into: &accumulated)
                return
            }
            if case .call(.vec, let inner, _) = g {
                try propagate(a, adjoint: inner[0], into: &accumulated)
                return
            }
            throw NoMatrixForm(
                "the gradient through vec of a matrix needs an unvec, which has no matrix form here"
            )
        case .diag:
            if sa.isScalar {
                try propagate(a, adjoint: g, into: &accumulated)
                return
            }
            if sa.cols.isOne {
                try propagate(a, adjoint: m.call(.diag, g), into: &accumulated)
                return
            }
            if sa.rows.isOne {
                try propagate(a, adjoint: try m.transpose(m.call(.diag, g)), into: &accumulated)
                return
            }
            try propagate(a, adjoint: try m.diagonalMatrix(g), into: &accumulated)
        case .tr:
            try propagate(a, adjoint: try m.multiply(g, m.identity(sa.rows)), into: &accumulated)
        case .sum:
            try propagate(
                a, adjoint: try m.multiply(g, m.ones(sa.rows, sa.cols)), into: &accumulated)
        case .det:
            let d = try m.multiply(g, e)
            try propagate(
                a, adjoint: try m.multiply(d, try m.transpose(m.call(.inv, a))), into: &accumulated)
        case .inv:
            let t = try m.transpose(e)
            try propagate(
                a, adjoint: m.negate(try m.multiply(try m.multiply(t, g), t)), into: &accumulated)
        case .norm:
            try propagate(a, adjoint: try m.multiply(g, try m.divide(a, e)), into: &accumulated)
        case .adj:
            try propagate(
                .binary(.multiply, m.call(.det, a), m.call(.inv, a), MatrixAlgebra.here),
                adjoint: g,
                into: &accumulated)
        case .kron:
            throw NoMatrixForm("the gradient through kron has no matrix form here")
        case .sigmoid, .tanh, .exp, .log, .softplus, .relu, .step, .abs, .sqrt, .sin, .cos, .pow:
            guard let d = try m.elementwiseDerivative(f, arguments) else { return }
            let adjoint = sa.isScalar ? try m.multiply(g, d) : try m.hadamard(g, d)
            try propagate(a, adjoint: adjoint, into: &accumulated)
        }
    }
}
