import ClaimChecking
import ClaimLanguage

/// The Jacobian `∂vec F/∂(vec X)ᵀ` (numerator layout, |F|×|X|) by forward
/// propagation of Jacobians through the expression tree, with the vec rules
/// `vec(AXB) = (Bᵀ ⊗ A) vec X`, `vec(Xᵀ) = comm(m, n) vec X`,
/// `vec(A ⊙ B) = diag(vec B) vec A`, `d vec A⁻¹ = −(A⁻ᵀ ⊗ A⁻¹) d vec A`,
/// `d det A = det(A) vec(A⁻ᵀ)ᵀ d vec A`, `d tr A = vec(I)ᵀ d vec A`.
struct ForwardMode {
    let algebra: MatrixAlgebra
    let variable: String
    let variableSize: ShapeDimension

    func depends(_ e: Expression) -> Bool {
        if case .symbol(let name, _) = e { return name == variable }
        return e.children.contains { depends($0) }
    }

    /// A scalar operand's Jacobian (1×|X|) repeated for each entry of a node of `shape`.
    func broadcast(
        _ j: Expression?, operand: ExpressionShape, node: ExpressionShape
    ) throws
        -> Expression?
    {
        guard let j, operand.isScalar, !node.isScalar else { return j }
        return try algebra.multiply(algebra.ones(try algebra.count(node), ShapeDimension(1)), j)
    }

    /// `D · J`, or `nil` when `J` is zero.
    func chain(_ d: Expression, _ j: Expression?) throws -> Expression? {
        guard let j else { return nil }
        return try algebra.multiply(d, j)
    }

    /// `diag(vec d) · J`, or `d · J` for a `1×1` operand.
    func entrywise(
        _ d: Expression?, operand: ExpressionShape, _ j: Expression?
    ) throws
        -> Expression?
    {
        guard let d, let j else { return nil }
        if operand.isScalar { return try algebra.multiply(d, j) }
        return try algebra.multiply(try algebra.diagonalMatrix(try algebra.vec(d)), j)
    }

    func jacobian(_ e: Expression) throws -> Expression? {
        guard depends(e) else { return nil }
        let m = algebra
        switch e {
        case .number: return nil
        case .symbol: return m.identity(variableSize)
        case .negation(let a, _): return try jacobian(a).map(m.negate)
        case .transpose(let a, _):
            let s = try m.shape(a)
            return try chain(try m.commutation(s.rows, s.cols), try jacobian(a))
        case .binary(let op, let a, let b, _):
            let sa = try m.shape(a)
            let sb = try m.shape(b)
            let se = try m.shape(e)
            let rawA = try jacobian(a)
            let rawB = try jacobian(b)
            let ja = try broadcast(rawA, operand: sa, node: se)
            let jb = try broadcast(rawB, operand: sb, node: se)
            switch op {
            case .add: return try m.add(ja, jb)
            case .subtract: return try m.subtract(ja, jb)
            case .multiply, .hadamard:
                if sa.isScalar || sb.isScalar {
                    // c·B: vec(B) dc + c dB (ja, jb already broadcast for the scalar side).
                    let left = try chain(sa.isScalar ? try m.vec(b) : b, rawA)
                    let right = try chain(sb.isScalar ? try m.vec(a) : a, rawB)
                    return try m.add(left, right)
                }
                if op == .hadamard {
                    return try m.add(
                        try entrywise(b, operand: se, ja), try entrywise(a, operand: se, jb))
                }
                let left = try chain(try m.kron(try m.transpose(b), m.identity(sa.rows)), ja)
                let right = try chain(try m.kron(m.identity(sb.cols), a), jb)
                return try m.add(left, right)
            case .elementDivide, .divide:
                let reciprocal = try m.elementDivide(m.number(1), b)
                let left = try entrywise(reciprocal, operand: se, ja)
                let quotient = try m.elementDivide(
                    a, .call(.pow, [b, m.number(2)], MatrixAlgebra.here))
                let right = try entrywise(quotient, operand: se, jb)
                return try m.subtract(left, right)
            case .kronecker:
                throw NoMatrixForm("the Jacobian of a Kronecker product has no matrix form here")
            }
        case .power(let base, let exponent, _):
            let s = try m.shape(base)
            guard let j = try jacobian(base) else { return nil }
            if s.isScalar {
                let reduced = try m.subtract(exponent, m.number(1)) ?? m.number(0)
                return try m.multiply(try m.multiply(exponent, m.scalarPower(base, reduced)), j)
            }
            guard let k = MatrixAlgebra.numberValue(exponent), k.isInteger,
                Swift.abs(k.numerator) <= 8
            else {
                throw NoMatrixForm(
                    "the Jacobian of a matrix power with a symbolic exponent or one beyond 8"
                        + " has no matrix form here"
                )
            }
            if k.numerator < 0 {
                return try jacobian(try m.power(m.call(.inv, base), -k.numerator))
            }
            var total: Expression?
            for i in 0..<k.numerator {
                let left = try m.transpose(try m.power(base, k.numerator - 1 - i))
                let right = try m.power(base, i)
                total = try m.add(total, try m.kron(left, right))
            }
            return try total.map { try m.multiply($0, j) }
        case .call(let f, let arguments, _):
            return try callJacobian(f, arguments, e)
        case .userFunction(let name, let order, let argument, _):
            let d = Expression.userFunction(
                name: name, order: order + 1, argument: argument, MatrixAlgebra.here)
            return try entrywise(d, operand: try m.shape(argument), try jacobian(argument))
        case .derivative:
            throw NoMatrixForm.nestedDerivative
        case .entry, .indexSum:
            throw NoMatrixForm.indexNotation
        case .matrix:
            throw NoMatrixForm.writtenOutMatrix
        }
    }

    func callJacobian(
        _ f: BuiltinFunction, _ arguments: [Expression], _ e: Expression
    ) throws
        -> Expression?
    {
        let m = algebra
        let a = arguments[0]
        let sa = try m.shape(a)
        if f == .kron { throw NoMatrixForm("the Jacobian of kron has no matrix form here") }
        guard let j = try jacobian(a) else { return nil }
        switch f {
        case .eye, .ones, .zeros, .comm: return nil
        case .vec: return j
        case .tr: return try m.multiply(try m.transpose(m.call(.vec, m.identity(sa.rows))), j)
        case .sum: return try m.multiply(m.ones(ShapeDimension(1), try m.count(sa)), j)
        case .det:
            let row = try m.transpose(try m.vec(try m.transpose(m.call(.inv, a))))
            return try m.multiply(try m.multiply(e, row), j)
        case .inv:
            return m.negate(try m.multiply(try m.kron(try m.transpose(e), e), j))
        case .norm:
            return try m.multiply(try m.divide(try m.transpose(try m.vec(a)), e), j)
        case .adj:
            return try jacobian(
                .binary(.multiply, m.call(.det, a), m.call(.inv, a), MatrixAlgebra.here))
        case .diag:
            if sa.isScalar { return j }
            throw NoMatrixForm("the Jacobian of diag has no matrix form here (it selects entries)")
        case .kron:
            throw NoMatrixForm("the Jacobian of kron has no matrix form here")
        case .sigmoid, .tanh, .exp, .log, .softplus, .relu, .step, .abs, .sqrt, .sin, .cos, .pow:
            return try entrywise(try m.elementwiseDerivative(f, arguments), operand: sa, j)
        }
    }
}
