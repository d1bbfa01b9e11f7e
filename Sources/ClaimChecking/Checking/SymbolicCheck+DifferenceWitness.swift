import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

extension SymbolicCheck {
    /// A certified counterexample from the exact difference itself: at an
    /// exact point where both sides of the claim *as written* are defined,
    /// an entry of `lhs − rhs` (in the symbolic engine's normal form)
    /// whose enclosure excludes zero.
    ///
    /// Every normalisation holds wherever the original is defined, so there
    /// the normal form of the difference *is* the difference of the sides;
    /// unlike the two sides, it has no digits to cancel:
    /// `log(exp(-2000) + exp(x)) − x` is `softplus(−2000 − x)`, about
    /// 10⁻⁸⁶⁹, which no precision up to 2048 bits separates as two sides
    /// near `x`. Differences with a declared function are not enclosed.
    func differenceWitness(
        at assignment: [String: Int], points: [[String: Matrix<CertifiedInterval>]],
        certified: CertifiedCheck, seed: UInt64
    ) -> Counterexample? {
        guard let (lhs, rhs, values) = exactSides(at: assignment) else { return nil }
        let count = Swift.max(lhs.count, rhs.count)
        var differences: [(index: Int, value: Symbolic)] = []
        for k in 0..<count {
            let l = lhs.count == 1 ? lhs.entries[0] : lhs.entries[k]
            let r = rhs.count == 1 ? rhs.entries[0] : rhs.entries[k]
            guard l != r, !l.isUndefined, !r.isUndefined else { continue }
            differences.append((k, l - r))
        }
        if differences.isEmpty { return nil }
        let wide = lhs.count >= rhs.count ? lhs : rhs
        // Within the certified search's share of the time budget.
        let stop = Swift.min(deadline, certified.deadline)
        for raw in points {
            if MonotonicClock.seconds() > stop { return nil }
            // Symmetric symbols read their upper triangle, as the variables do.
            var point: [String: Matrix<CertifiedInterval>] = [:]
            var variables: [Variable: CertifiedInterval] = [:]
            for (name, m) in raw {
                guard let shape = values[name]?.shape else { continue }
                let symmetric = claim.symmetricSymbols.contains(name)
                guard
                    let symmetrized = try? Matrix<CertifiedInterval>(
                        rows: m.rows, cols: m.cols,
                        { i, j in symmetric ? m[Swift.min(i, j), Swift.max(i, j)] : m[i, j] })
                else { return nil }
                point[name] = symmetrized
                for i in 0..<m.rows {
                    for j in 0..<m.cols {
                        variables[SymbolicCheck.variable(name, i, j, shape)] = symmetrized[i, j]
                    }
                }
            }
            for bits in CertifiedCheck.precisions {
                if MonotonicClock.seconds() > stop { return nil }
                let found: (Int, CertifiedInterval)? = CertifiedInterval.$precision.withValue(
                    bits
                ) {
                    for (k, d) in differences {
                        if let e = d.enclosure(at: variables), e.excludesZero { return (k, e) }
                    }
                    return nil
                }
                guard let (k, e) = found else { continue }
                // Only where both sides as written are defined.
                guard let (l, r) = certified.enclosures(at: assignment, values: point, bits: bits)
                else { break }
                let lk = l.count == 1 ? l.entries[0] : l.entries[k]
                let rk = r.count == 1 ? r.entries[0] : r.entries[k]
                if lk.isUndefined || rk.isUndefined { break }
                let shown = point.mapValues { m in
                    (0..<m.rows).map { i in (0..<m.cols).map { j in m[i, j].midpoint.doubleValue } }
                }
                let radius = e.width * ((try? Rational(1, 2)) ?? .zero)
                var c = Counterexample(
                    assignment: assignment, seed: seed, row: k % wide.rows, col: k / wide.rows,
                    lhs: lk.midpoint.doubleValue, rhs: rk.midpoint.doubleValue,
                    residual: Swift.abs(e.midpoint.doubleValue) + radius.doubleValue,
                    errorBound: radius.doubleValue, point: shown)
                c.certificate =
                    "lhs − rhs ∈ \(e) in the exact normal form of the difference, both sides "
                    + "defined there (interval arithmetic over exact rationals, \(bits)-bit "
                    + "rounding)"
                return c
            }
        }
        return nil
    }
}
