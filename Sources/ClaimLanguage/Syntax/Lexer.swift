/// Splits a claim into ``Token``s.
///
/// Identifiers are ASCII letters, digits and `_` (starting with a letter or
/// `_`); Greek letters are accepted as identifier characters too (`λ`, `σ`).
/// Numbers are decimal literals `12`, `0.5`, `1e-7`, kept exact. `3x4` in a
/// declaration lexes as `3 × 4`.
struct Lexer {
    /// The longest claim accepted, in characters.
    package static let maximumLength = 100_000

    package let source: String
    package let characters: [Character]

    package init(_ source: String) {
        self.source = source
        self.characters = Array(source)
    }

    package func error(_ message: String, _ start: Int, _ end: Int) -> ClaimError {
        ClaimError(.syntax, message, at: SourceRange(start, end), in: source)
    }

    package static func isIdentifierStart(_ c: Character) -> Bool {
        if c == "_" { return true }
        if c.isASCII { return c.isLetter }
        // Greek letters (α…ω, Α…Ω) only; other symbols are operators or errors.
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x391...0x3C9).contains(scalar.value) && scalar.value != 0x3A2
    }

    package static func isIdentifierContinuation(_ c: Character) -> Bool {
        isIdentifierStart(c) || (c.isASCII && c.isNumber)
    }

    /// All tokens, ending with `.end`.
    /// - Throws: ``ClaimError`` for an unknown character, a malformed or
    ///   too-large number, or a claim longer than ``maximumLength``.
    package func tokens() throws -> [Token] {
        guard characters.count <= Lexer.maximumLength else {
            throw ClaimError(
                .limit,
                "the claim has \(characters.count) characters; the limit is \(Lexer.maximumLength)",
                at: nil, in: source)
        }
        var tokens: [Token] = []
        var i = 0
        let n = characters.count
        func add(_ kind: Token.Kind, _ start: Int, _ end: Int) {
            tokens.append(Token(kind: kind, range: SourceRange(start, end)))
        }
        while i < n {
            let c = characters[i]
            if c.isWhitespace { i += 1; continue }
            let start = i
            if Lexer.isIdentifierStart(c) {
                var j = i + 1
                while j < n, Lexer.isIdentifierContinuation(characters[j]) { j += 1 }
                add(.identifier(String(characters[i..<j])), i, j)
                i = j
                continue
            }
            if c.isASCII && c.isNumber
                || (c == "." && i + 1 < n && characters[i + 1].isASCII
                    && characters[i + 1].isNumber)
            {
                i = try lexNumber(from: i, into: &tokens)
                continue
            }
            let next: Character? = i + 1 < n ? characters[i + 1] : nil
            switch c {
            case "+": add(.plus, i, i + 1); i += 1
            case "-", "−": add(.minus, i, i + 1); i += 1
            case "*", "·": add(.star, i, i + 1); i += 1
            case ".":
                if next == "*" {
                    add(.hadamard, i, i + 2); i += 2
                } else if next == "/" {
                    add(.elementDivide, i, i + 2); i += 2
                } else if next == "." {
                    add(.dotDot, i, i + 2); i += 2
                } else if next == "^" {
                    add(.elementPower, i, i + 2); i += 2
                } else {
                    throw error("unexpected '.'; did you mean '.*', './' or '.^'?", i, i + 1)
                }
            case "⊙", "∘": add(.hadamard, i, i + 1); i += 1
            case "⊘": add(.elementDivide, i, i + 1); i += 1
            case "/": add(.slash, i, i + 1); i += 1
            case "⊗": add(.kronecker, i, i + 1); i += 1
            case "'", "′": add(.prime, i, i + 1); i += 1
            case "ᵀ", "⊤": add(.transposeMark, i, i + 1); i += 1
            case "^": add(.caret, i, i + 1); i += 1
            case "(": add(.leftParen, i, i + 1); i += 1
            case ")": add(.rightParen, i, i + 1); i += 1
            case "[": add(.leftBracket, i, i + 1); i += 1
            case "]": add(.rightBracket, i, i + 1); i += 1
            case ",": add(.comma, i, i + 1); i += 1
            case ";": add(.semicolon, i, i + 1); i += 1
            case ":": add(.colon, i, i + 1); i += 1
            case "×": add(.times, i, i + 1); i += 1
            case "=":
                if next == "=" {
                    add(.equalEqual, i, i + 2); i += 2
                } else {
                    add(.equals, i, i + 1); i += 1
                }
            default:
                throw error("unexpected character '\(c)'", start, start + 1)
            }
        }
        add(.end, n, n + 1)
        return tokens
    }

    /// The most significant digits a number literal may have.
    static let maximumLiteralDigits = 2000

    /// A literal beyond 64-bit numerator and denominator
    /// (`0.1234567890123456789`, a 29-digit integer), read exactly as an
    /// expression of 18-digit chunks: `digits·10^scale` is
    /// `((c₀·10^(18(m−1)) + … + c_{m−1}) * 10^scale)` (`/ 10^-scale` when
    /// negative). `nil` beyond ``maximumLiteralDigits`` digits.
    static func chunkedLiteral(digits: String, scale: Int) -> [Token.Kind]? {
        let significant = String(digits.drop { $0 == "0" })
        guard significant.count <= maximumLiteralDigits else { return nil }
        let characters = Array(significant)
        var chunks: [String] = []
        var end = characters.count
        while end > 0 {
            chunks.insert(String(characters[Swift.max(0, end - 18)..<end]), at: 0)
            end -= 18
        }
        func number(_ value: Int) -> Token.Kind? { ExactNumber(value).map { .number($0) } }
        guard let ten = number(10) else { return nil }
        var kinds: [Token.Kind] = [.leftParen, .leftParen]
        for (index, chunk) in chunks.enumerated() {
            guard let value = Int(chunk).flatMap(number) else { return nil }
            if index > 0 { kinds.append(.plus) }
            kinds.append(value)
            let power = 18 * (chunks.count - 1 - index)
            if power > 0, let p = number(power) { kinds += [.star, ten, .caret, p] }
        }
        if chunks.isEmpty, let zero = number(0) { kinds.append(zero) }
        kinds.append(.rightParen)
        if scale != 0, let p = number(Swift.abs(scale)) {
            kinds += [scale > 0 ? .star : .slash, ten, .caret, p]
        }
        kinds.append(.rightParen)
        return kinds
    }

    /// Lexes `digits[.digits][e[+|-]digits]`, and splits `3x4` into `3 × 4`.
    private func lexNumber(from start: Int, into tokens: inout [Token]) throws -> Int {
        let n = characters.count
        var i = start
        var integerDigits = "", fractionDigits = ""
        while i < n, characters[i].isASCII, characters[i].isNumber {
            integerDigits.append(characters[i]); i += 1
        }
        if i < n, characters[i] == ".", i + 1 < n, characters[i + 1].isASCII,
            characters[i + 1].isNumber
        {
            i += 1
            while i < n, characters[i].isASCII, characters[i].isNumber {
                fractionDigits.append(characters[i]); i += 1
            }
        }
        var exponent = 0
        if i < n, characters[i] == "e" || characters[i] == "E" {
            var j = i + 1
            var negative = false
            if j < n, characters[j] == "+" || characters[j] == "-" {
                negative = characters[j] == "-"; j += 1
            }
            if j < n, characters[j].isASCII, characters[j].isNumber {
                var digits = ""
                while j < n, characters[j].isASCII, characters[j].isNumber {
                    digits.append(characters[j]); j += 1
                }
                guard digits.count <= 4, let e = Int(digits) else {
                    throw error("exponent of number literal is too large", start, j)
                }
                exponent = negative ? -e : e
                i = j
            }
        }
        let range = SourceRange(start, i)
        if let value = ExactNumber.parseDecimal(
            integerDigits: integerDigits, fractionDigits: fractionDigits, exponent: exponent)
        {
            tokens.append(Token(kind: .number(value), range: range))
        } else if exponent != 0,
            let mantissa = ExactNumber.parseDecimal(
                integerDigits: integerDigits, fractionDigits: fractionDigits, exponent: 0),
            let ten = ExactNumber(10), let power = ExactNumber(Swift.abs(exponent))
        {
            // `1e20`, `2.5e-300`: beyond 64-bit numerator and denominator, the
            // literal is read as the exact expression `(m * 10^e)` or `(m / 10^e)`.
            let kinds: [Token.Kind] = [
                .leftParen, .number(mantissa), exponent > 0 ? .star : .slash, .number(ten),
                .caret, .number(power), .rightParen,
            ]
            tokens.append(contentsOf: kinds.map { Token(kind: $0, range: range) })
        } else if let kinds = Lexer.chunkedLiteral(
            digits: integerDigits + fractionDigits, scale: exponent - fractionDigits.count)
        {
            tokens.append(contentsOf: kinds.map { Token(kind: $0, range: range) })
        } else {
            throw ClaimError(
                .limit,
                "number literal has more than \(Lexer.maximumLiteralDigits) digits",
                at: range, in: source)
        }
        // `3x4`: a dimension pair written without spaces.
        if fractionDigits.isEmpty, i + 1 < n, characters[i] == "x",
            characters[i + 1].isASCII, characters[i + 1].isNumber || characters[i + 1].isLetter
        {
            tokens.append(Token(kind: .times, range: SourceRange(i, i + 1)))
            return i + 1
        }
        if i < n, Lexer.isIdentifierStart(characters[i]) {
            throw error(
                "a number cannot be followed directly by a name (write '*' for a product)", start,
                i + 1)
        }
        return i
    }
}
