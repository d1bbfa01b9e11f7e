import Testing
@testable import ClaimLanguage

@Test func cookbookTransposesParse() throws {
    let t = try Claim(parsing: "A^T == A^⊤ where A: m x n")
    guard case .transpose(.symbol("A", _), _) = t.lhs, case .transpose(.symbol("A", _), _) = t.rhs
    else {
        Issue.record("\(t.lhs) \(t.rhs)"); return
    }
    let inverse = try Claim(parsing: "X^-T == X where X: n x n")
    guard case .transpose(.call(.inv, let args, _), _) = inverse.lhs, case .symbol("X", _) = args[0]
    else {
        Issue.record("\(inverse.lhs)"); return
    }
    let tr = try Claim(parsing: "Tr(A) == 0 where A: n x n")
    guard case .call(.tr, _, _) = tr.lhs else { Issue.record("\(tr.lhs)"); return }
}

@Test func elementwisePowerParsesAsPow() throws {
    let claim = try Claim(parsing: "x .^ (-1/2) == x where x: n")
    guard case .call(.pow, let args, _) = claim.lhs else { Issue.record("\(claim.lhs)"); return }
    #expect(ShapeInference.constantExponent(args[1]) == ExactNumber(-1, 2))
    #expect(throws: ClaimError.self) {
        try Claim(parsing: "x .^ y == x where x: n, y: n").resolve()
    }
}

@Test func undeclaredIdentitiesBecomeEye() throws {
    let resolved = try Claim(parsing: "A*I + I_m*A == 2*A where A: m x n").resolve()
    #expect(!resolved.symbols.contains("I") && !resolved.symbols.contains("I_m"))
    guard
        case .binary(
            .add, .binary(.multiply, _, .call(.eye, let n, _), _),
            .binary(.multiply, .call(.eye, let m, _), _, _), _) = resolved.claim.lhs
    else { Issue.record("\(resolved.claim.lhs)"); return }
    guard case .symbol("n", _) = n[0], case .symbol("m", _) = m[0] else {
        Issue.record("\(n) \(m)"); return
    }
    let declared = try Claim(parsing: "A*I == A where A: n x n, I: n x n").resolve()
    #expect(declared.symbols.contains("I"))
    #expect(declared.notes.count == 1)
    #expect(throws: ClaimError.self) { try Claim(parsing: "tr(I) == 3").resolve() }
}

@Test func derivativeVariablesTakeReparametrisations() throws {
    let claim = try Claim(parsing: "grad(f, vec(X)) + grad(g, X') == 0 where X: n x n")
    guard
        case .binary(_, .derivative(_, _, let v, _, _), .derivative(_, _, let w, _, _), _) = claim
            .lhs
    else {
        Issue.record("\(claim.lhs)"); return
    }
    #expect(DerivativeVariable(v) == DerivativeVariable(name: "X", form: .vectorised))
    #expect(DerivativeVariable(w) == DerivativeVariable(name: "X", form: .transposed))
    #expect(DerivativeVariable("vec(X')").form == .vectorisedTranspose)
    #expect(throws: ClaimError.self) {
        try Claim(parsing: "grad_entries(tr(X), X) == X where X: n x n").resolve()
    }
    #expect(throws: ClaimError.self) {
        try Claim(parsing: "hess(tr(S*S), S) == S where S: n x n symmetric").resolve()
    }
}

@Test func unknownFunctionsListTheBuiltins() throws {
    do {
        _ = try Claim(parsing: "frob(X) == 0 where X: n x n").resolve()
        Issue.record("no error")
    } catch let error as ClaimError {
        #expect(error.message.contains("unknown function 'frob'"))
        for name in ["norm", "adj", "comm", "sqrt", "abs", "sin", "cos"] {
            #expect(error.message.contains(name))
        }
    }
}
