/// Splits a display into rows and its rows into `=` links.
///
/// - Rows: inside `aligned`, `align`, `split`, `gather` (starred or not),
///   every `\\` ends a row; a row is located by the line of its `&`.
/// - Equations: separated at the top level (outside braces, parentheses,
///   brackets and `\left…\right`) by `,`, `;`, `\quad`, `\qquad`, `\therefore`,
///   `\because` and prose `\text{…}`; a trailing circled label
///   (`\dots \textcircled{3}`) is dropped.
/// - Links: every top-level `=` (also `:=`, `\coloneqq`, `\triangleq`,
///   `\equiv`, written definitions) is the next link; other relations
///   (`\approx`, `\le`, `\in`, …) separate sides without being links. An
///   `=` inside a subscript, superscript or `\text{}` is inside braces and
///   so is never a link.
/// - `expr \in \mathbb{R}^{…}` is a shape annotation of `expr`.
public struct EquationSplitter {
    /// The links, in order.
    public private(set) var links: [EquationLink] = []
    /// Annotations outside any `=` equation (`W \in \mathbb{R}^{n\times m}`):
    /// prose declarations when the expression is a name.
    public private(set) var declarations: [StatedShape] = []
    /// A display that is one expression and no equation (`$$\nabla_x f$$`):
    /// its tokens, so that a following display starting with `=` continues it.
    public private(set) var standalone: [TexToken]?
    /// The math text the token offsets refer to.
    public let source: String

    static let environments: Set<String> = [
        "aligned", "align", "align*", "split", "gather", "gather*", "gathered", "eqnarray",
        "eqnarray*",
        "alignat", "alignat*", "alignedat", "equation", "equation*", "multline", "multline*",
    ]
    static let definitionRelations: Set<String> = [
        "coloneqq", "triangleq", "equiv", "doteq", "eqqcolon",
    ]

    /// The characters of ``source``.
    let characters: [Character]
    /// Links emitted so far on each line.
    var linksOnLine: [Int: Int] = [:]

    /// Splits `span`.
    /// - Complexity: O(n) in the length of the math.
    public init(_ span: MathSpan) {
        source = span.text
        characters = Array(span.text)
        let tokens = TexTokenizer.tokens(span.text)
        for row in EquationSplitter.rows(tokens) {
            let line: Int
            if let amp = row.first(where: { $0.isSymbol("&") }) {
                line = span.location(of: amp.offset).line
            } else if row.count < tokens.count, let first = row.first {
                line = span.location(of: first.offset).line
            } else {
                line = span.line
            }
            split(row: EquationSplitter.clean(row), line: line, span: span)
        }
        if span.kind != .inline, links.isEmpty, declarations.isEmpty,
            !tokens.contains(where: {
                $0.isCommand("times") || $0.isSymbol(",") || $0.isCommand("quad")
                    || $0.isCommand("qquad")
                    || $0.isCommand("in")
                    || TexNames.relations.contains($0.display.dropFirst().description)
            })
        {
            standalone = EquationSplitter.clean(tokens)
        }
    }

    /// One equation's sides and the relations between them.
    struct Equation {
        var sides: [[TexToken]] = [[]]
        /// Relation between side k and k+1: `=`, `:=` (definition), or another.
        var relations: [(kind: Relation, offset: Int)] = []
        var annotations: [Int: [StatedShape]] = [:]
    }

    enum Relation { case equals, definition, other }

    /// A row that is one expression and no equation (`a \\ &= b`): the left
    /// side of the next row when that row starts with `=`.
    var pendingSide: [TexToken]?

