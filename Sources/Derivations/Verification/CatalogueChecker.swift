import Foundation
import ClaimLanguage
import ClaimChecking

/// The claim checker as the derivations use it: ``ClaimChecker`` for claims,
/// and shape inference for shape annotations.
public struct CatalogueChecker: StepClaimChecking {
    /// The checker's settings (the CLI defaults unless given).
    public var options: CheckOptions

    public init(options: CheckOptions = CatalogueChecker.defaultOptions) {
        self.options = options
    }

    /// The CLI's settings with a smaller symbolic term budget: the catalogue's
    /// largest steps (the CurveBall 2×2 system) give up on exact expansion
    /// sooner and rely on the numeric check, which keeps the whole catalogue
    /// within its time budget; and derivative variables of at most 16 entries
    /// at the random numeric shapes.
    public static var defaultOptions: CheckOptions {
        var o = CheckOptions()
        o.symbolicTermBudget = 4_000
        // Nested derivatives (`jac(jac(z, W)', W)` in the layer Hessians) are
        // cross-checked by finite differences of forward-mode Jacobians, whose
        // cost grows with |W|²: numeric shapes keep |W| ≤ 16 (the exact check
        // at every shape up to 3 is unchanged).
        o.maximumJacobianVariables = 16
        return o
    }

    public func check(_ text: String, in context: ClaimContext) -> ClaimOutcome {
        let report: CheckReport
        let claim: ResolvedClaim
        do {
            claim = try Claim(parsing: text, context: context).resolve()
            report = ClaimChecker(options).check(claim)
        } catch let error as ClaimError where error.kind == .shape {
            // A literal reading whose two sides cannot have one shape (a vector
            // written for a diagonal matrix) is false as written.
            return ClaimOutcome(
                verdict: .refuted,
                detail: "the shapes do not fit: \(error.message)")
        } catch {
            return ClaimOutcome(
                verdict: .error, detail: (error as? ClaimError)?.summary ?? "\(error)")
        }
        let equal = report.symbolic.filter {
            if case .equal = $0.outcome { return true } else { return false }
        }
        let shapes = equal.map { ShapeAssignment.describe($0.assignment) }
        let worst = report.numeric.map(\.maxRelativeError).max()
        let methods = Set(report.numeric.map(\.method)).sorted().joined(separator: "; ")
        switch report.verdict {
        case .proved:
            // The checker's one scope computation (an index-notation proof
            // extends the exact check to every shape).
            let scope: String
            switch report.scope(indexProof: IndexProver.prove(claim)) {
            case .allShapes?: scope = "all shapes"
            case .shapesUpTo(let n, _, _)?: scope = "shapes up to \(n)"
            case nil: scope = ""
            }
            return ClaimOutcome(
                verdict: .proved, scope: scope, shapesProved: shapes,
                maxNumericError: worst, method: methods)
        case .holdsNumerically(let reason):
            return ClaimOutcome(
                verdict: .holdsNumerically, shapesProved: shapes,
                maxNumericError: worst, method: methods, detail: reason)
        case .refuted(let counterexample):
            return ClaimOutcome(
                verdict: .refuted, maxNumericError: worst, method: methods,
                detail: counterexample.description)
        case .inconclusive(let reason):
            return ClaimOutcome(
                verdict: .inconclusive, maxNumericError: worst, method: methods, detail: reason)
        }
    }

    /// Infers the shape of the annotated expression (as the claim
    /// `expr == expr` in the context) and compares it with the annotation as
    /// polynomials in the dimension variables: equal polynomials are the same
    /// shape for every value of the variables; otherwise the smallest
    /// assignment where they differ is the counterexample. An expression
    /// whose shapes do not fit is refuted by the shape error itself.
    public func checkShape(_ annotation: ShapeAnnotation, in context: ClaimContext) -> ClaimOutcome
    {
        let text = "\(annotation.expression) == \(annotation.expression)"
        let resolved: ResolvedClaim
        do {
            resolved = try Claim(parsing: text, context: context).resolve()
        } catch let error as ClaimError {
            if error.kind == .shape {
                return ClaimOutcome(
                    verdict: .refuted,
                    detail: "the shapes do not fit: \(error.message)")
            }
            return ClaimOutcome(verdict: .error, detail: error.summary)
        } catch {
            return ClaimOutcome(verdict: .error, detail: "\(error)")
        }
        guard let rows = DimensionPolynomial(annotationText: annotation.rows),
            let cols = DimensionPolynomial(annotationText: annotation.cols)
        else {
            return ClaimOutcome(
                verdict: .error,
                detail: "cannot read the annotation \(annotation.rows) × \(annotation.cols)")
        }
        let inferred = resolved.lhsShape
        let description = "`\(annotation.expression)` is \(inferred.description)"
        if inferred.rows == rows && inferred.cols == cols {
            return ClaimOutcome(verdict: .proved, scope: "all shapes", detail: description)
        }
        // The smallest assignment where the two shapes differ.
        let variables = Array(
            inferred.rows.variables.union(inferred.cols.variables)
                .union(rows.variables).union(cols.variables)
        ).sorted()
        for maximum in 1...4 {
            for assignment in ShapeAssignment.all(variables, maximum: maximum) {
                let a = (inferred.rows.evaluate(assignment), inferred.cols.evaluate(assignment))
                let b = (rows.evaluate(assignment), cols.evaluate(assignment))
                if a.0 != b.0 || a.1 != b.1 {
                    func size(_ d: (Int?, Int?)) -> String {
                        "\(d.0.map(String.init) ?? "?")×\(d.1.map(String.init) ?? "?")"
                    }
                    return ClaimOutcome(
                        verdict: .refuted,
                        detail:
                            "\(description), not \(annotation.rows) × \(annotation.cols): at "
                            + "\(ShapeAssignment.describe(assignment)) it is \(size(a)), "
                            + "annotated \(size(b))")
                }
            }
        }
        return ClaimOutcome(
            verdict: .inconclusive,
            detail:
                """
                    \(description); the annotation differs as a polynomial but agrees at every \
                    small assignment
                    """
        )
    }
}

extension DimensionPolynomial {
    /// Reads an annotation dimension: a sum of products of integers and
    /// dimension variables, e.g. `m*n*n` or `2*n + 1`.
    init?(annotationText text: String) {
        var sum = DimensionPolynomial.constant(0)
        for term in text.split(separator: "+") {
            var product = DimensionPolynomial.one
            for factor in term.split(separator: "*") {
                let f = factor.trimmingCharacters(in: .whitespaces)
                guard !f.isEmpty else { return nil }
                let p: DimensionPolynomial
                if let k = Int(f) {
                    p = .constant(k)
                } else if f.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    p = .variable(f)
                } else {
                    return nil
                }
                guard let next = product * p else { return nil }
                product = next
            }
            guard let next = sum + product else { return nil }
            sum = next
        }
        self = sum
    }
}
