import ClaimChecking
import ClaimLanguage

// Shapes the note declares in prose (`W \in \mathbb{R}^{n\times m}`) and their dimensions.

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
}