    mutating func split(row: [TexToken], line: Int, span: MathSpan) {
        var equations: [Equation] = [Equation()]
        defer { if !(equations.count == 1 && equations[0].relations.isEmpty) { pendingSide = nil } }
        var depth = 0
        var i = 0
        func append(_ t: TexToken) {
            equations[equations.count - 1].sides[equations[equations.count - 1].sides.count - 1]
                .append(t)
        }
        while i < row.count {
            let t = row[i]
            switch t.kind {
            case .openBrace, .symbol("("), .symbol("["), .command("left"), .command("begin"):
                depth += 1
            case .closeBrace, .symbol(")"), .symbol("]"), .command("right"), .command("end"):
                depth = Swift.max(0, depth - 1)
            default: break
            }
            guard depth == 0 else {
                append(t)
                i += 1
                continue
            }
            if t.isSymbol(",") || t.isSymbol(";") || t.isCommand("quad") || t.isCommand("qquad")
                || t.isCommand("therefore") || t.isCommand("because")
                || t.isCommand("text") && EquationSplitter.isProse(row, at: i)
            {
                if t.isCommand("text") {
                    i = EquationSplitter.skipGroup(row, from: i + 1)
                } else {
                    i += 1
                }
                equations.append(Equation())
                continue
            }
            if t.isSymbol(":"), i + 1 < row.count, row[i + 1].isSymbol("=") {
                equations[equations.count - 1].relations.append((.definition, t.offset))
                equations[equations.count - 1].sides.append([])
                i += 2
                continue
            }
            if t.isSymbol("=") {
                equations[equations.count - 1].relations.append((.equals, t.offset))
                equations[equations.count - 1].sides.append([])
                i += 1
                continue
            }
            if t.isCommand("in"), let (space, next) = EquationSplitter.realSpace(row, after: i) {
                let e = equations.count - 1
                let side = equations[e].sides.count - 1
                equations[e].annotations[side, default: []].append(
                    StatedShape(
                        expression: equations[e].sides[side], space: space, offset: t.offset))
                i = next
                continue
            }
            if case .command(let name) = t.kind,
                TexNames.relations.contains(name)
                    || EquationSplitter.definitionRelations.contains(name)
            {
                let kind: Relation =
                    EquationSplitter.definitionRelations.contains(name) ? .definition : .other
                equations[equations.count - 1].relations.append((kind, t.offset))
                equations[equations.count - 1].sides.append([])
                i += 1
                // `\xrightarrow[below]{above}`: the labels belong to the arrow.
                if name.hasPrefix("x") {
                    if i < row.count, row[i].isSymbol("[") {
                        while i < row.count, !row[i].isSymbol("]") { i += 1 }
                        i += 1
                    }
                    if i < row.count, row[i].kind == .openBrace {
                        i = EquationSplitter.skipGroup(row, from: i)
                    }
                }
                continue
            }
            if t.isSymbol("<") || t.isSymbol(">") {
                equations[equations.count - 1].relations.append((.other, t.offset))
                equations[equations.count - 1].sides.append([])
                i += 1
                continue
            }
            append(t)
            i += 1
        }
        if equations.count == 1, equations[0].relations.isEmpty, equations[0].annotations.isEmpty,
            !equations[0].sides[0].isEmpty
        {
            pendingSide = equations[0].sides[0]
            return
        }
        if let pending = pendingSide, equations[0].sides[0].isEmpty,
            equations[0].relations.first?.kind == .equals
        {
            equations[0].sides[0] = pending
        }
        pendingSide = nil
        emit(equations, line: line, span: span)
    }

    /// Numbers the links after `count` earlier links on the same line (a
    /// second inline formula on a line continues the first one's count).
    mutating func renumber(from count: Int) {
        links = links.map {
            EquationLink(
                line: $0.line, link: $0.link + count, lhs: $0.lhs, rhs: $0.rhs,
                annotations: $0.annotations,
                isDefinitionMark: $0.isDefinitionMark, startsEquation: $0.startsEquation,
                latex: $0.latex, source: $0.source, span: $0.span)
        }
    }

    /// `\mathbb{R}^{…}` (or `\mathbb R`, `\R`) after `\in` at `index`: the
    /// exponent's tokens and the index after it.
    static func realSpace(_ row: [TexToken], after index: Int) -> ([TexToken], Int)? {
        var i = index + 1
        guard i < row.count else { return nil }
        if row[i].isCommand("mathbb") || row[i].isCommand("mathbf") {
            i += 1
            if i + 2 < row.count, row[i].kind == .openBrace, row[i + 1].kind == .letter("R"),
                row[i + 2].kind == .closeBrace
            {
                i += 3
            } else if i < row.count, row[i].kind == .letter("R") {
                i += 1
            } else {
                return nil
            }
        } else if row[i].isCommand("R") || row[i].isCommand("Re") || row[i].kind == .other("ℝ") {
            i += 1
        } else {
            return nil
        }
        guard i < row.count, row[i].kind == .superscriptMark else { return ([], i) }
        i += 1
        guard i < row.count else { return nil }
        if row[i].kind == .openBrace {
            let end = skipGroup(row, from: i)
            return (Array(row[(i + 1)..<(end - 1)]), end)
        }
        return ([row[i]], i + 1)
    }

    mutating func emit(_ equations: [Equation], line: Int, span: MathSpan) {
        var link = linksOnLine[line, default: 0]
        defer { linksOnLine[line] = link }
        var pendingNames: [[TexToken]] = []
        for equation in equations {
            if equation.relations.isEmpty {
                let side = equation.sides[0]
                if let notes = equation.annotations[0] {
                    for a in notes {
                        declarations.append(a)
                        for name in pendingNames {
                            declarations.append(
                                StatedShape(expression: name, space: a.space, offset: a.offset))
                        }
                    }
                    pendingNames = []
                } else if side.count <= 4, !side.isEmpty {
                    pendingNames.append(side)
                } else {
                    pendingNames = []
                }
                continue
            }
            pendingNames = []
            for (k, relation) in equation.relations.enumerated() {
                guard relation.kind != .other else { continue }
                link += 1
                let lhs = equation.sides[k]
                let rhs = equation.sides[k + 1]
                var annotations = equation.annotations[k + 1] ?? []
                if k == 0 { annotations += equation.annotations[0] ?? [] }
                let start = lhs.first?.offset ?? relation.offset
                let end = rhs.last?.end ?? (relation.offset + 1)
                let latex = String(
                    characters[
                        Swift.min(start, characters.count)..<Swift.min(end, characters.count)])
                links.append(
                    EquationLink(
                        line: line, link: link, lhs: lhs, rhs: rhs, annotations: annotations,
                        isDefinitionMark: relation.kind == .definition,
                        startsEquation: (k == 0 || equation.relations[k - 1].kind == .other)
                            && !lhs.isEmpty,
                        latex: latex, source: source, span: span))
            }
        }
    }
}
