import SymbolicAlgebra
/// Elementwise functions, inverses and determinants as atoms.
///
/// An elementwise function is applied to the *pointwise value* of its
/// argument: when every term of the argument is a single group at the free
/// tuple (as for `z`, `1 − σ(z)`, `y ⊙ x`), the value is that ``Symbolic``
/// expression and `f` is applied exactly (with ``Symbolic``'s
/// normalisations, e.g. `σ(−u) = 1 − σ(u)`); otherwise the argument becomes
/// an opaque variable `u[T]` identified by its canonical normal form, so
/// `σ(W*x + b)` and `σ(b + W*x)` are the same atom.
extension IndexTranslator {
    /// `f` applied entry by entry.
    ///
    /// When every term of the argument is index-free or a single group at
    /// one common tuple `P` (no sums, no deltas) — `z`, `1 − σ(z)`, `Xᵀ`,
    /// `x·1ᵀ` — the result is the group `f(value)` at `P`; otherwise `f` is
    /// applied to an opaque variable standing for the argument's entry.
    package func elementwise(
        _ argument: IndexedTensor, _ f: (Symbolic) -> Symbolic
    ) throws -> IndexedTensor {
        let t = argument.simplified()
        let tuples = Set(t.terms.compactMap { $0.groups.first.map { $0.indices.map(\.id) } })
        let isPointwise =
            tuples.count <= 1
            && t.terms.allSatisfy { $0.bound.isEmpty && $0.deltas.isEmpty && $0.groups.count <= 1 }
        var position =
            isPointwise ? (t.terms.first { !$0.groups.isEmpty }?.groups[0].indices ?? []) : t.free
        var inner = isPointwise ? pointwiseSum(t) : Symbolic.zero
        if !isPointwise {
            // f(M)ᵀ = f(Mᵀ): one opaque atom for M and Mᵀ, at the matching tuple.
            if !t.rows.isEmpty && !t.cols.isEmpty, let transposed = try preferredTranspose(t) {
                position = transposed.free
                inner = try opaqueValue(transposed)
            } else {
                inner = try opaqueValue(t)
            }
        }
        let value = f(inner)
        if value.isUndefined {
            throw IndexNotationFailure("an elementwise value is undefined (\(value))")
        }
        let term = IndexMonomial(
            scalar: .one, bound: [], groups: [IndexGroup(indices: position, value: value)],
            deltas: [])
        return IndexedTensor(
            rows: t.rows, cols: t.cols, terms: [term].compactMap { $0.simplified() })
    }

    /// `Σ scalar · value` over terms that are index-free or one group each.
    package func pointwiseSum(_ t: IndexedTensor) -> Symbolic {
        var value = Symbolic.zero
        for term in t.terms { value = value + term.scalar * (term.groups.first?.value ?? .one) }
        return value
    }

    /// The entry of `t` at its free tuple as one ``Symbolic`` value: exact
    /// when every term is a single group at the free tuple, else opaque.
    package func pointwiseValue(_ t: IndexedTensor) throws -> Symbolic {
        let free = t.free.map(\.id)
        let isPointwise = t.terms.allSatisfy { term in
            term.bound.isEmpty && term.deltas.isEmpty && term.groups.count <= 1
                && (term.groups.first.map { $0.indices.map(\.id) == free } ?? true)
        }
        return isPointwise ? pointwiseSum(t) : try opaqueValue(t)
    }

    /// An opaque variable for the entry of `t` at its free tuple.
    package func opaqueValue(_ t: IndexedTensor) throws -> Symbolic {
        Symbolic(Variable(try opaqueVariable(kind: "value", of: t) { .value($0) }))
    }

    /// The name of the opaque variable for `t` (registered on first use).
    package func opaqueVariable(
        kind: String, of t: IndexedTensor,
        _ make: (IndexedTensor) throws -> PointwiseVariable
    ) throws -> String {
        let normal = try normalForm(t)
        let key = kind + "|" + normal.key
        if let name = opaqueByKey[key] { return name }
        let name = "@\(opaqueOrder.count + 1)"
        opaqueByKey[key] = name
        opaqueOrder.append(name)
        let variable = try make(t)
        pointwise[name] = variable
        dependencies[name] = symbolsMentioned(by: t)
        return name
    }

