import ClaimLanguage
import Testing

@testable import ClaimChecking

/// True identities that attack suites 5 and 6 left inconclusive for a
/// rewrite rule the engine lacked (issue 16, round 5: square roots,
/// provable signs, monotone steps, softplus and log-sum-exp forms, domain
/// facts), now proved, with more of the same families; and false
/// variants of them, refuted.
@Suite struct MissingRulesTests {
    static let trueClaims = [
        "sqrt(2)*sqrt(8) == 4",
        "norm(kron(x, y)) == norm(x)*norm(y) where x: m, y: n",
        "norm(x*y') == norm(x)*norm(y) where x: m, y: n",
        "norm(kron(A, B)) == norm(A)*norm(B) where A: m x n, B: p x q",
        "sqrt(exp(x)) == exp(x/2) where x: n",
        "norm(1e200*x) == 1e200*norm(x) where x: n",
        "step(exp(x) - 1) == step(x) where x: n",
        "step(x .* x + 1e-30) == ones(n, 1) where x: n",
        "step(x) .* step(y) == step(x + y) .* step(x .* y) where x: n, y: n",
        "softplus(log(x)) == log(1 + x) where x: n",
        "softplus(-log(x)) == log(1 + x) - log(x) where x: n",
        "log(exp(a) + exp(b)) == a + softplus(b - a) where a: n, b: n",
        "log(exp(a) + exp(b)) == b + softplus(a - b) where a: n, b: n",
        "softplus(x) + softplus(-x) == log(2*ones(n, 1) + exp(x) + exp(-x)) where x: n",
        "softplus(x) - softplus(-x) == x where x: n",
        "exp(log(x)) == relu(x) where x: n",
        "exp(log(x)) == abs(x) where x: n",
        "step(sigmoid(x) - 0.5) == step(x) where x: n",
        "step(log(x) - 1) == step(x - exp(1)) where x: n",
        "sqrt(x).^2 == relu(x) where x: n",
        "sqrt(x) .* sqrt(x) == abs(x) where x: n",
        "step(exp(x) - exp(y)) == step(x - y) where x: n, y: n",
        "step(softplus(x) - log(2)) == step(x) where x: n",
        "step(x.^2 + y.^2) == step(abs(x) + abs(y)) where x: n, y: n",
        // A squared factor with primes above 1000 (10¹⁶ + 1 = 353·449·641·1409·69857).
        "norm(x*1.0000000000000001) == 1.0000000000000001*norm(x) where x: n",
    ]

    static let falseClaims = [
        "sqrt(x .* x) == x where x: n",
        "step(x .* x) == ones(n, 1) where x: n",
        "softplus(log(x)) == log(x) where x: n",
        "step(exp(x) - 2) == step(x) where x: n",
        "sqrt(2)*sqrt(8) == 4.000000000000001",
        "norm(kron(x, y)) == norm(x) + norm(y) where x: m, y: n",
        "step(x) .* step(y) == step(x + y) where x: n, y: n",
        "log(exp(a) + exp(b)) == a + softplus(a - b) where a: n, b: n",
        "exp(log(x)) == relu(x - ones(n, 1)) where x: n",
        "0*log(x) + relu(y) == y where x: n, y: n",
        "step(sigmoid(x) - 0.6) == step(x) where x: n",
        "sqrt(x) .* step(x) == sqrt(x) .* step(x - ones(n, 1)) where x: n",
        "step(sqrt(x)) == ones(n, 1) where x: n",
        "step(x.^2 + y.^2) == step(abs(x)) where x: n, y: n",
    ]

    @Test(arguments: trueClaims)
    func aTrueIdentityIsProved(_ claim: String) throws {
        let verdict = try ClaimChecker(CheckOptions()).check(claim).verdict
        #expect(verdict == .proved, "\(claim): \(verdict)")
    }

    @Test(arguments: falseClaims)
    func aFalseVariantIsRefuted(_ claim: String) throws {
        let verdict = try ClaimChecker(CheckOptions()).check(claim).verdict
        guard case .refuted = verdict else {
            Issue.record("\(claim): \(verdict)")
            return
        }
    }

    /// The domain fact comes from `log(s)` outside derivatives only.
    @Test func logarithmSymbolsAreTheDirectArgumentsOutsideDerivatives() throws {
        let claim = try Claim(
            parsing: "exp(log(x)) + log(x + y) + grad(sum(log(z)), z) == relu(x) + 0*z "
                + "where x: n, y: n, z: n")
        #expect(ClaimDomain.logarithmSymbols(of: claim) == ["x"])
        let roots = try Claim(parsing: "sqrt(x) + sqrt(2*y) == x where x: n, y: n")
        #expect(ClaimDomain.squareRootSymbols(of: roots) == ["x"])
    }
}
