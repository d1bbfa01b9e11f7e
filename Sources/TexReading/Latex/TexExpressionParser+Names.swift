import ClaimLanguage

// Names: subscripts, layer superscripts, entries of known matrices, dimensions, activations.

extension TexExpressionParser {
    /// A name with its subscripts, layer superscripts and (for declared
    /// functions) primes and argument. `W_1`, `W^{[l]}` and `z^L_k` are names
    /// (`W_1`, `W_l`, `z_k_L`); a subscript of index letters on a known
    /// matrix or vector (`W_{jk}`, `x_k`, `w_{jk}` for a known `W`) is an entry.
    mutating func parseName(_ base: String, start: Int) throws -> Expression {
        var subscripts: [(tokens: [TexToken], offset: Int)] = []
        // `A_{n \times o}`: a shape written as a subscript, checked with the link.
        var shapes: [(tokens: [TexToken], offset: Int)] = []
        var layers = ""
        var primes = 0
        var layerTransposed = false
        loop: while let t = current {
            if subscripts.count + primes + layers.count > TexExpressionParser.maximumDepth {
                throw TexParseError(
                    "more than \(TexExpressionParser.maximumDepth) scripts on one expression",
                    at: t.offset)
            }
            switch t.kind {
            case .subscriptMark:
                advance()
                let scriptStart = here
                let script = try scriptTokens()
                if ShapeSubscripts.isShape(script),
                    base != "I" || environment.knownNames.contains("I")
                {
                    shapes.append((script, scriptStart))
                } else {
                    subscripts.append((script, scriptStart))
                }
            case .superscriptMark:
                let saved = position
                advance()
                let script = try scriptTokens()
                // `e^{x}`: the exponential, when e is not a name of the note.
                if base == "e", subscripts.isEmpty, layers.isEmpty,
                    !environment.knownNames.contains("e"),
                    !TexExpressionParser.isTransposeMark(script)
                {
                    let exponent = try parseArgumentTokens(script, end: here)
                    return .call(.exp, [exponent], range(from: start))
                }
                if case .layer(let fragment, let transposed) = try classify(script) {
                    // `c^n` for a scalar c and a single letter n is a power.
                    if subscripts.isEmpty, layers.isEmpty, !transposed, script.count == 1,
                        case .letter = script[0].kind,
                        let shape = environment.shape(.symbol(base, SourceRange(start, start + 1))),
                        shape.rows == .fixed(1), shape.cols == .fixed(1)
                    {
                        return .power(
                            .symbol(base, SourceRange(start, start + 1)),
                            .symbol(fragment, SourceRange(script[0].offset, script[0].end)),
                            range(from: start))
                    }
                    layers += "_" + fragment
                    if transposed {
                        layerTransposed = true
                        break loop
                    }
                } else {
                    position = saved
                    break loop
                }
            case .symbol("'"), .command("prime"):
                let stem = base + layers
                let isFunctionPrefix =
                    stem == "σ"
                    || environment.functions.contains { $0 == stem || $0.hasPrefix(stem + "_") }
                guard isFunctionPrefix, !layerTransposed else { break loop }
                primes += 1
                advance()
            default:
                break loop
            }
        }
        if base == "I", !environment.knownNames.contains("I") {
            guard let size = subscripts.first, subscripts.count == 1, layers.isEmpty else {
                throw TexParseError("the identity I needs its size: write I_n", at: start)
            }
            return .call(.eye, [try dimension(size.tokens, at: size.offset)], range(from: start))
        }
        // An entry: index letters under a known matrix or vector.
        if let last = subscripts.last, TexExpressionParser.isIndexList(last.tokens) {
            let stem =
                ([base]
                + subscripts.dropLast().map {
                    "_" + (TexExpressionParser.nameFragment($0.tokens) ?? "?")
                })
                .joined() + layers
            let candidates = [stem, stem.prefix(1).uppercased() + stem.dropFirst()]
            if let known = candidates.first(where: { environment.knownNames.contains($0) }) {
                let matrix = Expression.symbol(known, SourceRange(start, last.offset))
                return try entry(of: matrix, name: known, indexTokens: last.tokens, start: start)
            }
        }
        // `y_1^{(4)}`, `a_2^{l-1}`: a number under a known vector is its entry (unless the
        // name with that subscript is itself known).
        if let last = subscripts.last, last.tokens.count == 1,
            case .number(let digits) = last.tokens[0].kind, let k = Int(digits), k >= 1,
            let value = ExactNumber(k)
        {
            let stem =
                ([base]
                + subscripts.dropLast().map {
                    "_" + (TexExpressionParser.nameFragment($0.tokens) ?? "?")
                })
                .joined() + layers
            let whole =
                ([base]
                + subscripts.map { "_" + (TexExpressionParser.nameFragment($0.tokens) ?? "?") })
                .joined() + layers
            let vector = Expression.symbol(stem, SourceRange(start, last.offset))
            if environment.knownNames.contains(stem), !environment.knownNames.contains(whole),
                let shape = environment.shape(vector),
                shape.cols == .fixed(1) || shape.rows == .fixed(1)
            {
                let at = SourceRange(last.tokens[0].offset, last.tokens[0].end)
                return .entry(vector, [.number(value, at)], range(from: start))
            }
        }
        var name = base
        for s in subscripts {
            guard let fragment = TexExpressionParser.nameFragment(s.tokens) else {
                throw TexParseError(
                    "cannot read the subscript \(s.tokens.map(\.display).joined())", at: s.offset)
            }
            name += "_" + fragment
        }
        name += layers
        if atOpeningDelimiter() {
            if environment.functions.contains(name) {
                let argument = try parseDelimited()
                return .userFunction(
                    name: name, order: primes, argument: argument, range(from: start))
            }
            if name == "σ" && !environment.knownNames.contains("σ") {
                let argument = try parseDelimited()
                return try TexExpressionParser.activation(
                    .sigmoid, argument, order: primes, range(from: start))
            }
            // `f(z)`, `g_l(z)`: written as a function, which a product would misread.
            if TexExpressionParser.functionLetters.contains(base),
                !environment.knownNames.contains(name)
            {
                throw TexParseError(
                    """
                        \(name)(…) is a function the note does not declare: declare it ('where \
                        \(name): function')
                        """,
                    at: start)
            }
        }
        var result = Expression.symbol(name, range(from: start))
        for shape in shapes {
            environment.shapeSubscripts.record(result, space: shape.tokens, offset: shape.offset)
        }
        for _ in 0..<primes { result = .transpose(result, range(from: start)) }
        if layerTransposed { result = .transpose(result, range(from: start)) }
        return result
    }

