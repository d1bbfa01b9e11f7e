import MatrixNumerics

/// A concrete point at which a symbolic value (typically `lhs − rhs`) is
/// non-zero: the evidence required to call an identity *refuted*.
public struct SymbolicCounterexample: Sendable, CustomStringConvertible {
    /// The point, as `Double`s.
    public let point: [Variable: Double]
    /// The point as exact rationals, when the value was computed exactly.
    public let exactPoint: [Variable: Rational]?
    /// The exact value there, when no transcendental atom is involved.
    public let exactValue: Rational?
    /// The value in `Double`.
    public let value: Double
    /// An estimate of the rounding error of `value` (0 when exact).
    public let errorBound: Double

    public var description: String {
        let coordinates = point.keys.sorted().map { v in
            "\(v) = \(exactPoint?[v]?.description ?? String(point[v] ?? .nan))"
        }
        let shown = exactValue.map { "\($0) (exact)" } ?? "\(value) ± \(errorBound)"
        return "value \(shown) at " + coordinates.joined(separator: ", ")
    }
}

/// The outcome of testing a symbolic value for zero, following the
/// soundness rule: exact zero proves; only a concrete non-zero evaluation
/// refutes; anything else is inconclusive.
public enum ZeroTestVerdict: Sendable {
    /// The value is exactly zero (possibly after rewriting in exponentials).
    case provedZero
    /// The value is non-zero at the counterexample's point.
    case nonZero(SymbolicCounterexample)
    /// Neither: e.g. the value is symbolically non-zero, but no point showed
    /// a residual far above its error estimate (an identity between atoms
    /// that no rule captures may hide), or it is undefined.
    case inconclusive(reason: String)
}

extension Symbolic {
    /// Whether a transcendental atom (anything but `relu`, `step`) occurs,
    /// which rules out exact evaluation.
    public var hasTranscendentalAtoms: Bool {
        var seen = Set<UInt32>()
        func visit(_ s: Symbolic) -> Bool {
            for id in s.numerator.indeterminateIdentifiers.union(
                s.denominator.indeterminateIdentifiers) where seen.insert(id).inserted
            {
                if case .atom(let a) = IndeterminateTable.shared.indeterminate(id) {
                    if !a.function.isPiecewiseRational || visit(a.argument) { return true }
                }
            }
            return false
        }
        return visit(self)
    }

    /// Decides whether the value is zero, with a counterexample when not.
    ///
    /// 1. Exactly zero, directly or after ``rewritingInExponentials()``: proved.
    /// 2. Without transcendental atoms: up to `trials` random rational points
    ///    (small integers and halves); a non-zero exact value refutes.
    /// 3. Otherwise random `Double` points in [−2, 2]; a value above
    ///    10⁴ × its error estimate refutes (the estimate is a running bound
    ///    `ε·K·Σ|terms|`, heuristic through atoms).
    /// 4. Else inconclusive.
    public func testForZero(
        trials: Int = 24, seed: UInt64 = 0x5EED, functions: FunctionValues? = nil
    ) -> ZeroTestVerdict {
        if let reason = undefinedReason {
            return .inconclusive(reason: "the value is undefined (\(reason))")
        }
        if isExactlyZero || rewritingInExponentials().isExactlyZero { return .provedZero }
        var random = SplitMix64(seed: seed)
        func nextRandom() -> UInt64 { random.next() }
        let variables = self.variables
        if !hasTranscendentalAtoms {
            for trial in 0..<Swift.max(1, trials) {
                var point: [Variable: Rational] = [:]
                for v in variables {
                    let k = Int(nextRandom() % 13) - 6
                    point[v] =
                        trial % 2 == 0
                        ? Rational(k)
                        : Rational(normalizedNumerator: BigInteger(2 * k + 1), denominator: 2)
                }
                if let value = evaluateExactly(at: point), !value.isZero {
                    return .nonZero(
                        SymbolicCounterexample(
                            point: point.mapValues(\.doubleValue), exactPoint: point,
                            exactValue: value, value: value.doubleValue, errorBound: 0))
                }
            }
        }
        for _ in 0..<Swift.max(1, trials) {
            var point: [Variable: Double] = [:]
            for v in variables { point[v] = Double(nextRandom() % 4_000_001) / 1_000_000 - 2 }
            if let (value, bound) = evaluateWithErrorBound(at: point, functions: functions),
                bound.isFinite,
                Swift.abs(value) > 1e4 * bound
            {
                return .nonZero(
                    SymbolicCounterexample(
                        point: point, exactPoint: nil, exactValue: nil, value: value,
                        errorBound: bound))
            }
        }
        return .inconclusive(
            reason:
                "symbolically non-zero, but no point gave a residual far above its rounding error")
    }

    /// The value in `Double` with a running rounding-error estimate
    /// `ε·K·(Σ|terms of numerator| + |value|·Σ|terms of denominator|)/|denominator|`,
    /// `K` growing with the number of terms and the degree.
    public func evaluateWithErrorBound(
        at point: [Variable: Double], functions: FunctionValues? = nil
    ) -> (value: Double, errorBound: Double)? {
        guard undefinedReason == nil else { return nil }
        var cache: [UInt32: Double?] = [:]
        func magnitude(_ p: Polynomial) -> (value: Double, magnitude: Double)? {
            var sum = 0.0, absolute = 0.0
            for term in p.terms {
                var product = term.coefficient.doubleValue
                for f in term.monomial.factors {
                    guard
                        let x = Symbolic.cachedValue(
                            of: Monomial.indeterminateOf(f), point: point,
                            functions: functions, cache: &cache)
                    else { return nil }
                    product *= Double.pow(x, Double(Monomial.exponentOf(f)))
                }
                sum += product
                absolute += Swift.abs(product)
            }
            return (sum, absolute)
        }
        guard let n = magnitude(numerator), let d = magnitude(denominator), d.value != 0 else {
            return nil
        }
        let value = n.value / d.value
        let k = Double(
            16
                * (numerator.terms.count + denominator.terms.count + Swift.max(numerator.degree, 0)
                    + Swift.max(denominator.degree, 0) + 4))
        let bound =
            Double.ulpOfOne * k * (n.magnitude + Swift.abs(value) * d.magnitude)
            / Swift.abs(d.value)
        guard value.isFinite, bound.isFinite else { return nil }
        return (value, bound)
    }
}
