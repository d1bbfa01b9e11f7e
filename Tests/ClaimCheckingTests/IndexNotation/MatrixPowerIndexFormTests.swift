import Testing
@testable import ClaimChecking
import ClaimLanguage

/// `X^k` in the all-shapes prover: a constant exponent expands (a negative
/// one through the inverse); a symbolic exponent is declined, and the scope
/// of the checker's proof says why.
let matrixPowerIdentities = [
    "grad(tr(X^3), X) == 3*(X^2)' where X: n x n",
    "grad(tr(X^-1), X) == -(X^-2)' where X: n x n",
    "X^-2 == inv(X)*inv(X) where X: n x n",
    "X^0 == eye(n) where X: n x n",
    "(A*B)^2 == A*B*A*B where A: n x m, B: m x n",
    "jac(X^2, X) == kron(X', eye(n)) + kron(eye(n), X) where X: n x n",
    "grad(tr(A*X^2), X) == (A*X + X*A)' where A: n x n, X: n x n",
]

let matrixPowerNonIdentities = [
    "grad(tr(X^3), X) == 3*X^2 where X: n x n",
    "X^-2 == inv(X)*inv(X)' where X: n x n",
    "jac(X^2, X) == 2*kron(eye(n), X) where X: n x n",
    "(A*B)^2 == A*A*B*B where A: n x n, B: n x n",
]

@Test(arguments: matrixPowerIdentities)
func aConstantMatrixPowerIsProvedForAllShapes(_ text: String) throws {
    let proof = IndexProver.prove(try Claim(parsing: text))
    #expect(proof.provedForAllShapes, "\(text): \(proof.reason)")
}

@Test(arguments: matrixPowerNonIdentities)
func aWrongMatrixPowerIdentityIsNotProved(_ text: String) throws {
    #expect(!IndexProver.prove(try Claim(parsing: text)).provedForAllShapes, "\(text)")
}

@Test func aSymbolicExponentIsDeclinedAndTheScopeSaysWhy() throws {
    let text = "grad(tr(X^k), X) == k*(X^(k-1))' where X: n x n, k: integer"
    let proof = IndexProver.prove(try Claim(parsing: text))
    #expect(!proof.provedForAllShapes)
    #expect(proof.reason.contains("the exponent is the integer symbol k"), "\(proof.reason)")
    let report = try ClaimChecker(.quick).check(text)
    let scope = report.scope(indexProof: proof)
    guard case .shapesUpTo(_, _, let integers)? = scope else {
        Issue.record("\(String(describing: scope))")
        return
    }
    #expect(integers.symbolicExponent != nil)
    #expect(scope?.phrase.contains("no finite index form") == true)
}
