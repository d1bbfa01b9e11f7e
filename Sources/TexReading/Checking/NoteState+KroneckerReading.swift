import ClaimLanguage

extension NoteState {
    /// A side with `\otimes` read the other way (``TexExpressionParser/kroneckerLoose``:
    /// `CD \otimes DC` as `(CD) ⊗ (DC)`) when only that reading has matching shapes;
    /// otherwise `side` as read.
    func kroneckerReading(
        _ side: Expression, tokens: [TexToken], environment: TexEnvironment,
        indices: IndexRegistry, textEnd: Int
    ) -> Expression {
        guard NoteState.containsKronecker(side), !resolves(side, indices) else { return side }
        var other = environment
        other.shapeSubscripts = ShapeSubscripts()
        var parser = TexExpressionParser(tokens: tokens, environment: other, textEnd: textEnd)
        parser.kroneckerLoose = true
        guard let reread = try? parser.parseAll(), resolves(reread, indices) else { return side }
        return reread
    }

    /// Whether the shapes of `e` can be inferred and agree.
    func resolves(_ e: Expression, _ indices: IndexRegistry) -> Bool {
        (try? claim(e, e, indices: indices, source: "").resolve()) != nil
    }

    static func containsKronecker(_ e: Expression) -> Bool {
        if case .binary(.kronecker, _, _, _) = e { return true }
        return e.children.contains(where: containsKronecker)
    }
}
