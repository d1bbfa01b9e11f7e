import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

/// An oracle independent of the symbolic engine: searches for a point where
/// the two sides of a claim certainly differ, evaluating the claim as
/// written in ``CertifiedInterval`` arithmetic (no canonical forms, no
/// rewrite rules) at the point families of the certified search.
///
/// The reliability campaign asks it about every mutant the symbolic
/// equivalence detector sets aside as "equivalent": a witness means the two
/// methods disagree, and the disagreement is reported.
///
/// ```swift
/// let oracle = CertifiedOracle(timeBudget: 2)
/// oracle.witness("step(x) + step(-x) == 1 where x: n") // a Counterexample at x = 0
/// ```
public struct CertifiedOracle: Sendable {
    /// Seconds for one claim.
    public var timeBudget: Double
    /// The base seed of the points.
    public var seed: UInt64 = 1

    public init(timeBudget: Double) {
        self.timeBudget = timeBudget
    }

    /// A certified counterexample to `text`, or `nil` when none was found
    /// (the claim does not parse, or every point tried agrees or is undefined).
    /// Tried at the assignments with every dimension 1, every dimension 2,
    /// and every dimension 3.
    public func witness(_ text: String) -> Counterexample? {
        guard let claim = try? Claim(parsing: text).resolve() else { return nil }
        let deadline = MonotonicClock.seconds() + timeBudget
        let check = CertifiedCheck(claim: claim, deadline: deadline)
        let shapes: [[String: Int]] =
            claim.dimensionVariables.isEmpty
            ? [[:]]
            : (1...3).map { n in
                Dictionary(uniqueKeysWithValues: claim.dimensionVariables.map { ($0, n) })
            }
        for assignment in shapes {
            if MonotonicClock.seconds() > deadline { return nil }
            if let c = check.search(at: assignment, seed: seed) { return c }
        }
        return nil
    }
}
