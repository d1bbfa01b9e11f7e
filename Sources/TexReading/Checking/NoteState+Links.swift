import ClaimChecking
import ClaimLanguage

// Reading and checking one equation link.

extension NoteState {
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
                // Indices bound by a sum are the definition's own; free ones are not supported.
                let free = NoteState.freeIndices(
                    in: rhs, among: Set(indices.ranges.map(\.name)))
                guard free.isEmpty else {
                    let names = indices.ranges.map(\.name).filter { free.contains($0) }
                    return notParsed(
                        link,
                        TexParseError(
                            "a definition with free indices "
                                + "(\(names.joined(separator: ", "))) is not supported",
                            at: range.start))
                }
                let used = NoteState.names(in: rhs)
                let bound = indices.ranges.filter { used.contains($0.name) }
                definitions.append(Definition(name: name, expression: rhs, range: range))
                if !bound.isEmpty { boundIndices[name] = bound }
                // A definition whose shapes clash is not taken (it would poison every later link).
                let symbol = Expression.symbol(name, range)
                if let rejected = definitionShapeError(symbol, indices: IndexRegistry()) {
                    definitions.removeLast()
                    boundIndices[name] = nil
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
}
