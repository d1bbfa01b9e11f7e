/// Generates hostile input for `matcheck check`, reproducibly from a seed:
/// random bytes, token soup, truncated and spliced valid claims, unknown
/// functions, huge numbers, Unicode look-alikes, deep nesting and huge
/// dimensions.
public struct ClaimFuzzer: Sendable {
    /// The kinds of input, cycled by index.
    public enum Kind: String, CaseIterable, Sendable {
        case randomBytes = "random bytes"
        case tokenSoup = "token soup"
        case truncated = "truncated claim"
        case spliced = "spliced claims"
        case unknownFunction = "unknown function"
        case hugeNumber = "huge number"
        case lookalike = "unicode look-alike"
        case deepNesting = "deep nesting"
        case hugeDimension = "huge dimension"
        case characterEdit = "character edit"
    }

    /// Valid claims the structured kinds start from.
    public let corpus: [String]
    /// The base seed.
    public let seed: UInt64

    /// Hand-written valid claims covering the whole grammar.
    public static let handwrittenCorpus = [
        "vec(A*X*B) == kron(B', A) * vec(X) where A: m x n, X: n x p, B: p x q",
        "tr(A*B) == tr(B*A) where A: m x n, B: n x m",
        """
            let z = W*a + b; let h = f(z); jac(h, b) == diag(f'(z)) where W: n x m, a: m, b: n, f: \
            function
            """,
        "grad(log(det(X)), X) == inv(X)' where X: n x n",
        "hess(0.5 * x' * A * x, x) == 0.5 * (A + A') where A: n x n, x: n",
        "det(c*A) == c^n*det(A) where A: n x n, c: scalar",
        "jac(sigmoid(x), x) == diag(sigmoid(x) .* (1 - sigmoid(x))) where x: n",
        "(A ⊗ B)ᵀ == Aᵀ ⊗ Bᵀ where A: m × n, B: p × q",
        "sum(A ./ B) == sum(A .* (1 ./ B)) where A: 2 x 3, B: 2 x 3",
        "A^3 == A*A*A where A: n x n",
        "inv(A)^-2 == inv(A*A) where A: 3 x 3",
        "eye(n) * x == x where x: n",
        "ones(m, n)' * ones(m, 1) == m * ones(n, 1)",
        "relu(x) == x .* step(x) where x: n",
        "X == X' where X: n x n symmetric",
    ]

    public init(seed: UInt64, corpus: [String] = ClaimFuzzer.handwrittenCorpus) {
        self.seed = seed
        self.corpus = corpus.isEmpty ? ClaimFuzzer.handwrittenCorpus : corpus
    }

    static let tokens = [
        "A", "B", "x", "X", "n", "m", "(", ")", "'", "ᵀ", "*", ".*", "./", "/", "+", "-", "^", "⊗",
        "⊙",
        "==", "=", ",", ";", ":", "x", "×", "where", "let", "scalar", "function", "symmetric",
        "vec", "diag", "tr", "det", "inv", "kron", "eye", "ones", "zeros", "sum", "exp", "log",
        "sigmoid", "tanh", "relu", "softplus", "step", "jac", "grad", "hess", "f", "f'", "f''",
        "0", "1", "2", "0.5", "1e-7", "3x4", "-1", " ",
    ]
    static let unknownFunctions = [
        "foo", "trace2", "Tr", "vecc", "logdet", "sqrtm", "expm", "softmax", "norm", "f",
    ]
    static let hugeNumbers = [
        "99999999999999999999", "1e4000", "1e-4000", "0.00000000000000000000000001",
        "9223372036854775807", "9223372036854775808", "18446744073709551616", "1e18", "1e19",
        "123456789.123456789", "0e99999", "4294967297",
    ]
    /// Look-alike and invisible characters, each with the ASCII character it imitates.
    static let lookalikes: [(Character, Character)] = [
        ("'", "’"), ("'", "ʹ"), ("*", "∗"), ("*", "×"), ("-", "‐"), ("-", "–"), ("-", "−"),
        ("=", "＝"),
        ("(", "（"), (")", "）"), ("A", "Α"), ("A", "А"), ("x", "х"), ("x", "×"), ("e", "е"),
        ("o", "о"),
        (" ", "\u{200B}"), (" ", "\u{00A0}"), (",", "，"), (";", ";"), (".", "·"), ("1", "١"),
        ("2", "²"),
    ]

    /// The kind of input number `index`.
    public func kind(_ index: Int) -> Kind { Kind.allCases[index % Kind.allCases.count] }

