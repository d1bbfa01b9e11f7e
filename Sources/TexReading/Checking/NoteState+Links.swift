import ClaimChecking
import ClaimLanguage

extension NoteState {
    /// `W \in \mathbb{R}^{n\times m}` outside an equation: declares `W`
    /// when the expression is a single name not yet declared or defined.
    mutating func declare(_ annotation: StatedShape, span: MathSpan) {
        var parser = TexExpressionParser(
            tokens: annotation.expression, environment: environment(IndexRegistry()),
            textEnd: annotation.offset)
        guard case .symbol(let name, let range)? = try? parser.parseAll(),
            !isDefined(name), name != "I"
        else { return }
        guard let (rows, cols) = try? NoteState.declaredDimensions(annotation.space) else { return }
        let kind: Declaration.Kind =
            rows == .fixed(1) && cols == .fixed(1)
            ? .scalar
            : .matrix(rows: rows, cols: cols, symmetric: false)
        add(Declaration(name: name, kind: kind, range: range))
        let shape = kind == .scalar ? "scalar" : "\(rows) x \(cols)"
        proseDeclarations.append((span.location(of: annotation.offset).line, name, shape))
    }

    /// The dimensions of `\mathbb{R}^{rows \times cols}` as declarable
    /// dimensions (a product such as `hd` becomes the single name `hd`).
    static func declaredDimensions(_ space: [TexToken]) throws -> (Dimension, Dimension) {
        let parts = try dimensionParts(space)
        func one(_ p: [TexToken]) throws -> Dimension {
            if p.count == 1, case .number(let d) = p[0].kind, let v = Int(d), v >= 1 {
                return .fixed(v)
            }
            guard let name = TexExpressionParser.nameFragment(p), let first = name.first,
                first.isLetter
            else {
                throw TexParseError(
                    "cannot read the dimension \(p.map(\.display).joined())",
                    at: p.first?.offset ?? 0)
            }
            return .variable(name)
        }
        switch parts.count {
        case 0: return (.fixed(1), .fixed(1))
        case 1: return (try one(parts[0]), .fixed(1))
        default: return (try one(parts[0]), try one(parts[1]))
        }
    }

    /// The exponent of `\mathbb{R}` split at `\times` (or `×`, `*`).
    static func dimensionParts(_ space: [TexToken]) throws -> [[TexToken]] {
        guard !space.isEmpty else { return [] }
        var parts: [[TexToken]] = [[]]
        for t in space {
            if t.isCommand("times") || t.kind == .other("×") || t.isSymbol("*") {
                parts.append([])
            } else {
                parts[parts.count - 1].append(t)
            }
        }
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else {
            throw TexParseError(
                "cannot read the space "
                    + "\\mathbb{R}^{\(space.map(\.display).joined(separator: " "))}",
                at: space[0].offset)
        }
        return parts
    }

    /// A dimension as an integer expression for `zeros(r, c)`: `hd` is `h*d`,
    /// `n_l` the dimension variable `n_l`.
    static func dimensionExpression(_ part: [TexToken]) throws -> Expression {
        let r = SourceRange(part.first?.offset ?? 0, part.last?.end ?? 1)
        if part.count == 1, case .number(let d) = part[0].kind, let v = Int(d), v >= 1,
            let n = ExactNumber(v)
        {
            return .number(n, r)
        }
        let letters = part.allSatisfy {
            if case .letter = $0.kind { return true } else { return false }
        }
        if letters, part.count > 1 {
            var product = Expression.symbol(part[0].display, r)
            for t in part.dropFirst() {
                product = .binary(.multiply, product, .symbol(t.display, r), r)
            }
            return product
        }
        guard let name = TexExpressionParser.nameFragment(part) else {
            throw TexParseError(
                "cannot read the dimension \(part.map(\.display).joined())", at: r.start)
        }
        return .symbol(name, r)
    }

    // MARK: Links

    /// A display that is a lone expression: a row starting with `=` after
    /// it continues it; one that does not parse ends the chain.
    mutating func continueFrom(_ tokens: [TexToken], span: MathSpan) {
        let indices = IndexRegistry()
        var parser = TexExpressionParser(
            tokens: tokens, environment: environment(indices), textEnd: span.text.count)
        previousSide = try? parser.parseAll()
        previousUnread = previousSide == nil
        previousIndices = indices.ranges
    }