    /// `W_{jk}` → `W[j,k]`, `x_k` → `x[k]`; each index is registered with
    /// the dimension it runs over (rows, then columns of the name's shape).
    func entry(
        of base: Expression, name: String, indexTokens: [TexToken], start: Int
    ) throws -> Expression {
        let letters = indexTokens.filter {
            if case .letter = $0.kind { return true } else { return false }
        }
        guard let shape = environment.shape(base) else {
            throw TexParseError(
                """
                    the entry \(name)_{\(indexTokens.map(\.display).joined())} needs the shape of \
                    \(name) (declare it)
                    """,
                at: start)
        }
        let isVector = shape.cols == .fixed(1) || shape.rows == .fixed(1)
        guard letters.count == (isVector ? 1 : 2) else {
            throw TexParseError(
                "\(name) is \(shape.rows)×\(shape.cols): an entry needs "
                    + (isVector ? "1 index" : "2 indexes") + ", found \(letters.count)",
                at: start)
        }
        let dimensions =
            isVector
            ? [shape.cols == .fixed(1) ? shape.rows : shape.cols] : [shape.rows, shape.cols]
        var indices: [Expression] = []
        for (t, d) in zip(letters, dimensions) {
            guard case .letter(let c) = t.kind else { continue }
            environment.indices.register(String(c), upper: d, at: t.offset)
            indices.append(.symbol(String(c), SourceRange(t.offset, t.end)))
        }
        return .entry(base, indices, range(from: start))
    }

