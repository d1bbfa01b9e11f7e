import Testing
@testable import ClaimLanguage
@testable import ClaimChecking

@Test func scopeIsAllShapesWithAnIndexProof() throws {
    let claim = try Claim(parsing: "(A*B)' == B'*A' where A: m x n, B: n x p").resolve()
    let report = ClaimChecker().check(claim)
    let proof = IndexProver.prove(claim)
    #expect(report.verdict == .proved)
    #expect(report.scope(indexProof: proof) == .allShapes)
    #expect(report.scope(indexProof: proof)?.description == "all-shapes")
}

@Test func scopeIsShapesUpToThreeBeyondIndexAlgebra() throws {
    let claim = try Claim(parsing: "det(A*A) == det(A)^2 where A: n x n").resolve()
    let report = ClaimChecker().check(claim)
    let proof = IndexProver.prove(claim)
    #expect(report.verdict == .proved)
    #expect(!proof.provedForAllShapes)
    let scope = try #require(report.scope(indexProof: proof))
    guard case .shapesUpTo(3, let larger, _) = scope else { Issue.record("\(scope)"); return }
    // One dimension variable: every n from 4 to 8 evaluated numerically.
    #expect(larger.map { $0["n"] ?? 0 } == [4, 5, 6, 7, 8])
    #expect(scope.phrase.contains("n=4"))
    #expect(report.scope(indexProof: proof)?.description == "shapes-up-to-3")
}

@Test func scopeIsNilForARefutedClaim() throws {
    let claim = try Claim(parsing: "(A*B)' == A'*B' where A: n x n, B: n x n").resolve()
    let report = ClaimChecker().check(claim)
    #expect(report.scope(indexProof: IndexProver.prove(claim)) == nil)
}

@Test func compositeIndicesInDifferentOrdersAreDeclined() throws {
    // True, but kron(A, B) pairs its rows as (n, m) and kron(B, A) as (m, n):
    // the prover does not identify them and says so.
    let proof = IndexProver.prove(
        try Claim(
            parsing: "kron(A, B) + kron(B, A) == kron(B, A) + kron(A, B) where A: m x m, B: n x n"))
    #expect(!proof.provedForAllShapes)
    #expect(proof.reason.contains("do not line up"))
}

@Test func dimensionThatMayVanishIsDeclined() throws {
    let proof = IndexProver.prove(try Claim(parsing: "tr(eye(n - 1)) == n - 1 where A: n x n"))
    #expect(!proof.provedForAllShapes)
    #expect(proof.reason.contains("not a product of dimension variables"))
}