    func notParsed(_ link: EquationLink, _ error: TexParseError, claim: String? = nil) -> LinkResult
    {
        let column = link.span.location(of: error.offset).column
        return LinkResult(
            line: link.line, link: link.link, latex: link.latex, claim: claim,
            verdict: .notParsed(error.message, column: column), report: nil)
    }

    /// Reads and checks one link.
    mutating func check(_ link: EquationLink, options: CheckOptions) -> LinkResult {
        let indices = IndexRegistry()
        let env = environment(indices)
        let rhsOffset = link.rhs.first?.offset ?? link.source.count
        var lhs: Expression
        if link.lhs.isEmpty {
            guard let previous = previousSide else {
                previousSide = nil
                let reason =
                    previousUnread
                    ? "the row continues the expression before it, which was not parsed"
                    : "the row starts with '=' but no expression comes before it"
                return notParsed(link, TexParseError(reason, at: rhsOffset))
            }
            lhs = previous
            for (name, upper) in previousIndices { indices.register(name, upper: upper, at: 0) }
        } else {
            linkDeclarations = []
            var parser = TexExpressionParser(tokens: link.lhs, environment: env, textEnd: rhsOffset)
            do {
                lhs = kroneckerReading(
                    try parser.parseAll(), tokens: link.lhs, environment: env, indices: indices,
                    textEnd: rhsOffset)
            } catch let e as TexParseError {
                previousSide = nil
                previousUnread = true
                return notParsed(link, e)
            } catch { return notParsed(link, TexParseError("\(error)", at: 0)) }
        }
        guard !link.rhs.isEmpty else {
            previousSide = nil
            previousUnread = true
            return notParsed(
                link, TexParseError("nothing on the right of '='", at: link.source.count))
        }
        var parser = TexExpressionParser(
            tokens: link.rhs, environment: env, textEnd: link.rhs.last!.end)
        var rhs: Expression
        do {
            rhs = kroneckerReading(
                try parser.parseAll(), tokens: link.rhs, environment: env, indices: indices,
                textEnd: link.rhs.last!.end)
        } catch let e as TexParseError {
            previousSide = nil
            previousUnread = true
            return notParsed(link, e)
        } catch { return notParsed(link, TexParseError("\(error)", at: 0)) }
        previousSide = rhs
        previousUnread = false
        previousIndices = indices.ranges
        if DifferentialReading.contains(lhs) || DifferentialReading.contains(rhs) {
            let env = environment(indices)
            let read = DifferentialReading.claim(
                lhs, rhs,
                isVector: { e in env.shape(e).map { $0.cols == .fixed(1) } ?? false },
                isVariable: { env.knownNames.contains($0) })
            switch read {
            case .success(let pair): (lhs, rhs) = pair
            case .failure(let e): return notParsed(link, e)
            }
        }

        let subscriptShapes = takeSubscriptShapes(env.shapeSubscripts)
        // `f'' = 0` written in the note: an assumption from here on.
        if case .number(let zero, _) = rhs, zero.numerator == 0,
            let (function, order) = NoteState.primedFunction(lhs),
            functions.contains(function)
        {
            assumptions.append(.derivativeVanishes(function: function, order: order))
            return LinkResult(
                line: link.line, link: link.link, latex: link.latex,
                claim: "\(function)\(String(repeating: "'", count: order)) = 0",
                verdict: .definition(
                    "assumes \(function)\(String(repeating: "'", count: order)) = 0 from here on"),
                report: nil)
        }
        // Definitions.
        if case .symbol(let name, let range) = lhs, link.startsEquation {
            if let existing = definitions.first(where: { $0.name == name }) {
                if NoteState.sameExpression(existing.expression, rhs) {
                    return LinkResult(
                        line: link.line, link: link.link, latex: link.latex,
                        claim: "let \(name) = \(ClaimPrinter.text(rhs))",
                        verdict: .definition("restates the definition of \(name)"), report: nil)
                }
            } else if case .number = rhs, name.count == 1 || name.hasPrefix("n_") {
                // `j = 1`, `L = 4`, `n_L = 1`: a value of an index or a size, not a definition.
                return LinkResult(
                    line: link.line, link: link.link, latex: link.latex, claim: nil,
                    verdict: .definition(
                        """
                            sets \(name) = \(ClaimPrinter.text(rhs)) (an index or a size), not \
                            recorded
                            """
                    ),
                    report: nil)
            } else if declarations[name] == nil, !NoteState.names(in: rhs).contains(name),
                name != "I"
            {
                guard indices.ranges.isEmpty else {
                    return notParsed(
                        link,
                        TexParseError(
                            "a definition with free indices "
                                + "(\(indices.ranges.map(\.name).joined(separator: ", "))) "
                                + "is not supported",
                            at: range.start))
                }
                definitions.append(Definition(name: name, expression: rhs, range: range))
                // A definition whose shapes clash is not taken (it would poison every later link).
                let symbol = Expression.symbol(name, range)
                if let rejected = definitionShapeError(symbol, indices: indices) {
                    definitions.removeLast()
                    return LinkResult(
                        line: link.line, link: link.link, latex: link.latex,
                        claim: "let \(name) = \(ClaimPrinter.text(rhs))",
                        verdict: .error(
                            "not taken as the definition of \(name): \(rejected.summary)"),
                        report: nil)
                }
                let how =
                    link.isDefinitionMark
                    ? "written as a definition" : "\(name) is neither declared nor defined before"
                var verdict = LinkVerdict.definition("defines \(name) (\(how))")
                for annotation in link.annotations {
                    if let erratum = shapeErratum(
                        annotation, lhs: lhs, rhs: rhs, link: link, indices: indices)
                    {
                        verdict = erratum
                        break
                    }
                }
                for shape in subscriptShapes {
                    let annotated =
                        NoteState.sameExpression(shape.expression, lhs) ? rhs : shape.expression
                    if case .definition = verdict,
                        let erratum = shapeErratum(
                            of: annotated, space: shape.space, offset: shape.offset, link: link,
                            indices: indices)
                    {
                        verdict = erratum
                    }
                }
                return LinkResult(
                    line: link.line, link: link.link, latex: link.latex,
                    claim: "let \(name) = \(ClaimPrinter.text(rhs))", verdict: verdict, report: nil)
            }
        }
        // A new name on the right (`\nabla^2_z J = Q`): the link names the left side.
        if case .symbol(let name, let range) = rhs, !isDefined(name), declarations[name] == nil,
            !NoteState.names(in: lhs).contains(name), name != "I", indices.ranges.isEmpty
        {
            definitions.append(Definition(name: name, expression: lhs, range: range))
            return LinkResult(
                line: link.line, link: link.link, latex: link.latex,
                claim: "let \(name) = \(ClaimPrinter.text(lhs))",
                verdict: .definition("defines \(name) (a new name on the right)"), report: nil)
        }
        let text = ClaimPrinter.claim(lhs, rhs)
        let claim = self.claim(lhs, rhs, indices: indices, source: link.source)
        let resolved: ResolvedClaim
        do { resolved = try claim.resolve() } catch let e as ClaimError {
            let verdict: LinkVerdict =
                isShapeErratum(e, claim)
                ? .refuted(nil, "shape erratum: \(e.message)") : .error(e.summary)
            return LinkResult(
                line: link.line, link: link.link, latex: link.latex, claim: text,
                verdict: verdict, report: nil)
        } catch {
            return LinkResult(
                line: link.line, link: link.link, latex: link.latex, claim: text,
                verdict: .error("\(error)"), report: nil)
        }
        // Shape annotations: a wrong one refutes the link as a shape erratum.
        for annotation in link.annotations {
            if let erratum = shapeErratum(
                annotation, lhs: lhs, rhs: rhs, link: link, indices: indices)
            {
                return LinkResult(
                    line: link.line, link: link.link, latex: link.latex, claim: text,
                    verdict: erratum, report: nil)
            }
        }
        for shape in subscriptShapes {
            if let erratum = shapeErratum(
                of: shape.expression, space: shape.space, offset: shape.offset, link: link,
                indices: indices)
            {
                return LinkResult(
                    line: link.line, link: link.link, latex: link.latex, claim: text,
                    verdict: erratum, report: nil)
            }
        }
        let report = ClaimChecker(options).check(resolved)
        let verdict: LinkVerdict
        switch report.verdict {
        case .proved: verdict = .proved
        case .holdsNumerically(let reason): verdict = .holdsNumerically(reason)
        case .refuted(let c):
            let free = undeclaredNames(claim)
            verdict =
                free.isEmpty
                ? .refuted(c, c.description)
                : .inconclusive(
                    "false for arbitrary \(free.joined(separator: ", ")), which the note "
                        + "neither declares nor defines; declare or define "
                        + "\(free.count == 1 ? "it" : "them") to decide (counterexample: \(c))"
                )
        case .inconclusive(let reason): verdict = .inconclusive(reason)
        }
        return LinkResult(
            line: link.line, link: link.link, latex: link.latex, claim: text, verdict: verdict,
            report: report)
    }

    /// Checks `expr \in \mathbb{R}^{r \times c}` by shape inference:
    /// `nil` when it holds, a refutation (shape erratum) or a parse error otherwise.
    func shapeErratum(
        _ annotation: StatedShape, lhs: Expression, rhs: Expression, link: EquationLink,
        indices: IndexRegistry
    ) -> LinkVerdict? {
        let annotated: Expression
        var parser = TexExpressionParser(
            tokens: annotation.expression, environment: environment(indices),
            textEnd: annotation.offset)
        do {
            annotated = annotation.expression.isEmpty ? rhs : try parser.parseAll()
        } catch let e as TexParseError {
            return .notParsed(
                "shape annotation: " + e.message, column: link.span.location(of: e.offset).column)
        } catch {
            return .error("\(error)")
        }
        return shapeErratum(
            of: annotated, space: annotation.space, offset: annotation.offset, link: link,
            indices: indices)
    }

    /// Checks that `annotated` has the shape `space` (`n \times 1`) by shape inference.
    func shapeErratum(
        of annotated: Expression, space: [TexToken], offset: Int, link: EquationLink,
        indices: IndexRegistry
    ) -> LinkVerdict? {
        do {
            let parts = try NoteState.dimensionParts(space)
            let r = SourceRange(offset, offset + 1)
            let one = Expression.number(ExactNumber(1)!, r)
            let rows = parts.count > 0 ? try NoteState.dimensionExpression(parts[0]) : one
            let cols = parts.count > 1 ? try NoteState.dimensionExpression(parts[1]) : one
            let stated = Expression.call(.zeros, [rows, cols], r)
            do {
                _ = try claim(annotated, stated, indices: indices, source: link.source).resolve()
                return nil
            } catch let e as ClaimError
                where isShapeErratum(e, claim(annotated, stated, indices: indices, source: ""))
            {
                let space = space.map(\.display).joined(separator: " ")
                return .refuted(
                    nil,
                    """
                        shape erratum: \(ClaimPrinter.text(annotated)) ∈ ℝ^{\(space)} is wrong: \
                        \(e.message)
                        """
                )
            } catch let e as ClaimError {
                return .error(e.summary)
            }
        } catch let e as TexParseError {
            return .notParsed(
                "shape annotation: " + e.message, column: link.span.location(of: e.offset).column)
        } catch {
            return .error("\(error)")
        }
    }
}

extension NoteState {
    /// Whether a shape error is a fact about the note: every symbol of the
    /// claim has a declared shape (none inferred) and the error is a
    /// mismatch, not a shape that could not be inferred.
    func isShapeErratum(_ error: ClaimError, _ claim: Claim) -> Bool {
        guard error.kind == .shape, !error.message.hasPrefix("cannot infer") else { return false }
        // A derivative by a matrix may be the note's vec convention (∇_W J as an mn-vector).
        let byMatrix = ([claim.lhs, claim.rhs] + claim.definitions.map(\.expression)).contains {
            e in
            NoteState.derivativeVariables(in: e).contains { v in
                // A defined variable (`z = W a + b`) has the shape of its definition.
                guard let (r, c) = shape(of: .symbol(v, SourceRange(0, 1))) else { return true }
                return r != .fixed(1) && c != .fixed(1)
            }
        }
        // The vec convention shows as a product dimension (m·n) on one side: a `·` between
        // two factors of a dimension, not the `·` between the shapes of two operands.
        let message = Array(error.message)
        let productDimension = message.indices.contains { k in
            message[k] == "·" && k > 0 && k + 1 < message.count
                && (message[k - 1].isLetter || message[k - 1].isNumber)
                && (message[k + 1].isLetter || message[k + 1].isNumber)
        }
        if byMatrix && productDimension { return false }
        var names = NoteState.names(in: claim.lhs).union(NoteState.names(in: claim.rhs))
        for d in claim.definitions { names.formUnion(NoteState.names(in: d.expression)) }
        let defined = Set(claim.definitions.map(\.name))
        let declared = Set(claim.declarations.map(\.name))
        let dimensionNames = Set(
            (claim.declarations + declarations.values).flatMap { d -> [String] in
                if case .matrix(.variable(let r), .variable(let c), _) = d.kind { return [r, c] }
                if case .matrix(.variable(let r), _, _) = d.kind { return [r] }
                if case .matrix(_, .variable(let c), _) = d.kind { return [c] }
                if case .index(.variable(let u)) = d.kind { return [u] }
                return []
            })
        return names.allSatisfy {
            declared.contains($0) || defined.contains($0) || dimensionNames.contains($0)
        }
    }
}

extension NoteState {
    /// The variables of every derivative in `e`.
    static func derivativeVariables(in e: Expression) -> Set<String> {
        var out: Set<String> = []
        func walk(_ e: Expression) {
            if case .derivative(_, _, let v, _, _) = e { out.insert(v) }
            e.children.forEach(walk)
        }
        walk(e)
        return out
    }

