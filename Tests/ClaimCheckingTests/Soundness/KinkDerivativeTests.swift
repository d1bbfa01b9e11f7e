import ClaimLanguage
import Testing

@testable import ClaimChecking

/// relu's derivative is `step`, with `step(0) = 0`, through the chain rule:
/// `∂ relu(3 − x)/∂x = −step(3 − x)`, which is 0 at the kink `x = 3`. The
/// normal form `relu(−u) = relu(u) − u` differentiated to `step(x − 3) − 1`,
/// −1 there, and a claim false only at the kink was proved for all shapes.
@Suite struct KinkDerivativeTests {
    @Test func aGradientThatDiffersOnlyAtTheKinkIsRefuted() throws {
        let checker = ClaimChecker(CheckOptions())
        let wrong = try checker.check(
            "grad(sum(relu(3*ones(n,1) - x)), x) == step(x - 3*ones(n,1)) - ones(n,1) where x: n")
        guard case .refuted(let c) = wrong.verdict else {
            Issue.record("\(wrong.verdict)")
            return
        }
        #expect(c.lhs == 0 && c.rhs == -1, "\(c)")
        let right = try checker.check(
            "grad(sum(relu(3*ones(n,1) - x)), x) == -step(3*ones(n,1) - x) where x: n")
        #expect(right.verdict == .proved)
    }

    /// The values of relu keep their identities through the kink case split.
    @Test func reluIdentitiesAreStillProved() throws {
        let checker = ClaimChecker(CheckOptions())
        for text in [
            "relu(x) - relu(-x) == x where x: n", "relu(-x) == relu(x) - x where x: n",
            "abs(x) == relu(x) + relu(-x) where x: n",
        ] {
            #expect(try checker.check(text).verdict == .proved, "\(text)")
        }
    }
}
