import ClaimLanguage

extension NoteState {
    /// The shapes a link writes as subscripts (`u_{o \times 1}`, `[…]_{m \times n}`): on a
    /// name the note neither declares nor defines, the first becomes a declaration for this
    /// link (``linkDeclarations``); the others are returned, to be checked as annotations.
    mutating func takeSubscriptShapes(
        _ shapes: ShapeSubscripts
    ) -> [(expression: Expression, space: [TexToken], offset: Int)] {
        var checks: [(expression: Expression, space: [TexToken], offset: Int)] = []
        for item in shapes.items {
            if case .symbol(let name, let range) = item.expression, declarations[name] == nil,
                !isDefined(name), !linkDeclarations.contains(where: { $0.name == name }),
                let (rows, cols) = try? NoteState.declaredDimensions(item.space)
            {
                let kind: Declaration.Kind =
                    rows == .fixed(1) && cols == .fixed(1)
                    ? .scalar : .matrix(rows: rows, cols: cols, symmetric: false)
                linkDeclarations.append(Declaration(name: name, kind: kind, range: range))
            } else {
                checks.append(item)
            }
        }
        return checks
    }
}