    /// The symbols of a claim that are neither declared nor defined (their
    /// shapes were inferred), sorted; dimension variables and indices excluded.
    func undeclaredNames(_ claim: Claim) -> [String] {
        var names = NoteState.names(in: claim.lhs).union(NoteState.names(in: claim.rhs))
        for d in claim.definitions { names.formUnion(NoteState.names(in: d.expression)) }
        let known = Set(claim.declarations.map(\.name)).union(claim.definitions.map(\.name))
            .subtracting(linkDeclarations.map(\.name))
        var dimensions: Set<String> = []
        for d in claim.declarations + declarations.values {
            switch d.kind {
            case .matrix(let r, let c, _):
                for x in [r, c] { if case .variable(let v) = x { dimensions.insert(v) } }
            case .index(let u):
                if case .variable(let v) = u { dimensions.insert(v) }
            default: break
            }
        }
        // Names used as sizes (`eye(n)`, `ones(n)`) or exponents (`c^n`) are dimension variables.
        func sizes(_ e: Expression) {
            switch e {
            case .call(.eye, let args, _), .call(.ones, let args, _), .call(.zeros, let args, _):
                for a in args { dimensions.formUnion(NoteState.names(in: a)) }
            case .power(_, let exponent, _):
                dimensions.formUnion(NoteState.names(in: exponent))
            default: break
            }
            e.children.forEach(sizes)
        }
        ([claim.lhs, claim.rhs] + claim.definitions.map(\.expression)).forEach(sizes)
        return names.subtracting(known).subtracting(dimensions).sorted()
    }
}

extension NoteState {
    /// `f''` read as the name `f` transposed twice: the function and the order.
    static func primedFunction(_ e: Expression) -> (String, Int)? {
        var order = 0
        var e = e
        while case .transpose(let inner, _) = e {
            order += 1
            e = inner
        }
        guard order > 0, case .symbol(let name, _) = e else { return nil }
        return (name, order)
    }
}

extension NoteState {
    /// The shape error of a new definition, if its shapes clash (an unknown
    /// shape is not a clash: later declarations may settle it).
    func definitionShapeError(_ symbol: Expression, indices: IndexRegistry) -> ClaimError? {
        do {
            _ = try claim(symbol, symbol, indices: indices, source: "").resolve()
            return nil
        } catch let e as ClaimError {
            return e.kind == .shape && !e.message.hasPrefix("cannot infer") ? e : nil
        } catch {
            return nil
        }
    }
}
