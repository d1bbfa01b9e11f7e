import ClaimLanguage

extension ClaimChecker {
    /// What the checks covered of the variables written as numbers (see
    /// ``ScalarDependence``).
    struct ScalarCoverage {
        /// Why no proof covers every value of some variable.
        var problems: [String] = []
        /// The statement of a proof for every value of a one-variable
        /// polynomial claim, when exact equality covers `D + 1` values.
        var polynomialProof: String?
    }

    /// The extra exact values of a one-variable claim whose variable is
    /// used only as a number: `D + 1` values in all, so that exact equality
    /// proves the polynomial identity for every value.
    func polynomialValues(_ claim: ResolvedClaim) -> [[String: Int]] {
        let dependence = ScalarDependence(claim)
        guard claim.dimensionVariables.count == 1, let v = claim.dimensionVariables.first,
            dependence.numbersOnly.contains(v), let degree = dependence.boundedDegree(v)
        else { return [] }
        let maximum = options.symbolicMaximumDimension
        let present = claim.signedIntegerSymbols.contains(v) ? 2 * maximum : maximum
        guard degree + 1 > present else { return [] }
        return ((maximum + 1)...(maximum + degree + 1 - present)).map { [v: $0] }
    }

    /// Checks that each variable written as a number was covered: exactly at
    /// `D + 1` values (a one-variable claim using it only as a number), or
    /// numerically at `D + 1` values beyond the largest ordinary dimension.
    func scalarCoverage(
        _ claim: ResolvedClaim, _ dependence: ScalarDependence,
        _ symbolic: [SymbolicShapeResult], _ numeric: [NumericShapeResult]
    ) -> ScalarCoverage {
        var coverage = ScalarCoverage()
        let top = options.numericMaximumDimension
        for v in dependence.degrees.keys.sorted() {
            let exact = Set(
                symbolic.filter { $0.outcome == .equal }.compactMap { $0.assignment[v] })
            let evaluated = Set(numeric.filter { $0.points > 0 }.compactMap { $0.assignment[v] })
            let checked = exact.union(evaluated).sorted().map(String.init)
                .joined(separator: ", ")
            guard let degree = dependence.boundedDegree(v) else {
                let cap = ScalarDependence.maximumDegree
                let bound =
                    dependence.degrees[v].flatMap { $0 }.map { "degree \($0), over \(cap)" }
                    ?? "no degree bound"
                coverage.problems.append(
                    "'\(v)' is used as a number, and the claim's dependence on it has \(bound) "
                        + "(a sum takes the largest degree, a product the sum; log, det, "
                        + "a divisor, an exponent or a count such as tr(eye(\(v))) have none): "
                        + "agreement at \(v) = \(checked) "
                        + "says nothing about the other values, so it is not proved for them")
                continue
            }
            if claim.dimensionVariables.count == 1, dependence.numbersOnly.contains(v),
                exact.count >= degree + 1
            {
                coverage.polynomialProof =
                    "'\(v)' is used only as a number: the claim is a polynomial of degree at "
                    + "most \(degree) in it, exactly equal at \(exact.count) values "
                    + "(\(exact.sorted().map(String.init).joined(separator: ", "))), so it holds "
                    + "for every \(v)"
                continue
            }
            let beyond = evaluated.filter { $0 > top }
            if beyond.count >= degree + 1 && gridCovered(v, dependence, numeric) { continue }
            coverage.problems.append(
                "'\(v)' is used as a number (a polynomial of degree up to \(degree) in it, which "
                    + "can vanish on any \(degree) values): a proof needs \(degree + 1) values "
                    + "beyond \(v) = \(top) evaluated, and \(beyond.count) were (checked "
                    + "\(v) = \(checked)), so it is not proved for the other values")
        }
        return coverage
    }

    /// Whether, for a variable `v` written as a number together with other
    /// such variables, the numeric shapes include the whole grid of `D + 1`
    /// values beyond the maximum for every one of them (agreement on lines
    /// alone proves nothing about a product `p(m)·q(n)`).
    func gridCovered(
        _ v: String, _ dependence: ScalarDependence, _ numeric: [NumericShapeResult]
    ) -> Bool {
        let top = options.numericMaximumDimension
        let others = dependence.degrees.keys.filter {
            $0 != v && (dependence.boundedDegree($0) ?? 0) > 0
        }
        if others.isEmpty { return true }
        let variables = ([v] + others).sorted()
        var needed = 1
        for w in variables { needed *= (dependence.boundedDegree(w) ?? 0) + 1 }
        let tuples = Set(
            numeric.filter { $0.points > 0 }.compactMap { result -> [Int]? in
                let values = variables.compactMap { result.assignment[$0] }
                return values.count == variables.count && values.allSatisfy({ $0 > top })
                    ? values : nil
            })
        return tuples.count >= needed
    }
}
