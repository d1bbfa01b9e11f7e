import ClaimLanguage

extension TexExpressionParser {
    mutating func parseCommand(_ name: String, token t: TexToken) throws -> Expression {
        // `\Delta z`: the increment of z, one name `Δz` (unless the note names Δ itself).
        if name == "Delta", !environment.knownNames.contains("Δ"), let next = peek(),
            case .letter(let c) = next.kind
        {
            advance()
            advance()
            return try parseName("Δ" + String(c), start: t.offset)
        }
        if let greek = TexNames.greek[name] {
            advance()
            return try parseName(String(greek), start: t.offset)
        }
        if name == "left" || TexNames.sizes.contains(name) {
            return try parseDelimited()
        }
        if name == "vec", let next = peek(), next.kind == .openBrace {
            // `\vec{x}`, an arrow accent: the vector x.
            advance()
            let argument = try scriptTokens()
            guard let fragment = TexExpressionParser.nameFragment(argument) else {
                throw TexParseError("cannot read the argument of \\vec", at: t.offset)
            }
            return try parseName(fragment, start: t.offset)
        }
        if let f = TexNames.functions[name], name != "sum" {
            advance()
            return try parseApplication(f, start: t.offset)
        }
        switch name {
        case "frac", "dfrac", "tfrac":
            advance()
            return try parseFraction(start: t.offset)
        case "partial":
            advance()
            return try parseInlineDerivative(start: t.offset)
        case "nabla":
            advance()
            return try parseNabla(start: t.offset)
        case "sum":
            advance()
            return try parseIndexSum(start: t.offset)
        case "prod":
            throw TexParseError("products over an index (\\prod) are not supported", at: t.offset)
        case "sqrt":
            return try parseSquareRoot(t)
        case "|", "Vert", "lVert":
            return try parseBars(opening: t, norm: true)
        case "lvert", "vert":
            return try parseBars(opening: t, norm: false)
        case "dots", "cdots", "ldots", "vdots", "ddots":
            throw TexParseError("an ellipsis (\\\(name)) cannot be checked", at: t.offset)
        case "begin":
            return try parseMatrixEnvironment(t)
        case "mathbb", "mathcal", "mathscr", "mathfrak":
            throw TexParseError(
                "\\\(name) (a set or a calligraphic name) is not an expression", at: t.offset)
        default:
            break
        }
        if name == "underbrace" || name == "overbrace" {
            // `\underbrace{X}_{label}`: X; the label is a comment.
            advance()
            let inner = try scriptTokens()
            let e = try parseArgumentTokens(inner, end: here)
            if let t = current, t.kind == .subscriptMark || t.kind == .superscriptMark {
                advance()
                _ = try scriptTokens()
            }
            return e
        }
        if TexNames.accents.contains(name) {
            advance()
            let argument = try scriptTokens()
            guard let fragment = TexExpressionParser.nameFragment(argument) else {
                throw TexParseError("cannot read the argument of \\\(name)", at: t.offset)
            }
            return try parseName(
                fragment + "_" + name.replacingOccurrences(of: "wide", with: ""), start: t.offset)
        }
        if TexNames.fontMacros.contains(name) || TexNames.wordMacros.contains(name) {
            advance()
            return try parseStyled(name, start: t.offset)
        }
        throw unexpected(t)
    }

    /// `\mathbf{x}`, `\mathbf{1}_n`, `\operatorname{tr}(…)`, `\text{vec}(…)`, `\mathrm{d}`.
    mutating func parseStyled(_ macro: String, start: Int) throws -> Expression {
        guard let open = current else {
            throw TexParseError("\\\(macro) without an argument", at: textEnd)
        }
        let content: [TexToken]
        if open.kind == .openBrace {
            let close = try matchingBrace(from: position)
            content = Array(tokens[(position + 1)..<close])
            position = close + 1
        } else {
            content = [open]
            advance()
        }
        if content.count == 1, case .number(let d) = content[0].kind, d == "1" || d == "0" {
            if d == "0" { return .number(ExactNumber(0)!, range(from: start)) }
            guard let s = current, s.kind == .subscriptMark else {
                throw TexParseError(
                    "the vector of ones needs its size: write \\mathbf{1}_n", at: start)
            }
            advance()
            let sizeStart = here
            let size = try dimension(try scriptTokens(), at: sizeStart)
            return .call(.ones, [size], range(from: start))
        }
        var word = ""
        for t in content {
            switch t.kind {
            case .letter(let c): word.append(c)
            case .command(let g) where TexNames.greek[g] != nil: word.append(TexNames.greek[g]!)
            default: word = ""
            }
            if word.isEmpty { break }
        }
        if !word.isEmpty, word.count == content.count {
            if let f = TexNames.functions[word], word.count > 1 {
                return try parseApplication(f, start: start)
            }
            if word.count == 1 || TexNames.fontMacros.contains(macro) && word.count == 1 {
                return try parseName(word, start: start)
            }
        }
        if TexNames.fontMacros.contains(macro), !content.isEmpty {
            return try parseArgumentTokens(content, end: here)
        }
        let text = content.map(\.display).joined(separator: word.isEmpty ? " " : "")
        throw TexParseError("text '\(text)' inside the equation", at: start)
    }

