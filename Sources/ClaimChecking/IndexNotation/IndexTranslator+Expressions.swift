import SymbolicAlgebra
import ClaimLanguage
/// Expression → index notation, node by node, following the claim
/// language's semantics: a `1×1` operand of `+ − ⊙ ./ *` broadcasts or
/// scales, `vec` and `kron` use composite indices (first varying fastest),
/// `diag` of a vector is `v[i] δ[i,j]` and of a square matrix `X[i,i]`.
extension IndexTranslator {
    /// The index form of `expression`.
    /// - Throws: ``IndexNotationFailure`` when a construct has no exact index form here.
    package func translate(_ expression: Expression) throws -> IndexedTensor {
        switch expression {
        case .entry(let base, let indices, _):
            return try entry(try translate(base), indices)
        case .indexSum(let name, _, let body, _):
            return try indexSum(name, body)
        case .matrix:
            throw IndexNotationFailure("matrices written out [A, B; C, D] have no index form here")
        case .number(let value, _):
            return constant(try IndexTranslator.rational(value))
        case .symbol(let name, _):
            return try symbol(name)
        case .negation(let inner, _):
            return try translate(inner).scaled(by: Symbolic(-1))
        case .transpose(let inner, _):
            let t = try translate(inner)
            return IndexedTensor(rows: t.cols, cols: t.rows, terms: t.terms)
        case .binary(let op, let a, let b, _):
            return try binary(op, try translate(a), try translate(b))
        case .power(let base, let exponent, _):
            return try power(try translate(base), try integer(exponent))
        case .call(let function, let arguments, _):
            return try call(function, arguments)
        case .userFunction(let name, let order, let argument, _):
            let vanishing: Int? = claim.functions[name] ?? nil
            let f = ElementwiseFunction(name, derivativesVanishFromOrder: vanishing)
            return try elementwise(try translate(argument)) {
                Symbolic.elementwise(f, derivativeOrder: order, $0)
            }
        case .derivative(let op, let f, let variable, _, _):
            return try derivative(op, of: try translate(f), withRespectTo: variable)
        }
    }

    package static func rational(_ value: ExactNumber) throws -> Symbolic {
        guard let r = try? Rational(value.numerator, value.denominator) else {
            throw IndexNotationFailure("the number \(value) has no exact value")
        }
        return Symbolic(r)
    }

    /// The split index ranges of a symbol's rows and columns.
    package func symbolDimensions(
        _ name: String
    ) throws -> (rows: [IndexDimension], cols: [IndexDimension]) {
        guard let shape = claim.symbolShapes[name] else {
            throw IndexNotationFailure("no shape for '\(name)'")
        }
        guard let rows = IndexDimension.split(shape.rows),
            let cols = IndexDimension.split(shape.cols)
        else {
            throw IndexNotationFailure(
                "the shape \(shape) of '\(name)' is not a product of dimension variables")
        }
        return (rows, cols)
    }

    package func symbol(_ name: String) throws -> IndexedTensor {
        if let definition = claim.claim.definitions.first(where: { $0.name == name }) {
            if let cached = definitionCache[name] { return freshened(cached) }
            let t = try translate(definition.expression).simplified()
            definitionCache[name] = t
            return freshened(t)
        }
        if claim.dimensionVariables.contains(name) {
            return constant(IndexDimension.variable(name).size)
        }
        let (rowDimensions, colDimensions) = try symbolDimensions(name)
        let rows = fresh(rowDimensions), cols = fresh(colDimensions)
        if rows.isEmpty && cols.isEmpty {
            pointwise[name] = .scalarSymbol(name)
        } else {
            pointwise[name] = .symbol(name: name, dimensions: rowDimensions + colDimensions)
        }
        let group = IndexGroup(indices: rows + cols, value: Symbolic(Variable(name)))
        return IndexedTensor(
            rows: rows, cols: cols,
            terms: [IndexMonomial(scalar: .one, bound: [], groups: [group], deltas: [])].compactMap
            { $0.simplified() })
    }

    package func binary(
        _ op: BinaryOperator, _ a: IndexedTensor, _ b: IndexedTensor
    ) throws -> IndexedTensor {
        switch op {
        case .add:
            return try sum(a, b)
        case .subtract:
            return try sum(a, b.scaled(by: Symbolic(-1)))
        case .multiply:
            if a.isScalar || b.isScalar { return try scalarMultiple(a, b) }
            return try matrixProduct(a, b)
        case .hadamard:
            return try hadamard(a, b)
        case .elementDivide:
            return try hadamard(a, try elementwise(b) { .one / $0 })
        case .divide:
            guard b.isScalar else { throw IndexNotationFailure("division by a non-scalar") }
            return try scalarMultiple(a, try elementwise(b) { .one / $0 })
        case .kronecker:
            return try kronecker(a, b)
        }
    }

