import ClaimLanguage

extension ClaimChecker {
    /// What the checks covered of the variables written as numbers (see
    /// ``ScalarDependence``).
    struct ScalarCoverage {
        /// Why no proof covers every value of some variable.
        var problems: [String] = []
        /// The statement of a proof for every value of a one-variable
        /// claim using its variable only as a number, when exact equality
        /// covers the values its bound needs.
        var polynomialProof: String?
    }

    /// The smallest value the exact check gives `v`: `1 − d` for a signed
    /// integer symbol (`d` the symbolic maximum), else 1.
    func lowestExactValue(_ claim: ResolvedClaim, _ v: String) -> Int {
        claim.signedIntegerSymbols.contains(v) ? 1 - options.symbolicMaximumDimension : 1
    }

    /// The variable of a one-variable claim that uses it only as a number,
    /// with the exact values that settle it for every value.
    func exactlySettled(
        _ claim: ResolvedClaim, _ dependence: ScalarDependence
    ) -> (variable: String, values: ClosedRange<Int>)? {
        guard claim.dimensionVariables.count == 1, let v = claim.dimensionVariables.first,
            dependence.numbersOnly.contains(v),
            let values = dependence.exactValues(
                v, signed: claim.signedIntegerSymbols.contains(v),
                lowest: lowestExactValue(claim, v))
        else { return nil }
        return (v, values)
    }

    /// The extra exact values of a one-variable claim whose variable is
    /// used only as a number: those its bound needs beyond the symbolic range.
    func polynomialValues(
        _ claim: ResolvedClaim, _ dependence: ScalarDependence
    ) -> [[String: Int]] {
        guard let (v, values) = exactlySettled(claim, dependence) else { return [] }
        let present = lowestExactValue(claim, v)...options.symbolicMaximumDimension
        return values.filter { !present.contains($0) }.map { [v: $0] }
    }

    /// The values that `v` must take, exactly or numerically: for a
    /// one-variable claim, those of
    /// ``ScalarDependence/exactValues(_:signed:lowest:)`` (empty when the
    /// exact check settles the claim: it takes them); with several
    /// variables, those beyond the ordinary numeric range
    /// (``ScalarDependence/numericValues(_:signed:lowest:top:)``, the
    /// ordinary shapes being random). `nil` without a bound.
    func numericValuesNeeded(
        _ claim: ResolvedClaim, _ dependence: ScalarDependence, _ v: String
    ) -> [Int]? {
        if claim.dimensionVariables.count == 1 {
            if dependence.numbersOnly.contains(v) {
                return exactlySettled(claim, dependence) == nil ? nil : []
            }
            return dependence.exactValues(
                v, signed: claim.signedIntegerSymbols.contains(v),
                lowest: lowestExactValue(claim, v)
            ).map { Array($0) }
        }
        return dependence.numericValues(
            v, signed: claim.signedIntegerSymbols.contains(v),
            lowest: -(options.numericMaximumDimension / 2), top: options.numericMaximumDimension)
    }

