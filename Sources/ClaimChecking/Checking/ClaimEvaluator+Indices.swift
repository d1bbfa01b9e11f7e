import ClaimLanguage
import MatrixNumerics

/// Entries, index values and index sums.
extension ClaimEvaluator {
    func scalar(_ m: Matrix<S>, _ what: String) throws -> S {
        guard m.count == 1 else {
            throw EvaluationFailure.internalError(
                "\(what) is \(m.shape), not a scalar, at an index value")
        }
        return m.entries[0]
    }

    /// The 1-based value of an index expression (a literal or an index name).
    func indexValue(_ e: Expression) throws -> Int {
        switch e {
        case .number(let v, _) where v.isInteger:
            return v.numerator
        case .symbol(let name, _):
            guard let v = indexValues[name] else {
                throw EvaluationFailure.internalError("no value for the index '\(name)'")
            }
            return v
        default:
            throw EvaluationFailure.internalError("not an index")
        }
    }

    /// `base[i]` or `base[i, j]`, 1-based.
    func entry(_ base: Expression, _ indices: [Expression]) throws -> Matrix<S> {
        let x: Matrix<S>
        if let cached = indexFreeValues[base] {
            // Only bases that use no index are cached.
            x = cached
        } else {
            let indexFree =
                !NumericCheck.mentionsIndex(base)
                && !ClaimEvaluator.referencedNames(base)
                    .contains { claim.indexBound(of: $0, at: assignment) != nil }
            x = try value(base)
            if indexFree { indexFreeValues[base] = x }
        }
        let values = try indices.map { try indexValue($0) }
        let (i, j): (Int, Int)
        if values.count == 2 {
            (i, j) = (values[0], values[1])
        } else if x.cols == 1 {
            (i, j) = (values[0], 1)
        } else {
            (i, j) = (1, values[0])
        }
        guard i >= 1, i <= x.rows, j >= 1, j <= x.cols else {
            throw EvaluationFailure.invalidShape(
                "entry (\(i), \(j)) is outside the \(x.rows)×\(x.cols) matrix")
        }
        return scalarMatrix(x[i - 1, j - 1])
    }

    /// `sum(k, body)`: the body summed over `k = 1…n`.
    func indexSum(_ index: String, _ body: Expression) throws -> Matrix<S> {
        guard let bound = claim.indexBound(of: index, at: assignment), bound >= 1 else {
            throw EvaluationFailure.invalidShape("the index '\(index)' has no positive range here")
        }
        let saved = indexValues[index]
        defer { indexValues[index] = saved }
        indexValues[index] = 1
        var total = try value(body)
        for k in stride(from: 2, through: bound, by: 1) {
            indexValues[index] = k
            let term = try value(body)
            try guardSwell(.add, total, term)
            total = try checked(try binary(.add, total, term), "a sum over \(index)")
        }
        return total
    }
}