    /// `base^k`: repeated products for `k ≥ 0` (`A⁰ = I`), the inverse's
    /// power for `k < 0`; a scalar's negative power is exact in ``Symbolic``.
    package func power(_ base: IndexedTensor, _ k: Int) throws -> IndexedTensor {
        guard Swift.abs(k) <= 16 else {
            throw IndexNotationFailure("the exponent \(k) is too large to expand")
        }
        if base.isScalar {
            if k < 0 { return try elementwise(base) { $0.power(k) } }
            var result = constant(.one)
            for _ in 0..<k { result = try scalarMultiple(result, freshened(base)) }
            return result
        }
        guard base.rows.dimensions == base.cols.dimensions else {
            throw IndexNotationFailure(
                "a power of a matrix whose composite row and column indices differ")
        }
        let b = k < 0 ? try inverse(base) : base
        var result = identity(base.rows.dimensions)
        for _ in 0..<Swift.abs(k) { result = try matrixProduct(result, freshened(b)) }
        return result
    }

    /// Why a power with an integer symbol in its exponent has no index form.
    package static let symbolicExponentReason =
        "a power with a symbolic exponent (X^k) has no finite index form"

    /// The value of an integer expression that must not depend on a dimension.
    package func integer(_ e: Expression) throws -> Int {
        let p = try dimensionPolynomial(e)
        let integerSymbols = claim.claim.declarations.filter { $0.kind == .integer }.map(\.name)
        if let k = p.variables.first(where: integerSymbols.contains) {
            let which =
                p == .variable(k)
                ? "the exponent is the integer symbol \(k)"
                : "the exponent \(p) contains the integer symbol \(k)"
            throw IndexNotationFailure("\(IndexTranslator.symbolicExponentReason): \(which)")
        }
        guard let value = p.constantValue else {
            throw IndexNotationFailure("the exponent \(p) depends on a dimension")
        }
        return value
    }

    /// An integer expression of numbers and dimension variables.
    package func dimensionPolynomial(_ e: Expression) throws -> DimensionPolynomial {
        var inference = ShapeInference(claim: claim.claim)
        inference.dimensionVariables = Set(claim.dimensionVariables)
        do {
            return try inference.integerValue(e)
        } catch {
            throw IndexNotationFailure("an integer expression the prover cannot read")
        }
    }

    /// The split ranges of a dimension argument (`eye(m*n)` → `[m, n]`).
    ///
    /// `eye`, `ones` and `zeros` are the same matrices under every
    /// factorisation of a composite range (used consistently for rows and
    /// columns of `eye`), so the order of the factors is free: it is taken
    /// from ``splitChoices`` and the prover may try each order.
    package func dimensionArgument(_ e: Expression) throws -> [IndexDimension] {
        let p = try dimensionPolynomial(e)
        guard let split = IndexDimension.split(p) else {
            throw IndexNotationFailure("the dimension \(p) is not a product of dimension variables")
        }
        guard split.count >= 2 else { return split }
        let occurrence = flexibleSplits.count
        flexibleSplits.append(split.count)
        let choice = occurrence < splitChoices.count ? splitChoices[occurrence] : 0
        let orders = CanonicalLabelling.permutations(split)
        return orders[choice % orders.count]
    }