    /// Input number `index`.
    public func input(_ index: Int) -> String {
        var g = ExpressionGenerator(
            seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15, dimensionVariables: ["n"])
        let base = g.pick(corpus)
        let characters = Array(base)
        switch kind(index) {
        case .randomBytes:
            let bytes = (0..<g.integer(200)).map { _ in UInt8(truncatingIfNeeded: g.random.next()) }
            return String(decoding: bytes, as: UTF8.self)
        case .tokenSoup:
            return (0..<1 + g.integer(40)).map { _ in g.pick(ClaimFuzzer.tokens) }.joined(
                separator: g.chance(0.5) ? " " : "")
        case .truncated:
            return String(characters.prefix(g.integer(characters.count + 1)))
        case .spliced:
            let other = Array(g.pick(corpus))
            return String(characters.prefix(g.integer(characters.count + 1)))
                + String(other.suffix(g.integer(other.count + 1)))
        case .unknownFunction:
            let functions = [
                "vec", "tr", "det", "inv", "diag", "sigmoid", "kron", "exp", "log", "jac", "grad",
                "sum",
            ]
            var text = base
            for f in functions where text.contains(f + "(") {
                if g.chance(0.5) {
                    return text.replacingFirst(
                        f + "(", with: g.pick(ClaimFuzzer.unknownFunctions) + "(")
                }
                text = text.replacingFirst(f + "(", with: f + "(")
            }
            return g.pick(ClaimFuzzer.unknownFunctions) + "(A) == A where A: n x n"
        case .hugeNumber:
            let number = g.pick(ClaimFuzzer.hugeNumbers)
            switch g.integer(4) {
            case 0: return "\(number) * A == A where A: n x n"
            case 1: return "A^\(number) == A where A: n x n"
            case 2: return "eye(\(number)) == eye(\(number))"
            default:
                let position = g.integer(characters.count + 1)
                return String(characters.prefix(position)) + number
                    + String(characters.dropFirst(position))
            }
        case .lookalike:
            var edited = characters
            for _ in 0..<1 + g.integer(3) {
                let (ascii, lookalike) = g.pick(ClaimFuzzer.lookalikes)
                let positions = edited.indices.filter { edited[$0] == ascii }
                if positions.isEmpty {
                    edited.insert(lookalike, at: g.integer(edited.count + 1))
                } else {
                    edited[g.pick(positions)] = lookalike
                }
            }
            return String(edited)
        case .deepNesting:
            let depth = g.pick([100, 127, 128, 129, 1000, 10_000])
            switch g.integer(7) {
            case 0:
                return String(repeating: "(", count: depth) + "x"
                    + String(repeating: ")", count: depth) + " == x where x: n"
            case 1: return String(repeating: "-", count: depth) + "x == x where x: n"
            case 2: return "A" + String(repeating: "'", count: depth) + " == A where A: n x n"
            case 3:
                return Array(repeating: "A", count: depth).joined(separator: " + ")
                    + " == \(depth)*A where A: n x n"
            case 4:
                return String(repeating: "tr(", count: depth) + "A"
                    + String(repeating: ")", count: depth) + " == 1 where A: n x n"
            case 5: return String(repeating: "(", count: depth) + "x == x"
            default:
                return Array(repeating: "A", count: Swift.min(depth, 200)).joined(separator: " * ")
                    + " == A^\(Swift.min(depth, 200)) where A: n x n"
            }
        case .hugeDimension:
            let d = g.pick([
                "1000000", "100000", "999999", "65536", "4096", "1000001", "0", "-3", "99999999999",
            ])
            switch g.integer(6) {
            case 0: return "tr(A) == tr(A') where A: \(d) x \(d)"
            case 1: return "A * A' == (A * A')' where A: \(d) x 2"
            case 2: return "ones(\(d), \(d)) == ones(\(d), \(d))"
            case 3: return "kron(A, A) == kron(A, A) where A: \(d) x \(d)"
            case 4: return "eye(\(d)) * x == x where x: \(d)"
            default:
                return "kron(kron(A, A), kron(A, A)) == kron(A, kron(A, kron(A, A))) where A: n x n"
            }
        case .characterEdit:
            var edited = characters
            for _ in 0..<1 + g.integer(4) {
                let position = g.integer(edited.count + 1)
                switch g.integer(3) {
                case 0: if position < edited.count { edited.remove(at: position) }
                case 1: edited.insert(g.pick(Array("()'*+-^,;:=x0123456789.⊗ᵀ ")), at: position)
                default:
                    if position < edited.count {
                        edited[position] = g.pick(Array("()'*+-^,;:=x0123456789.AB"))
                    }
                }
            }
            return String(edited)
        }
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        let text = Array(self), pattern = Array(target)
        guard !pattern.isEmpty, pattern.count <= text.count else { return self }
        for start in 0...(text.count - pattern.count)
        where Array(text[start..<start + pattern.count]) == pattern {
            return String(text[..<start]) + replacement + String(text[(start + pattern.count)...])
        }
        return self
    }
}
