import ClaimLanguage

/// The verdict policy: an ordered list of rules, each with the evidence it
/// needs; the first rule whose evidence is present decides.
///
/// 1. **Refuted** — a counterexample: a floating-point point whose residual
///    is above `refutationFactor ×` its rounding-error bound (and where
///    finite differences do not contradict forward mode), or a certified
///    point whose interval enclosures of the two sides are disjoint. The
///    smallest shape wins.
/// 2. **Inconclusive** — an internal error at any shape (it is never dropped).
/// 3. **Inconclusive** — forward mode and finite differences disagree.
/// 4. **Inconclusive** — a residual between its error bound and the
///    refutation threshold.
/// 5. **Inconclusive** — no point where both sides are defined. One
///    exception: when the exact check covers the claim's whole scope (no
///    dimension variables, or an all-shapes index proof) and a certified
///    point (interval arithmetic over exact rationals) shows both sides
///    defined, a floating-point point is not needed (`exp(-2000)·exp(2000)`
///    overflows every double, yet is exactly 1); or when the exact check
///    covers the cube and every larger shape has a certified point where
///    both sides are defined with overlapping enclosures (the certified form
///    of numeric agreement: `log(sum(exp(x - 1000))) + 1000` underflows).
/// 6. **Inconclusive** — the exact difference is non-zero at some shape, yet
///    no point (floating-point or certified) shows it. Never "holds".
/// 7. **Inconclusive** — a dimension variable or integer symbol written as
///    a number (`(n-1)·tr(X)`, `2^n·det(X)`, `relu(n-9)·sum(x)`) puts the
///    claim in `span{vʲ·bᵛ}` of order `R` (``ScalarDependence``), which can
///    vanish on any `R − 1` consecutive values; unless an index-notation
///    proof covers all shapes, the check must cover every value up to its
///    kinks and `R` consecutive values beyond them: exactly (a one-variable
///    claim using it only as a number, which is then proved for every
///    value), or exactly or numerically (one variable; several: numerically
///    beyond the largest ordinary dimension, on their grid). No bound, `R`
///    over the cap or a missing value is never covered.
/// 8. **Proved** — exact equality at every shape of a cube `{1…d}ᵏ` with
///    `d ≥ min(2, symbolicMaximumDimension)` (shapes where the claim is
///    undefined count as covered), no shape differing, and every other
///    shape (skipped or over budget) and larger shapes agreeing numerically.
///    The scope (``CheckReport/scope(indexProof:)``) names what was covered:
///    all shapes with an index-notation proof or without dimension
///    variables, else the cube and the larger shapes evaluated numerically.
/// 9. **Holds numerically** — otherwise: no exact proof (a symbolic budget
///    exceeded, shapes skipped inside the cube), but every numeric point agrees.
struct VerdictPolicy {
    /// What the checks found.
    struct Evidence {
        /// Symbolic results, one per checked assignment.
        var symbolic: [SymbolicShapeResult] = []
        /// Symbolic shapes of the scope that were not checked (size budget, shape cap).
        var skippedSymbolicShapes = 0
        /// Counterexamples (numeric and certified).
        var counterexamples: [Counterexample] = []
        /// Forward mode and finite differences disagreed (and where).
        var finiteDifferenceDisagreement: String?
        /// Some residual lay between its bound and the refutation threshold.
        var unclear = false
        /// Numeric shapes with at least one defined point.
        var evaluatedShapes: [[String: Int]] = []
        /// Why no point was defined, when none was.
        var undefinedReason: String?
        /// Shapes where a certified point has both sides defined (looked
        /// for only when no floating-point point is).
        var certifiedDefinedShapes: [[String: Int]] = []
        /// Every larger shape has a certified point where both sides are
        /// defined and their enclosures overlap (no floating-point point is).
        var certifiedLargerShapes = false
        /// The index prover proved the claim for all shapes.
        var allShapesProof = false
        /// Internal errors of the numeric check.
        var numericInternalErrors: [String] = []
        /// Certified points tried (for messages).
        var certifiedPoints = 0
        /// The claim's dimension variables.
        var dimensionVariables: [String] = []
        /// The claim's integer symbols that take values `≤ 0` too.
        var signedVariables: Set<String> = []
        /// Why the values checked of a variable written as a number (an
        /// exponential-polynomial dependence) do not cover it (see ``ScalarDependence``).
        var scalarCoverageProblem: String?
        /// The cube a proof must cover exactly: `min(2, symbolicMaximumDimension)`.
        var requiredCube = 2
    }