    package func call(
        _ function: BuiltinFunction, _ arguments: [Expression]
    ) throws -> IndexedTensor {
        switch function {
        case .eye:
            return identity(try dimensionArgument(arguments[0]))
        case .ones, .zeros:
            let rows = fresh(try dimensionArgument(arguments[0]))
            let cols = arguments.count > 1 ? fresh(try dimensionArgument(arguments[1])) : []
            return IndexedTensor(
                rows: rows, cols: cols,
                terms: function == .ones ? [IndexMonomial(scalar: .one)] : [])
        case .comm:
            // comm(m, n)[(j, i), (i', j')] = δ[i, i'] δ[j, j']: rows vec(Xᵀ) (j fastest), columns
            // vec(X) (i fastest).
            // Only single-factor arguments: reordering the factors of a composite range (which the
            // prover may try for eye and ones) would change this matrix.
            let m = try dimensionArgument(arguments[0]), n = try dimensionArgument(arguments[1])
            guard m.count <= 1, n.count <= 1 else {
                throw IndexNotationFailure("comm of a composite dimension has no index form here")
            }
            let rowJ = fresh(n), rowI = fresh(m), colI = fresh(m), colJ = fresh(n)
            let deltas = (Array(zip(rowI, colI)) + Array(zip(rowJ, colJ))).map {
                KroneckerDelta(first: $0, second: $1)
            }
            return IndexedTensor(
                rows: rowJ + rowI, cols: colI + colJ,
                terms: [IndexMonomial(scalar: .one, bound: [], groups: [], deltas: deltas)])
        default:
            break
        }
        let t = try translate(arguments[0])
        switch function {
        case .vec:
            return IndexedTensor(rows: t.rows + t.cols, cols: [], terms: t.terms)
        case .diag:
            if t.cols.isEmpty || t.rows.isEmpty {
                // A vector → the diagonal matrix v[i] δ[i,j].
                let rows = t.cols.isEmpty ? t.rows : t.cols
                let cols = fresh(rows.dimensions)
                let deltas = zip(rows, cols).map { KroneckerDelta(first: $0, second: $1) }
                let terms = try products(
                    t.terms, [IndexMonomial(scalar: .one, bound: [], groups: [], deltas: deltas)])
                return IndexedTensor(rows: rows, cols: cols, terms: terms)
            }
            let square = try squareDiagonal(t, "diag")
            return IndexedTensor(rows: square.rows, cols: [], terms: square.terms)
        case .tr:
            let square = try squareDiagonal(t, "tr")
            let terms = square.terms.compactMap { term -> IndexMonomial? in
                var copy = term
                copy.bound += square.rows
                return copy.simplified()
            }
            return IndexedTensor(rows: [], cols: [], terms: terms)
        case .sum:
            let terms = t.terms.compactMap { term -> IndexMonomial? in
                var copy = term
                copy.bound += t.free
                return copy.simplified()
            }
            return IndexedTensor(rows: [], cols: [], terms: terms)
        case .det:
            if t.isScalar { return t }
            return try determinant(t)
        case .inv:
            if t.isScalar { return try elementwise(t) { .one / $0 } }
            return try inverse(t)
        case .kron:
            return try kronecker(t, try translate(arguments[1]))
        case .sigmoid: return try elementwise(t) { Symbolic.sigmoid($0) }
        case .tanh: return try elementwise(t) { Symbolic.tanh($0) }
        case .exp: return try elementwise(t) { Symbolic.exp($0) }
        case .log: return try elementwise(t) { Symbolic.log($0) }
        case .softplus: return try elementwise(t) { Symbolic.softplus($0) }
        case .relu: return try elementwise(t) { Symbolic.relu($0) }
        case .step: return try elementwise(t) { Symbolic.step($0) }
        case .abs: return try elementwise(t) { Symbolic(2) * Symbolic.relu($0) - $0 }
        case .sqrt: return try elementwise(t) { Symbolic.sqrt($0) }
        case .sin: return try elementwise(t) { Symbolic.sin($0) }
        case .cos: return try elementwise(t) { Symbolic.cos($0) }
        case .pow:
            guard let p = ShapeInference.constantExponent(arguments[1]) else {
                throw IndexNotationFailure("the exponent of .^ is not a constant")
            }
            let exponent = try IndexTranslator.rational(p)
            return try elementwise(t) { Symbolic.pow($0, exponent) }
        case .norm:
            // ‖A‖ = √(Σ A[i,j]²), through the translations of sum and .*.
            let a = arguments[0], r = a.range
            return try translate(.call(.sqrt, [.call(.sum, [.binary(.hadamard, a, a, r)], r)], r))
        case .adj:
            throw IndexNotationFailure("adj has no index form here")
        case .eye, .ones, .zeros, .comm:
            return t
        }
    }

    /// `X[i,i]` with `i` free: the column index renamed to the row index.
    package func squareDiagonal(_ t: IndexedTensor, _ operation: String) throws -> IndexedTensor {
        guard t.rows.dimensions == t.cols.dimensions else {
            throw IndexNotationFailure(
                "\(operation) of a matrix whose composite row and column indices differ")
        }
        var map: [Int: TensorIndex] = [:]
        for (old, new) in zip(t.cols, t.rows) { map[old.id] = new }
        let renamed = t.renamed(map)
        return IndexedTensor(
            rows: t.rows, cols: t.rows,
            terms: renamed.terms.compactMap { $0.simplified() })
    }
}
