import ClaimLanguage

extension ClaimChecker {
    /// The largest integer literal that sizes or indexes something inside
    /// the claim: a dimension argument (`eye(10)`, `ones(12, 1)`) or an
    /// entry index (`x[9]`, `X[1, 10]`).
    ///
    /// Like a literal dimension, such a literal L can be where a claim starts
    /// to hold or to fail: `sum(x) == x[1] + … + x[9]` is undefined below
    /// n = 9, true at 9 and false from 10, so the numeric range reaches L + 1.
    static func largestLiteralIndex(_ claim: ResolvedClaim) -> Int {
        var largest = 0
        func note(_ e: Expression) {
            if case .number(let v, _) = e, v.isInteger { largest = Swift.max(largest, v.numerator) }
        }
        var stack = claim.claim.definitions.map(\.expression) + [claim.claim.lhs, claim.claim.rhs]
        var seen = 0
        while let e = stack.popLast(), seen < 100_000 {
            seen += 1
            switch e {
            case .call(let function, let arguments, _) where function.takesDimensions:
                arguments.forEach(note)
            case .entry(_, let indices, _):
                indices.forEach(note)
            default:
                break
            }
            stack.append(contentsOf: e.children)
        }
        return largest
    }
}