    /// A builtin function and its argument: `(…)`, `\left(…\right)`, `{…}`,
    /// or, without delimiters, the factors that follow (`\operatorname{tr} X^T A`).
    mutating func parseApplication(_ f: BuiltinFunction, start: Int) throws -> Expression {
        var primes = 0
        while let t = current, t.isSymbol("'") || t.isCommand("prime") {
            primes += 1
            advance()
        }
        if let t = current, t.kind == .superscriptMark {
            throw TexParseError(
                "a power of a function name (\(f.rawValue)^…) is not supported", at: t.offset)
        }
        let argument: Expression
        if atOpeningDelimiter() || current?.kind == .openBrace {
            argument = try parseDelimited()
        } else if [.sigmoid, .tanh, .exp, .log, .softplus, .relu, .step, .sin, .cos].contains(f) {
            argument = try parseScripted()
        } else {
            let argumentStart = here
            var product = try parseScripted()
            while atStartOfFactor() {
                let next = try parseScripted()
                product = .binary(.multiply, product, next, range(from: argumentStart))
            }
            argument = product
        }
        if primes > 0 || f == .sigmoid || f == .tanh {
            return try TexExpressionParser.activation(
                f, argument, order: primes, range(from: start))
        }
        return .call(f, [argument], range(from: start))
    }

    // MARK: Index sums

    /// `\sum_{k=1}^{n} body`, `\sum_k body`, `\sum_{k,m} body`: the body is
    /// the rest of the product. The range comes from the bounds or, when
    /// they are left out, from the entries the index is used in.
    mutating func parseIndexSum(start: Int) throws -> Expression {
        var names: [(String, Int)] = []
        var upper: Dimension?
        while let t = current, t.kind == .subscriptMark || t.kind == .superscriptMark {
            advance()
            let scriptStart = here
            let script = try scriptTokens()
            if t.kind == .subscriptMark {
                var lower = script[...]
                if let eq = script.firstIndex(where: { $0.isSymbol("=") }) {
                    let from = script[(eq + 1)...]
                    guard from.count == 1, from.first?.kind == .number("1") else {
                        throw TexParseError("an index sum starts at 1", at: scriptStart)
                    }
                    lower = script[..<eq]
                }
                for s in lower {
                    switch s.kind {
                    case .letter(let c): names.append((String(c), s.offset))
                    case .symbol(","): continue
                    default: throw TexParseError("cannot read the index of the sum", at: s.offset)
                    }
                }
            } else {
                if script.count == 1, case .number(let d) = script[0].kind, let v = Int(d), v >= 1 {
                    upper = .fixed(v)
                } else if case .letter? = script.first?.kind,
                    let name = TexExpressionParser.nameFragment(script),
                    !script.contains(where: { $0.isSymbol("+") || $0.isSymbol("-") })
                {
                    upper = .variable(name)  // `n`, `n_L`, `n_{l}`
                } else {
                    throw TexParseError("cannot read the upper bound of the sum", at: scriptStart)
                }
            }
        }
        guard !names.isEmpty else {
            throw TexParseError("\\sum without its index (write \\sum_{k=1}^{n})", at: start)
        }
        if let upper {
            for (n, offset) in names { environment.indices.register(n, upper: upper, at: offset) }
        }
        guard current != nil else { throw TexParseError("\\sum without a body", at: textEnd) }
        let outside = insideSum
        insideSum = true
        var body = try parseProduct()
        insideSum = outside
        for (n, offset) in names.reversed() {
            body = .indexSum(
                index: n, indexRange: SourceRange(offset, offset + 1), body: body,
                range(from: start))
        }
        return body
    }

