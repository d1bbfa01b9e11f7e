import Testing
import ClaimLanguage
import ClaimChecking
import ReliabilityKit

@Suite("Claim generator")
struct GeneratorTests {
    @Test(
        """
            every identity rule rewrites a random instance of its left side into a well-shaped, \
            different right side
            """,
        arguments: IdentityRule.allCases)
    func identityRule(_ rule: IdentityRule) throws {
        for seed in UInt64(0)..<5 {
            var g = ExpressionGenerator(seed: seed)
            let lhs = rule.instance(&g, depth: 1)
            let rhs = try #require(
                rule.apply(lhs), "\(rule.rawValue) does not apply to its own instance \(lhs)")
            #expect(rhs != lhs)
            let text = "\(lhs) == \(rhs) where \(g.declarations)"
            #expect(throws: Never.self, "\(text)") { _ = try Claim(parsing: text).resolve() }
        }
    }

    @Test("claims are reproducible from their seed and resolve")
    func reproducible() throws {
        let generator = ClaimGenerator()
        for seed in UInt64(100)..<140 {
            let a = generator.claim(seed: seed), b = generator.claim(seed: seed)
            #expect(a == b)
            _ = try Claim(parsing: a.text).resolve()
        }
        #expect(generator.claim(seed: 1).text != generator.claim(seed: 2).text)
    }

    @Test("derivative claims by the Jacobian rules are proved")
    func derivativeClaims() throws {
        let generator = ClaimGenerator(depth: 2, derivativeFraction: 1)
        var checker = ClaimChecker(CheckOptions.quick)
        checker.options.symbolicMaximumDimension = 2
        var derivatives = 0
        for seed in UInt64(0)..<12 {
            let claim = generator.claim(seed: seed)
            guard claim.construction.contains("derivative rules") else { continue }
            derivatives += 1
            let verdict = try checker.check(claim.text).verdict
            #expect(verdict == .proved, "\(claim.text): \(verdict)")
        }
        #expect(derivatives >= 8)
    }

    @Test("every mutation applies across a few hundred claims, and mutants resolve and differ")
    func mutations() throws {
        let generator = ClaimGenerator()
        var seen: Set<Mutation> = []
        for seed in UInt64(0)..<300 {
            let claim = generator.claim(seed: seed)
            guard let mutant = generator.mutant(of: claim, seed: seed) else { continue }
            seen.insert(mutant.mutation)
            #expect(mutant.text != claim.text)
            _ = try Claim(parsing: mutant.text).resolve()
        }
        #expect(
            seen == Set(Mutation.allCases), "missing: \(Set(Mutation.allCases).subtracting(seen))")
    }

    @Test(
        "the equivalence detector sets aside mutants that are still identities and keeps real ones")
    func equivalence() {
        let detector = EquivalenceDetector()
        #expect(
            detector.classify("det(A * B) == det(B * A) where A: n x n, B: n x n") == .equivalent)
        #expect(detector.classify("tr(A') == tr(A) where A: n x n") == .equivalent)
        guard case .differs = detector.classify("(A * B)' == A' * B' where A: n x n, B: n x n")
        else {
            Issue.record("a missing-swap mutant was not recognised as different")
            return
        }
        guard case .differs = detector.classify("vec(A') == vec(A) where A: m x n") else {
            Issue.record("row-major vec was not recognised as different")
            return
        }
    }

    @Test("the fuzzer covers every kind and is reproducible")
    func fuzzer() {
        let fuzzer = ClaimFuzzer(seed: 3)
        #expect(Set((0..<20).map { fuzzer.kind($0) }) == Set(ClaimFuzzer.Kind.allCases))
        #expect(
            (0..<50).map { fuzzer.input($0) } == (0..<50).map { ClaimFuzzer(seed: 3).input($0) })
        #expect((0..<200).contains { fuzzer.input($0).count > 10_000 })
    }
}