    /// The entries `inv(A)[T]` as an atom at a fresh tuple.
    package func inverse(_ a: IndexedTensor) throws -> IndexedTensor {
        let t = a.simplified()
        if let transposed = try preferredTranspose(t) {
            // inv(Mᵀ) = inv(M)ᵀ: one atom for M and Mᵀ.
            let inverseOfTransposed = try inverse(transposed)
            return IndexedTensor(
                rows: inverseOfTransposed.cols, cols: inverseOfTransposed.rows,
                terms: inverseOfTransposed.terms)
        }
        guard t.rows.dimensions == t.cols.dimensions else {
            throw IndexNotationFailure(
                "inv of a matrix whose composite row and column indices differ")
        }
        let name = try opaqueVariable(kind: "inv", of: t) {
            .inverse(of: $0, symbol: IndexTranslator.plainSymbol($0))
        }
        let rows = fresh(t.rows.dimensions), cols = fresh(t.cols.dimensions)
        let group = IndexGroup(indices: rows + cols, value: Symbolic(Variable(name)))
        return IndexedTensor(
            rows: rows, cols: cols,
            terms: [IndexMonomial(scalar: .one, bound: [], groups: [group], deltas: [])])
    }

    /// `det(A)` as an index-free atom.
    package func determinant(_ a: IndexedTensor) throws -> IndexedTensor {
        let t = a.simplified()
        if let transposed = try preferredTranspose(t) {
            // det(Mᵀ) = det(M)
            return try determinant(transposed)
        }
        guard t.rows.dimensions == t.cols.dimensions else {
            throw IndexNotationFailure(
                "det of a matrix whose composite row and column indices differ")
        }
        let inverseName = try opaqueVariable(kind: "inv", of: t) {
            .inverse(of: $0, symbol: IndexTranslator.plainSymbol($0))
        }
        let name = try opaqueVariable(kind: "det", of: t) {
            .determinant(of: $0, inverse: inverseName)
        }
        return constant(Symbolic(Variable(name)))
    }

    /// The symbol `X` when `t` is exactly `X[i,j]`.
    package static func plainSymbol(_ t: IndexedTensor) -> String? {
        guard t.terms.count == 1, let term = t.terms.first, term.scalar.isOne, term.bound.isEmpty,
            term.deltas.isEmpty,
            term.groups.count == 1, term.groups[0].indices.map(\.id) == t.free.map(\.id)
        else { return nil }
        return term.groups[0].value.singleVariableName
    }

    /// `Mᵀ` when its normal form sorts before that of the square matrix `M`
    /// (so `inv` and `det` of `M` and of `Mᵀ` share one atom), else `nil`.
    package func preferredTranspose(_ t: IndexedTensor) throws -> IndexedTensor? {
        let transposed = IndexedTensor(rows: t.cols, cols: t.rows, terms: t.terms)
        return try normalForm(transposed).key < normalForm(t).key ? transposed : nil
    }

    /// The matrix and scalar symbols `t` depends on (through opaque variables too).
    package func symbolsMentioned(by t: IndexedTensor) -> Set<String> {
        var names = Set<String>()
        for term in t.terms {
            for value in [term.scalar] + term.groups.map(\.value) {
                for v in value.variables { names.formUnion(symbolsMentioned(byVariable: v.name)) }
            }
        }
        return names
    }

    package func symbolsMentioned(byVariable name: String) -> Set<String> {
        switch pointwise[name] {
        case .symbol, .scalarSymbol: return [name]
        case .dimension: return []
        case .value, .inverse, .determinant: return dependencies[name] ?? []
        case nil: return [name]
        }
    }
}

extension Symbolic {
    /// The name of the variable when the value is exactly one variable (`X`, not `2X` or `X²`).
    package var singleVariableName: String? {
        guard !isUndefined, denominator.isOne, numerator.terms.count == 1 else { return nil }
        let t = numerator.terms[0]
        guard t.coefficient.isOne, t.monomial.factors.count == 1,
            Monomial.exponentOf(t.monomial.factors[0]) == 1,
            case .variable(let v) = IndeterminateTable.shared.indeterminate(
                Monomial.indeterminateOf(t.monomial.factors[0]))
        else { return nil }
        return v.name
    }
}