    /// The marker of a differential `dX` in the tree (a name no note can
    /// declare); ``DifferentialReading`` turns `A dX = B dY` into a claim.
    static let differential = "d"

    /// Letters that notes use for functions (`f(z)`, `g'(y)`, `φ(w)`): applied to a
    /// parenthesis, they are read as functions, never as products.
    static let functionLetters: Set<String> = ["f", "g", "h", "φ", "ψ", "s", "L", "ℓ"]

    /// Whether `t` starts a name: a letter or a Greek letter, or `\nabla`.
    static func startsName(_ t: TexToken) -> Bool {
        switch t.kind {
        case .letter: return true
        case .command(let name): return TexNames.greek[name] != nil || name == "nabla"
        default: return false
        }
    }

    /// Whether the subscript is a list of index letters (`ij`, `j,k`, `k`).
    static func isIndexList(_ script: [TexToken]) -> Bool {
        guard !script.isEmpty else { return false }
        for t in script {
            switch t.kind {
            case .letter(let c): if !"ijklmnpqrstuv".contains(c) { return false }
            case .symbol(","): continue
            default: return false
            }
        }
        return true
    }

    /// A size in a subscript (`I_n`, `I_{o \times o}`, `I_{mn}`, `I_3`):
    /// the dimension as an integer expression.
    func dimension(_ script: [TexToken], at offset: Int) throws -> Expression {
        var factors: [Expression] = []
        var parts = script
        // `o \times o`: the identity of size o.
        if let times = parts.firstIndex(where: { $0.isCommand("times") }) {
            let left = Array(parts[..<times])
            let right = Array(parts[(times + 1)...])
            guard left.map(\.kind) == right.map(\.kind) else {
                throw TexParseError(
                    "the identity I_{\(script.map(\.display).joined(separator: " "))} "
                        + "is not square",
                    at: offset)
            }
            parts = left
        }
        for t in parts {
            switch t.kind {
            case .letter(let c): factors.append(.symbol(String(c), SourceRange(t.offset, t.end)))
            case .number(let d):
                guard let v = TexExpressionParser.exactNumber(d), v.isInteger, v.numerator > 0
                else {
                    throw TexParseError("the size \(d) is not a positive integer", at: t.offset)
                }
                factors.append(.number(v, SourceRange(t.offset, t.end)))
            default:
                throw TexParseError(
                    "cannot read the size \(script.map(\.display).joined())", at: t.offset)
            }
        }
        guard var product = factors.first else { throw TexParseError("an empty size", at: offset) }
        for f in factors.dropFirst() {
            product = .binary(.multiply, product, f, product.range.union(f.range))
        }
        return product
    }

    /// `σ(z)`, `σ'(z)` = σ(z)(1 − σ(z)), `tanh'(z)` = 1 − tanh(z)²: builtin
    /// activations and their first derivatives.
    static func activation(
        _ f: BuiltinFunction, _ argument: Expression, order: Int, _ r: SourceRange
    ) throws -> Expression {
        let value = Expression.call(f, [argument], r)
        switch order {
        case 0: return value
        case 1:
            let one = Expression.number(ExactNumber(1)!, r)
            if f == .sigmoid {
                return .binary(.hadamard, value, .binary(.subtract, one, value, r), r)
            }
            if f == .tanh { return .binary(.subtract, one, .binary(.hadamard, value, value, r), r) }
            throw TexParseError("the derivative \(f.rawValue)' is not supported", at: r.start)
        default:
            throw TexParseError(
                "higher derivatives of \(f.rawValue) are not supported", at: r.start)
        }
    }
}
