import Testing
import ClaimLanguage
@testable import ClaimChecking

/// `comm(m, n)` in index notation, `δ[i,i'] δ[j,j']` with rows `(j, i)` and
/// columns `(i', j')`: true identities are proved for all shapes, and
/// plausible mistakes (the arguments swapped, comm taken as the identity) are not.
@Test(arguments: [
    "comm(m, n)*vec(X) == vec(X') where X: m x n",
    "comm(n, m)*comm(m, n) == eye(m*n)",
    "comm(m, n)' == comm(n, m)",
    "kron(B, A) == comm(p, m)*kron(A, B)*comm(n, q) where A: m x n, B: p x q",
    "jac(X', X) == comm(m, n) where X: m x n",
    "hess(log(det(X)), X) == -(comm(n, n)*kron(inv(X)', inv(X))) where X: n x n",
])
func commutationIdentityIsProvedForAllShapes(_ text: String) throws {
    let proof = IndexProver.prove(try Claim(parsing: text).resolve())
    #expect(proof.provedForAllShapes, "\(text): \(proof.reason)")
}

@Test(arguments: [
    "comm(n, m)*vec(X) == vec(X') where X: m x n",
    "comm(m, n) == comm(n, m)",
    "comm(m, n) == eye(m*n)",
    "kron(B, A) == comm(m, p)*kron(A, B)*comm(q, n) where A: m x n, B: p x q",
])
func commutationMistakeIsNotProved(_ text: String) throws {
    let proof = IndexProver.prove(try Claim(parsing: text).resolve())
    #expect(!proof.provedForAllShapes, "\(text)")
    #expect(try ClaimChecker(.quick).check(text).verdict.name == "refuted")
}

@Test func commutationOfACompositeDimensionHasNoIndexForm() throws {
    let text = "comm(m*p, q*r)*vec(kron(A, B)) == vec(kron(A, B)') where A: m x q, B: p x r"
    #expect(!IndexProver.prove(try Claim(parsing: text).resolve()).provedForAllShapes)
    #expect(try ClaimChecker(.quick).check(text).verdict == .proved)
}