    /// The largest `d ≤ 8` such that every assignment in `{1…d}ᵏ` of
    /// `variables` (`{1-d…d}` for the `signed` ones) is exactly equal (or
    /// undefined) among `symbolic`.
    static func exactCube(
        _ symbolic: [SymbolicShapeResult], variables: [String], signed: Set<String> = []
    ) -> Int {
        let covered = Set(
            symbolic.filter {
                switch $0.outcome {
                case .equal, .notApplicable: return true
                default: return false
                }
            }.map(\.assignment))
        if variables.isEmpty { return covered.contains([:]) ? 8 : 0 }
        var cube = 0
        while cube < 8
            && ShapeAssignment.all(variables, maximum: cube + 1, signed: signed).allSatisfy({
                covered.contains($0)
            })
        {
            cube += 1
        }
        return cube
    }

    /// Applies the rules in order.
    func decide(_ evidence: Evidence) -> Verdict {
        // 1. Refuted: the smallest-shape counterexample.
        if let best = evidence.counterexamples.min(by: { a, b in
            let sa = ClaimChecker.size(a.assignment)
            let sb = ClaimChecker.size(b.assignment)
            return sa != sb ? sa < sb : a.significance > b.significance
        }) {
            return .refuted(best)
        }
        // 2. Internal errors.
        for result in evidence.symbolic {
            if case .failed(let why) = result.outcome {
                return .inconclusive(
                    reason:
                        "internal error at \(ShapeAssignment.describe(result.assignment)): \(why)")
            }
        }
        if let error = evidence.numericInternalErrors.first {
            return .inconclusive(reason: "internal error in the numeric check: \(error)")
        }
        // 3. Finite differences against forward mode.
        if let disagreement = evidence.finiteDifferenceDisagreement {
            return .inconclusive(reason: disagreement)
        }
        // 4. Unclear residuals.
        if evidence.unclear {
            return .inconclusive(
                reason:
                    """
                        at some point the two sides differ by more than their rounding-error bound \
                        but not by enough to refute
                        """
            )
        }
        // 5. No defined point (unless the exact check covers the whole
        //    scope and a certified point is defined).
        let wholeScopeExact =
            (evidence.dimensionVariables.isEmpty || evidence.allShapesProof
                || evidence.certifiedLargerShapes)
            && !evidence.certifiedDefinedShapes.isEmpty
        if evidence.evaluatedShapes.isEmpty && !wholeScopeExact {
            let why = evidence.undefinedReason.map { " (\($0))" } ?? ""
            return .inconclusive(
                reason: "no point was evaluated where both sides are defined\(why)")
        }
        // 6. A non-zero exact difference that no point shows.
        let differs = evidence.symbolic.filter { $0.outcome == .differs }.map {
            ShapeAssignment.describe($0.assignment)
        }
        if !differs.isEmpty {
            return .inconclusive(
                reason:
                    "the exact difference is non-zero at \(differs.joined(separator: "; ")), "
                    + "yet it vanished at every floating-point point and every certified point "
                    + "tried (\(evidence.certifiedPoints) in interval arithmetic up to "
                    + "\(CertifiedCheck.precisions.last ?? 0) bits): either a rule the symbolic "
                    + "engine lacks, or a difference too small or too rare for the points tried")
        }
        // 7. A variable written as a number whose values were not covered.
        if let problem = evidence.scalarCoverageProblem {
            return .inconclusive(reason: problem)
        }
        // 8. Proved.
        let equal = evidence.symbolic.filter { $0.outcome == .equal }
        let budget = evidence.symbolic.filter {
            if case .budgetExceeded = $0.outcome { return true } else { return false }
        }
        let cube = VerdictPolicy.exactCube(
            evidence.symbolic, variables: evidence.dimensionVariables,
            signed: evidence.signedVariables)
        if !equal.isEmpty && cube >= evidence.requiredCube { return .proved }
        // 9. Holds numerically.
        var reasons: [String] = []
        if equal.isEmpty && budget.isEmpty { reasons.append("no symbolic shape could be checked") }
        if !budget.isEmpty {
            let shapes = budget.map { ShapeAssignment.describe($0.assignment) }
            var text = "symbolic budget exceeded at \(shapes.joined(separator: "; "))"
            if case .budgetExceeded(let why) = budget[0].outcome { text += " (\(why))" }
            reasons.append(text)
        }
        if evidence.skippedSymbolicShapes > 0 {
            let n = evidence.skippedSymbolicShapes
            reasons.append(
                "\(n) symbolic shape\(n == 1 ? "" : "s") skipped (size budget and shape cap)")
        }
        if !equal.isEmpty && cube < evidence.requiredCube {
            reasons.append(
                """
                    exact only at dimensions up to \(cube) in every variable (a proof needs \
                    \(evidence.requiredCube))
                    """
            )
        }
        if !equal.isEmpty {
            reasons.append("exact at \(equal.count) shape\(equal.count == 1 ? "" : "s")")
        }
        return .holdsNumerically(reason: reasons.joined(separator: "; "))
    }
}
