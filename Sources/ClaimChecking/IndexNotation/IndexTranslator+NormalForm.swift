import SymbolicAlgebra
/// Normalisation: expand every group into single pointwise monomials (index-
/// free parts move to the coefficient), apply the inverse rule
/// `Σ_k A[i,k] inv(A)[k,j] = δ[i,j]` (both orders, `A` a plain symbol),
/// eliminate deltas again, label summed indices canonically and collect.
extension IndexTranslator {
    /// The normal form of `t`; free indices named `f0, f1, …` by position.
    package func normalForm(_ t: IndexedTensor) throws -> IndexNormalForm {
        var freeNames: [Int: String] = [:]
        for (position, index) in t.free.enumerated() { freeNames[index.id] = "f\(position)" }
        var entries: [String: IndexNormalForm.Entry] = [:]
        var pending = t.terms.compactMap { $0.simplified() }
        var processed = 0
        while let term = pending.popLast() {
            processed += 1
            guard processed <= termBudget else {
                throw IndexNotationFailure("the normal form has more than \(termBudget) terms")
            }
            let expanded = try expand(term)
            for e in expanded {
                if let reduced = applyInverseRule(e) {
                    if let s = reduced.simplified() { pending.append(s) }
                    continue
                }
                if e.scalar.isUndefined {
                    throw IndexNotationFailure("a coefficient is undefined (\(e.scalar))")
                }
                var bare = e
                bare.scalar = .one
                let (key, names) = CanonicalLabelling.key(of: bare, freeNames: freeNames)
                if var existing = entries[key] {
                    existing.coefficient = existing.coefficient + e.scalar
                    entries[key] = existing
                } else {
                    entries[key] = IndexNormalForm.Entry(
                        coefficient: e.scalar, term: bare, names: names)
                }
            }
        }
        return IndexNormalForm(
            free: t.free.dimensions, entries: entries.filter { !$0.value.coefficient.isExactlyZero }
        )
    }

    /// The term as a sum of terms whose groups are single pointwise monomials.
    package func expand(_ term: IndexMonomial) throws -> [IndexMonomial] {
        var results = [
            IndexMonomial(scalar: term.scalar, bound: term.bound, groups: [], deltas: term.deltas)
        ]
        for group in term.groups {
            let pieces = split(group.value)
            guard results.count * pieces.count <= termBudget else {
                throw IndexNotationFailure("expanding a term gives more than \(termBudget) terms")
            }
            var next: [IndexMonomial] = []
            for r in results {
                for (scalar, pointwiseValue) in pieces {
                    var copy = r
                    copy.scalar = copy.scalar * scalar
                    if !pointwiseValue.isOne {
                        copy.groups.append(
                            IndexGroup(indices: group.indices, value: pointwiseValue))
                    }
                    next.append(copy)
                }
            }
            results = next
        }
        return results.compactMap { $0.simplified() }
    }

    /// `value = Σ scalarᵢ · pointwiseᵢ` with each `pointwiseᵢ` a monomial of
    /// index-dependent indeterminates (over the denominator when it depends on the indices).
    package func split(_ value: Symbolic) -> [(Symbolic, Symbolic)] {
        var value = value
        // Cancel a denominator that divides the numerator exactly, e.g. (σ − σ²)/(1 − σ) = σ.
        if !value.denominator.isOne,
            let quotient = value.numerator.exactQuotient(dividingBy: value.denominator)
        {
            value = Symbolic(quotient)
        }
        let denominator = value.denominator
        let denominatorIsFree = denominator.indeterminateIdentifiers.allSatisfy { isIndexFree($0) }
        let scalarDenominator = denominatorIsFree ? Symbolic.one / Symbolic(denominator) : .one
        return value.numerator.terms.map { term in
            var free: [UInt64] = [], pointwise: [UInt64] = []
            var freeDegree = 0, pointwiseDegree = 0
            for f in term.monomial.factors {
                let e = Int(Monomial.exponentOf(f))
                if isIndexFree(Monomial.indeterminateOf(f)) {
                    free.append(f); freeDegree += e
                } else {
                    pointwise.append(f); pointwiseDegree += e
                }
            }
            let scalar =
                Symbolic(
                    Polynomial(
                        monomial: Monomial(factors: free, degree: freeDegree),
                        coefficient: term.coefficient)) * scalarDenominator
            let numerator = Polynomial(
                monomial: Monomial(factors: pointwise, degree: pointwiseDegree))
            let pointwiseValue =
                denominatorIsFree
                ? Symbolic(numerator) : Symbolic(numerator: numerator, denominator: denominator)
            return (scalar, pointwiseValue)
        }
    }

    /// Whether a indeterminate does not depend on the indices of its group.
    package func isIndexFree(_ indeterminate: UInt32) -> Bool {
        switch IndeterminateTable.shared.indeterminate(indeterminate) {
        case .variable(let v):
            return pointwise[v.name]?.isIndexFree ?? false
        case .atom(let atom):
            let argument = atom.argument
            return argument.numerator.indeterminateIdentifiers.union(
                argument.denominator.indeterminateIdentifiers
            ).allSatisfy { isIndexFree($0) }
        }
    }

    /// `Σ_k A[i,k] inv(A)[k,j] → δ[i,j]` (and `inv(A)[i,k] A[k,j]`) once, if it applies.
    package func applyInverseRule(_ term: IndexMonomial) -> IndexMonomial? {
        for k in term.bound {
            let holders = term.groups.enumerated().filter {
                $0.element.indices.contains(where: { $0.id == k.id })
            }
            guard holders.count == 2,
                !term.deltas.contains(where: { $0.first.id == k.id || $0.second.id == k.id })
            else { continue }
            let (p, g) = (holders[0].offset, holders[0].element),
                (q, h) = (holders[1].offset, holders[1].element)
            guard g.indices.count == 2, h.indices.count == 2 else { continue }
            func isInverse(_ inverse: String, of symbol: String) -> Bool {
                if case .inverse(_, let s) = pointwise[inverse], s == symbol { return true }
                return false
            }
            // left[a,k] right[k,b] with {left, right} = {A, inv(A)}.
            for (left, right) in [(g, h), (h, g)] {
                guard left.indices[1].id == k.id, right.indices[0].id == k.id,
                    left.indices[0].id != k.id, right.indices[1].id != k.id
                else { continue }
                let l = left.value.singleVariableName ?? "",
                    r = right.value.singleVariableName ?? ""
                guard isInverse(r, of: l) || isInverse(l, of: r) else { continue }
                var copy = term
                copy.groups = term.groups.enumerated().filter { $0.offset != p && $0.offset != q }
                    .map(\.element)
                copy.bound.removeAll { $0.id == k.id }
                copy.deltas.append(KroneckerDelta(first: left.indices[0], second: right.indices[1]))
                return copy
            }
        }
        return nil
    }
}
