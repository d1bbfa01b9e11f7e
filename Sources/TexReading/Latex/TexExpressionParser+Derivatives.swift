import ClaimLanguage

// Derivatives: \frac{\partial f}{\partial x}, \partial_x f, \nabla_x f and their layouts.

extension TexExpressionParser {
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