    // MARK: Derivatives

    /// The length of a differential prefix: `\partial`, `d`, `\mathrm{d}`, `\text{d}`.
    static func differentialPrefix(_ s: ArraySlice<TexToken>) -> Int? {
        guard let first = s.first else { return nil }
        if first.isCommand("partial") { return 1 }
        if first.kind == .letter("d") { return 1 }
        let a = Array(s.prefix(4))
        if a.count == 4, case .command(let m) = a[0].kind, TexNames.wordMacros.contains(m),
            a[1].kind == .openBrace, a[2].kind == .letter("d"), a[3].kind == .closeBrace
        {
            return 4
        }
        return nil
    }

    /// `\frac{a}{b}`: a derivative when both parts start with a
    /// differential, else `a / b`.
    mutating func parseFraction(start: Int) throws -> Expression {
        let numerator = try scriptTokens()
        let denominatorStart = here
        let denominator = try scriptTokens()
        guard !numerator.isEmpty, !denominator.isEmpty else {
            throw TexParseError("\\frac with an empty part", at: start)
        }
        if let np = TexExpressionParser.differentialPrefix(numerator[...]),
            let dp = TexExpressionParser.differentialPrefix(denominator[...]),
            numerator[0].isCommand("partial") || denominator.count > dp
        {
            var rest = numerator[np...]
            var order = 1
            if let s = rest.first, s.kind == .superscriptMark {
                guard rest.count >= 2, case .number(let k) = rest[rest.startIndex + 1].kind,
                    let o = Int(k), o == 2
                else {
                    throw TexParseError(
                        "only first and second derivatives are supported", at: s.offset)
                }
                order = o
                rest = rest.dropFirst(2)
            }
            let variables = try differentials(Array(denominator), at: denominatorStart)
            let function: Expression
            if rest.isEmpty {
                // Operator form: the derivative of the rest of the product.
                guard current != nil else {
                    throw TexParseError("a derivative operator without an operand", at: textEnd)
                }
                function = try parseProduct()
            } else {
                function = try parseArgumentTokens(Array(rest), end: denominatorStart)
            }
            return try derivative(order: order, of: function, by: variables, start: start)
        }
        let a = try parseArgumentTokens(numerator, end: denominatorStart)
        let b = try parseArgumentTokens(denominator, end: here)
        return .binary(.divide, a, b, range(from: start))
    }

    /// The variables of a derivative's denominator, `\partial x \partial x^T`.
    func differentials(_ s: [TexToken], at offset: Int) throws -> [Expression] {
        var groups: [[TexToken]] = []
        var i = 0
        while i < s.count {
            guard let p = TexExpressionParser.differentialPrefix(s[i...]) else {
                if groups.isEmpty { groups.append([]) }
                groups[groups.count - 1].append(s[i])
                i += 1
                continue
            }
            // `d` inside a name (`dx` after `\partial`) is a letter of the variable.
            if s[i].kind == .letter("d"), !groups.isEmpty, !s[0].kind.isLetterD {
                groups[groups.count - 1].append(s[i])
                i += 1
                continue
            }
            groups.append([])
            i += p
        }
        return try groups.map { group in
            guard !group.isEmpty else {
                throw TexParseError("a differential without its variable", at: offset)
            }
            var sub = TexExpressionParser(
                tokens: group, environment: environment, textEnd: group.last!.end)
            sub.depth = depth
            return try sub.parseAll()
        }
    }

