import ClaimChecking
import ClaimLanguage

// Shape annotations and shape errors: when a shape error is a fact about the note.

extension NoteState {
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