    /// Checks that each variable written as a number was covered: exactly at
    /// the values its bound needs (a one-variable claim using it only as a
    /// number, then proved for every value), or numerically at the values
    /// its bound needs (with several variables, beyond the ordinary range, on their grid).
    func scalarCoverage(
        _ claim: ResolvedClaim, _ dependence: ScalarDependence,
        _ symbolic: [SymbolicShapeResult], _ numeric: [NumericShapeResult]
    ) -> ScalarCoverage {
        var coverage = ScalarCoverage()
        for v in dependence.bounds.keys.sorted() {
            let exact = Set(
                symbolic.filter { $0.outcome == .equal }.compactMap { $0.assignment[v] })
            let evaluated = Set(numeric.filter { $0.points > 0 }.compactMap { $0.assignment[v] })
            let checked = ClaimChecker.list(exact.union(evaluated))
            let bound = dependence.bounds[v].flatMap { $0 }
            guard let order = dependence.order(v) else {
                let why =
                    bound.map {
                        "a bound \($0) of order \($0.order), over \(ScalarDependence.maximumOrder)"
                    }
                    ?? "no bound (sums, products and powers of \(v), of c^(a*\(v) + e), of "
                    + "M^(a*\(v) + e) and det(M^(a*\(v) + e)) for a constant invertible M, and "
                    + "relu, step, abs of a*\(v) + b, and polynomials divided by polynomials in "
                    + "\(v) alone, have one; log, other det, another divisor, a "
                    + "non-affine kink or exponent, or a count such as tr(eye(\(v))) have none)"
                coverage.problems.append(
                    "'\(v)' is used as a number, and the claim's dependence on it has \(why): "
                        + "agreement at \(v) = \(checked) says nothing about the other values, "
                        + "so it is not proved for them")
                continue
            }
            let kinks = dependence.integerPieces(v).map {
                ", with kinks between \($0.lastBelow) and \($0.firstAbove)"
            } ?? ""
            let span =
                "in span{\(v)^j*b^\(v)} of order \(order) (bases and degrees "
                + "\(bound?.description ?? "{}")\(kinks))"
            if let (_, values) = exactlySettled(claim, dependence) {
                let missing = values.filter { !exact.contains($0) }
                if missing.isEmpty {
                    let beyond = kinks.isEmpty ? "" : " beyond the kinks, and every value between"
                    let defined =
                        (bound?.denominatorDegree ?? 0) > 0 ? " where it is defined" : ""
                    coverage.polynomialProof =
                        "'\(v)' is used only as a number: the claim is \(span), exactly equal "
                        + "at \(v) = \(values.lowerBound)…\(values.upperBound) (\(order) "
                        + "consecutive values\(beyond)), so it holds for every \(v)\(defined)"
                    continue
                }
                coverage.problems.append(
                    "'\(v)' is used only as a number: the claim is \(span); a proof needs "
                        + "exact equality at \(v) = \(values.lowerBound)…\(values.upperBound), "
                        + "and \(v) = \(ClaimChecker.list(Set(missing))) "
                        + "were not exactly equal (checked \(v) = \(checked))")
                continue
            }
            guard let needed = numericValuesNeeded(claim, dependence, v) else {
                coverage.problems.append(
                    "'\(v)' is used as a number, the claim is \(span), and the values that "
                        + "settle it go beyond \(v) = ±\(ScalarDependence.maximumValue), the "
                        + "largest checked: not proved")
                continue
            }
            let missing = needed.filter { !exact.contains($0) && !evaluated.contains($0) }
            if missing.isEmpty && gridCovered(claim, v, dependence, numeric) { continue }
            let gap =
                missing.isEmpty
                ? "the grid of these values with the other variables written as numbers "
                    + "was not evaluated in full"
                : "\(v) = \(ClaimChecker.list(Set(missing))) were not evaluated (too large "
                    + "for the numeric check, out of time, or no point there had both sides "
                    + "defined)"
            coverage.problems.append(
                "'\(v)' is used as a number, and the claim is \(span), which can vanish on "
                    + "any \(order - 1) consecutive values: a proof needs \(v) = "
                    + "\(ClaimChecker.list(Set(needed))) checked, and \(gap) (checked "
                    + "\(v) = \(checked)), so it is not proved for the other values")
        }
        return coverage
    }

    /// `1, 2, 3` in increasing order.
    static func list(_ values: Set<Int>) -> String {
        values.sorted().map(String.init).joined(separator: ", ")
    }

    /// Whether, for a variable `v` written as a number together with other
    /// such variables, the numeric shapes include the whole grid of their
    /// needed values (agreement on lines alone proves nothing about a
    /// product `p(m)·q(n)`).
    func gridCovered(
        _ claim: ResolvedClaim, _ v: String, _ dependence: ScalarDependence,
        _ numeric: [NumericShapeResult]
    ) -> Bool {
        let axes = neededAxes(claim, dependence)
        guard axes.contains(where: { $0.variable == v }), axes.count > 1 else { return true }
        let needed = ClaimChecker.grid(axes)
        if needed.count > ClaimChecker.maximumGridShapes { return false }
        let variables = axes.map(\.variable)
        let evaluated = Set(
            numeric.filter { $0.points > 0 }.map { result in
                result.assignment.filter { variables.contains($0.key) }
            })
        return needed.allSatisfy { evaluated.contains($0) }
    }

    /// Each variable written as a number with values needed beyond the
    /// ordinary range, with those values.
    func neededAxes(
        _ claim: ResolvedClaim, _ dependence: ScalarDependence
    ) -> [(variable: String, values: [Int])] {
        dependence.bounds.keys.sorted().compactMap { v in
            guard let values = numericValuesNeeded(claim, dependence, v), !values.isEmpty
            else { return nil }
            return (v, values)
        }
    }
}
