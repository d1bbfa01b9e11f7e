import Testing
@testable import MatrixNumerics
@testable import ClaimLanguage
@testable import ClaimChecking

/// Malformed, truncated, spliced and oversized claims end in a verdict or a
/// `ClaimError`, never a trap.
@Test func malformedAndHostileInputNeverTraps() {
    let valid = [
        "vec(A*X*B) == kron(B', A)*vec(X) where A: m x n, X: n x p, B: p x q",
        "let a = sigmoid(z); grad(-(y'*log(a) + (1 - y)'*log(1 - a)), z) == a - y where z: p, y: p",
        "det(c*A) == c^n*det(A) where A: n x n, c: scalar",
    ]
    var inputs: [String] = []
    for claim in valid {
        let characters = Array(claim)
        for cut in stride(from: 0, to: characters.count, by: 3) {
            inputs.append(String(characters[..<cut]))
        }
        for cut in stride(from: 1, to: characters.count, by: 7) {
            inputs.append(String(characters[cut...]))
        }
    }
    var generator = SplitMix64(seed: 7)
    let alphabet = Array(
        "AXBxyz()'ᵀ*+-./^⊗⊙×,;:=01239e λσ whereletjacgradhesskrondiagtrinvdet\u{0}\u{202E}АΑ")
    for _ in 0..<200 {
        let length = Int(generator.next() % 40)
        inputs.append(
            String(
                (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
    }
    inputs += [
        "sum(kron(A, A)) == 1 where A: 100000 x 100000",
        "sum(eye(100000)) == 100000",
        "x^(-9223372036854775807 - 1) == x where x: scalar",
        "v == w where v: 1000000 x 1000000",
        "hess(sum(x), x) == 0 where x: 1000",
        "f''''''''''''''''''''(x) == x where x: 2, f: function",
        "x == 99999999999999999999",
        "A == A where A: 1000001 x 1",
        "inv(x*x') == x*x' where x: n",
        "log(-exp(x)) == x where x: n",
    ]
    var options = CheckOptions.quick
    options.numericShapes = 1
    options.pointsPerShape = 1
    options.symbolicMaximumShapes = 2
    for input in inputs {
        do {
            let report = try ClaimChecker(options).check(input)
            // A refutation needs a residual far above its error bound.
            if case .refuted(let counterexample) = report.verdict {
                #expect(counterexample.residual > counterexample.errorBound, "\(input)")
            }
        } catch let error as ClaimError {
            #expect(!error.message.isEmpty)
            // The caret points inside the input (or at its end).
            if let range = error.range {
                #expect(range.start >= 0 && range.start <= range.end, "\(input): \(error)")
                #expect(range.end <= error.source.count + 1, "\(input): \(error)")
            }
        } catch {
            Issue.record("\(input): unexpected error \(error)")
        }
    }
}

/// Regression: `det(A^40)` cancels to a floating-point zero (no error
/// bound); it must not refute the true `det(A)^40 == det(A^40)`.
@Test func cancellationToZeroIsNotACounterexample() throws {
    let report = try ClaimChecker(.quick).check("det(A)^40 == det(A^40) where A: n x n")
    #expect(report.verdict.name != "refuted")
    #expect(
        try ClaimChecker(.quick).check("det(A)^4096 == det(A^4096) where A: n x n").verdict.name
            != "refuted")
}
