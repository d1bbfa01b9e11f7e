import Foundation
import ClaimLanguage
import MatrixNumerics

/// Proves claims for **all** shapes by index notation (Ricci calculus).
///
/// Each side becomes a sum of products of tensor entries with free indices
/// (the result's row and column, composite for `vec` and `kron`, first
/// index varying fastest) and summed indices, each ranging over a symbolic
/// dimension. Both sides are brought to a normal form — deltas eliminated,
/// groups expanded, `A·inv(A) = I` applied, summed indices labelled
/// canonically, coefficients collected as exact rational functions of the
/// dimension variables — and compared. Equal normal forms prove the claim
/// for every assignment of the dimension variables (each ≥ 1).
///
/// Sound and incomplete: whatever has no exact index form here (`det` of a
/// product, Cayley–Hamilton, a dimension-dependent exponent, `n − 1` as a
/// dimension) gives "not proved" with the reason, never a wrong proof; and a
/// difference of normal forms is not a refutation.
///
/// ```swift
/// let claim = try Claim(parsing: "vec(A*X*B) == kron(B', A) * vec(X)")
/// IndexProver.prove(claim).provedForAllShapes   // true
/// ```
public enum IndexProver {
    /// Proves a parsed claim (resolving it first; a claim that does not
    /// resolve is not proved).
    public static func prove(_ claim: Claim) -> IndexProof {
        let start = MonotonicClock.seconds()
        do {
            return prove(try claim.resolve())
        } catch {
            return .notProved(
                "the claim does not resolve: \(error)", seconds: MonotonicClock.seconds() - start)
        }
    }

    /// Proves a resolved claim.
    ///
    /// A composite dimension argument of `eye`, `ones` or `zeros`
    /// (`eye(m*n)`) may be factored in any order; when the first order does
    /// not give a proof, the others are tried (at most `maximumAttempts` in all).
    public static func prove(_ claim: ResolvedClaim) -> IndexProof {
        let start = MonotonicClock.seconds()
        let (first, splits) = attempt(claim, splitChoices: [], start: start)
        if first.provedForAllShapes || splits.isEmpty { return first }
        var combinations: [[Int]] = [[]]
        for count in splits {
            let orders = (1...count).reduce(1, *)
            combinations = combinations.flatMap { prefix in (0..<orders).map { prefix + [$0] } }
            if combinations.count > maximumAttempts { return first }
        }
        for choices in combinations.dropFirst() {
            let (proof, _) = attempt(claim, splitChoices: choices, start: start)
            if proof.provedForAllShapes { return proof }
        }
        return first
    }

    /// "1 term", "3 terms".
    private static func terms(_ count: Int) -> String {
        "\(count) term\(count == 1 ? "" : "s")"
    }

    /// The most factor orders tried for composite dimension arguments.
    package static let maximumAttempts = 64

    package static func attempt(
        _ claim: ResolvedClaim, splitChoices: [Int], start: Double
    ) -> (IndexProof, [Int]) {
        let translator = IndexTranslator(claim: claim, splitChoices: splitChoices)
        return (attempt(claim, translator: translator, start: start), translator.flexibleSplits)
    }

    package static func attempt(
        _ claim: ResolvedClaim, translator: IndexTranslator, start: Double
    ) -> IndexProof {
        do {
            // Free indices: each side is the column of its values at every
            // value of the indices, the first varying fastest (as checked).
            // A `let` definition is translated once and reused, so one that
            // mentions an index (whose label depends on where it is used) is declined.
            let definitions = claim.claim.definitions
            if definitions.contains(where: { NumericCheck.mentionsIndex($0.expression) }) {
                throw IndexNotationFailure("a `let` definition with an entry or an index sum")
            }
            let free = try claim.freeIndices.map { try translator.fresh(indexNamed: $0) }
            for (name, label) in zip(claim.freeIndices, free) {
                translator.namedIndices[name] = label
            }
            var lhs = try translator.translate(claim.claim.lhs).simplified()
            var rhs = try translator.translate(claim.claim.rhs).simplified()
            if !free.isEmpty {
                guard lhs.isScalar && rhs.isScalar else {
                    throw IndexNotationFailure("a side with free indices is not 1×1")
                }
                lhs = IndexedTensor(rows: free, cols: [], terms: lhs.terms)
                rhs = IndexedTensor(rows: free, cols: [], terms: rhs.terms)
            }
            // A 1×1 side broadcasts against the other (as the checker compares).
            if lhs.isScalar && !rhs.isScalar {
                lhs = IndexedTensor(rows: rhs.rows, cols: rhs.cols, terms: lhs.terms)
            }
            if rhs.isScalar && !lhs.isScalar {
                rhs = IndexedTensor(rows: lhs.rows, cols: lhs.cols, terms: rhs.terms)
            }
            rhs = try translator.aligned(rhs, to: lhs, "==")
            let left = try translator.normalForm(lhs), right = try translator.normalForm(rhs)
            let proved = left.isEqual(to: right)
            let shown = proved ? left : left.subtracting(right)
            let reason =
                proved
                ? "equal normal forms (\(Self.terms(left.entries.count)))"
                : "the normal forms differ in \(Self.terms(shown.entries.count)) "
                    + "(not a refutation: index algebra may lack a rule)"
            return IndexProof(
                provedForAllShapes: proved, reason: reason,
                lhsIndexForm: translator.render(lhs, latex: false),
                rhsIndexForm: translator.render(rhs, latex: false),
                normalForm: translator.render(shown, latex: false),
                lhsIndexFormLaTeX: translator.render(lhs, latex: true),
                rhsIndexFormLaTeX: translator.render(rhs, latex: true),
                normalFormLaTeX: translator.render(shown, latex: true),
                atoms: translator.opaqueDefinitions(latex: false),
                seconds: MonotonicClock.seconds() - start)
        } catch let failure as IndexNotationFailure {
            return .notProved(failure.reason, seconds: MonotonicClock.seconds() - start)
        } catch {
            return .notProved("\(error)", seconds: MonotonicClock.seconds() - start)
        }
    }
}
