import Testing
@testable import ClaimLanguage

@Test func parsesLetsDeclarationsAndAssumptions() throws {
    let claim = try Claim(
        parsing:
            """
                let z = W*a + b; jac(f(z), b) == diag(f'(z)) where W: n x m, a: m, b: n, f: \
                function, f'' = 0
                """
    )
    #expect(claim.definitions.map(\.name) == ["z"])
    #expect(claim.declarations.map(\.name) == ["W", "a", "b", "f"])
    #expect(
        claim.declarations[1].kind
            == .matrix(rows: .variable("m"), cols: .fixed(1), symmetric: false))
    #expect(claim.assumptions == [.derivativeVanishes(function: "f", order: 2)])
    guard case .derivative(.jacobian, _, "b", _, _) = claim.lhs else {
        Issue.record("lhs \(claim.lhs)"); return
    }
    guard case .call(.diag, let args, _) = claim.rhs, case .userFunction("f", 1, _, _) = args[0]
    else {
        Issue.record("rhs \(claim.rhs)"); return
    }
}

@Test func numbersAreExact() throws {
    let claim = try Claim(parsing: "0.5 == 1e-7 + 2.50")
    guard case .number(let half, _) = claim.lhs else { Issue.record("\(claim.lhs)"); return }
    #expect(half == ExactNumber(1, 2))
    guard case .binary(.add, .number(let tiny, _), .number(let twoAndHalf, _), _) = claim.rhs else {
        Issue.record("\(claim.rhs)"); return
    }
    #expect(tiny == ExactNumber(1, 10_000_000))
    #expect(twoAndHalf == ExactNumber(5, 2))
}

@Test func precedenceAndUnicodeOperators() throws {
    // ⊗ binds tighter than *, transpose tighter than everything, ^ right-associative.
    let claim = try Claim(parsing: "Bᵀ ⊗ A * x == -c^2^1 where A: 2 x 2, B: 2x2, x: 4, c: scalar")
    guard
        case .binary(
            .multiply, .binary(.kronecker, .transpose, .symbol("A", _), _), .symbol("x", _), _) =
            claim.lhs
    else {
        Issue.record("\(claim.lhs)"); return
    }
    guard case .negation(.power(.symbol("c", _), .power, _), _) = claim.rhs else {
        Issue.record("\(claim.rhs)"); return
    }
    #expect(
        claim.declarations[1].kind == .matrix(rows: .fixed(2), cols: .fixed(2), symmetric: false))
}

/// Each syntax error: its message and the column of its caret (1-based).
@Test(
    arguments: [
        ("A + == B", "expected a number, a name or '(', found '=='", 5),
        ("A = B", "expected '==' (a claim compares with '=='), found '='", 3),
        ("(A + B == C", "expected ')' to close the '(' at column 1, found '=='", 8),
        ("A == B where A: 0 x 2", "a dimension must be a positive integer, found 0", 17),
        ("A # B == C", "unexpected character '#'", 3),
        (
            "jac(A, 2*B) == A",
            "the second argument of jac must be a variable name, vec(X), X' or vec(X')", 8
        ),
        ("kron(A) == A", "kron takes 2 arguments, found 1", 1),
        ("A == B == C", "a claim has exactly one '=='", 8),
        ("2A == B", "a number cannot be followed directly by a name (write '*' for a product)", 1),
        (
            "sigmoid'(x) == x",
            """
                derivative marks are only for declared functions ('f: function'); use jac or grad \
                with 'sigmoid'
                """,
            1
        ),
    ] as [(String, String, Int)])
func syntaxErrorHasMessageAndCaret(_ text: String, _ message: String, _ column: Int) {
    do {
        _ = try Claim(parsing: text)
        Issue.record("no error for \(text)")
    } catch let error as ClaimError {
        #expect(error.kind == .syntax)
        #expect(error.message == message)
        #expect(error.range?.start == column - 1)
        #expect(error.description.contains("^"))
    } catch {
        Issue.record("unexpected \(error)")
    }
}

@Test func deepNestingIsAReportedLimitNotACrash() {
    let deep =
        String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)
        + " == x"
    #expect(throws: ClaimError.self) { try Claim(parsing: deep) }
    do { _ = try Claim(parsing: deep) } catch let e as ClaimError {
        #expect(e.kind == .limit)
        #expect(e.message.contains("nested more than"))
    } catch { Issue.record("\(error)") }
    let chain = Array(repeating: "x", count: 5_000).joined(separator: " + ") + " == x"
    #expect(throws: ClaimError.self) { try Claim(parsing: chain) }
    let primes = "x" + String(repeating: "'", count: 10_000) + " == x"
    #expect(throws: ClaimError.self) { try Claim(parsing: primes) }
    let minus = String(repeating: "-", count: 10_000) + "x == x"
    #expect(throws: ClaimError.self) { try Claim(parsing: minus) }
}

@Test func hugeNumbersAreErrorsNotTraps() {
    let digits = String(repeating: "7", count: Lexer.maximumLiteralDigits + 1)
    do { _ = try Claim(parsing: "x == \(digits)") } catch let e as ClaimError {
        #expect(e.kind == .limit)
    } catch { Issue.record("\(error)") }
}

/// A plain literal beyond 64-bit numerator and denominator is read exactly
/// as an expression of 18-digit chunks times a power of ten.
@Test func longPlainLiteralsAreExactChunks() throws {
    func kinds(_ text: String) throws -> [Token.Kind] {
        try Lexer(text).tokens().map(\.kind).filter { $0 != .end }
    }
    func number(_ n: Int) throws -> Token.Kind { .number(try #require(ExactNumber(n))) }
    // 0.1234567890123456789 = (1·10^18 + 234567890123456789) / 10^19.
    #expect(
        try kinds("0.1234567890123456789")
            == [
                .leftParen, .leftParen, try number(1), .star, try number(10), .caret,
                try number(18), .plus, try number(234_567_890_123_456_789), .rightParen, .slash,
                try number(10), .caret, try number(19), .rightParen,
            ])
    // A 29-digit integer: two chunks, no scale.
    #expect(
        try kinds("12345678901234567890123456789")
            == [
                .leftParen, .leftParen, try number(12_345_678_901), .star, try number(10),
                .caret, try number(18), .plus, try number(234_567_890_123_456_789),
                .rightParen, .rightParen,
            ])
    #expect(try kinds("12345678901234567890e-40").count == 15)
    _ = try Claim(parsing: "x == 99999999999999999999.5e3")
}

/// A literal beyond 64-bit numerator and denominator with an exponent is read
/// exactly as `(m * 10^e)` or `(m / 10^e)`.
@Test func largeExponentLiteralsAreExactPowersOfTen() throws {
    func kinds(_ text: String) throws -> [Token.Kind] {
        try Lexer(text).tokens().map(\.kind).filter { $0 != .end }
    }
    func number(_ n: Int, _ d: Int = 1) throws -> Token.Kind {
        .number(try #require(ExactNumber(n, d)))
    }
    #expect(
        try kinds("1e20")
            == [
                .leftParen, try number(1), .star, try number(10), .caret, try number(20),
                .rightParen,
            ])
    #expect(
        try kinds("2.5e-300")
            == [
                .leftParen, try number(5, 2), .slash, try number(10), .caret, try number(300),
                .rightParen,
            ])
    #expect(try kinds("1e18") == [try number(1_000_000_000_000_000_000)])
    #expect(throws: ClaimError.self) { try Claim(parsing: "x == 1e99999") }
}