    /// Builds `grad`, `jac` or `hess` in the note's layout.
    /// `gradientLayout`: `\nabla_x F` of a non-scalar `F` is `(∂F/∂x)ᵀ` in both layouts.
    func derivative(
        order: Int, of f: Expression, by variables: [Expression], start: Int,
        gradientLayout: Bool = false
    ) throws -> Expression {
        let r = range(from: start)
        func variableName(_ e: Expression) throws -> (String, SourceRange) {
            switch e {
            case .symbol(let name, let vr):
                guard environment.knownNames.contains(name) else {
                    throw TexParseError(
                        "the derivative is by \(name), which is neither declared nor defined",
                        at: vr.start)
                }
                return (name, vr)
            case .call(.vec, _, let vr):
                throw TexParseError("derivatives by vec(X) are not supported", at: vr.start)
            default:
                throw TexParseError("a derivative must be by a name", at: e.range.start)
            }
        }
        if order == 1, variables.count == 1,
            case .entry(.symbol(let name, let vr), let indices, _) = variables[0]
        {
            if environment.isScalar(f) == true {
                return .entry(
                    .derivative(.gradient, f, variable: name, variableRange: vr, r), indices, r)
            }
            if case .entry(let vector, let outer, _) = f, outer.count == 1, indices.count == 1 {
                return .entry(
                    .derivative(.jacobian, vector, variable: name, variableRange: vr, r),
                    outer + indices, r)
            }
            throw TexParseError(
                "a derivative by an entry needs a scalar function or an entry of a vector",
                at: f.range.start)
        }
        switch (order, variables.count) {
        case (1, 1):
            let (name, vr) = try variableName(variables[0])
            guard let scalar = environment.isScalar(f) else {
                throw TexParseError(
                    """
                        cannot tell whether the function is a scalar or a matrix: declare the \
                        shapes of its symbols
                        """,
                    at: f.range.start)
            }
            if scalar {
                let byMatrix =
                    environment.shape(variables[0]).map {
                        $0.rows != .fixed(1) && $0.cols != .fixed(1)
                    } ?? false
                guard environment.vecGradients, byMatrix else {
                    return .derivative(.gradient, f, variable: name, variableRange: vr, r)
                }
                // `gradients: vec`: ∂f/∂vec X, a column of |X| entries.
                return .transpose(
                    .derivative(.jacobian, f, variable: name, variableRange: vr, r), r)
            }
            let jacobian = Expression.derivative(.jacobian, f, variable: name, variableRange: vr, r)
            if let entrywise = entrywiseDerivative(jacobian, of: f, by: variables[0], r) {
                return entrywise
            }
            return environment.layout == .numerator && !gradientLayout
                ? jacobian : .transpose(jacobian, r)
        case (2, 1), (2, 2):
            var names: [String] = []
            var vr = variables[0].range
            for v in variables {
                switch v {
                case .power(let base, .number(let k, _), _)
                where k == ExactNumber(2)! && variables.count == 1:
                    let (n, rr) = try variableName(base)
                    names += [n, n]
                    vr = rr
                case .transpose(let base, _) where variables.count == 2:
                    names.append(try variableName(base).0)
                default:
                    let (n, rr) = try variableName(v)
                    names.append(n)
                    vr = rr
                }
            }
            guard names.count == 2, names[0] == names[1] else {
                throw TexParseError(
                    "mixed second derivatives are not supported", at: variables[0].range.start)
            }
            guard environment.isScalar(f) == true else {
                throw TexParseError(
                    "a second derivative needs a scalar function", at: f.range.start)
            }
            return .derivative(.hessian, f, variable: names[0], variableRange: vr, r)
        default:
            throw TexParseError("the derivative's order and its variables do not match", at: start)
        }
    }

    /// `\partial f / \partial X`.
    mutating func parseInlineDerivative(start: Int) throws -> Expression {
        let f = try parseScripted()
        guard let slash = current, slash.isSymbol("/") else {
            throw TexParseError("a \\partial outside a derivative", at: start)
        }
        advance()
        guard let p = current, p.isCommand("partial") else {
            throw TexParseError("expected \\partial after '/'", at: here)
        }
        advance()
        let variable = try parseScripted()
        return try derivative(order: 1, of: f, by: [variable], start: start)
    }

    /// `\nabla_X f`, `\nabla^2_x f`, `\nabla_{z_2}^2 f`.
    mutating func parseNabla(start: Int) throws -> Expression {
        var order = 1
        var variable: Expression?
        while let t = current, t.kind == .superscriptMark || t.kind == .subscriptMark {
            advance()
            let scriptStart = here
            let script = try scriptTokens()
            if t.kind == .superscriptMark {
                guard script.count == 1, script[0].kind == .number("2") else {
                    throw TexParseError("only \\nabla and \\nabla^2 are supported", at: scriptStart)
                }
                order = 2
            } else {
                variable = try differentials(
                    [TexToken(.command("partial"), offset: scriptStart, end: scriptStart)] + script,
                    at: scriptStart
                ).first
            }
        }
        guard let variable else {
            throw TexParseError("\\nabla without its variable (write \\nabla_x f)", at: start)
        }
        let f = try parseScripted()
        return try derivative(
            order: order, of: f, by: order == 2 ? [variable, variable] : [variable], start: start,
            gradientLayout: true)
    }
}

extension TexToken.Kind {
    var isLetterD: Bool { self == .letter("d") }
}
