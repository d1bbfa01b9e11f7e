import ClaimLanguage

/// Whether a line of LaTeX, read by `matcheck tex`, states a given claim: the
/// cross-check of the catalogue's hand-written steps against their verbatim LaTeX.
///
/// The LaTeX is read with the claim's declarations and definitions as front matter;
/// some `=` link of it must print, after normalisation, exactly as the claim
/// (`lhs == rhs`, or the two sides swapped). Normalisation writes `kron(A, B)` as
/// `A ⊗ B` and replaces `let` names by what they stand for, so that a claim spelled
/// out and a note that names its terms compare. It is a syntactic comparison: two
/// different spellings of one identity do not match.
public struct LatexClaimComparison: Sendable {
    /// The front matter the LaTeX is read with.
    let frontMatter: FrontMatter

    /// A comparison that reads LaTeX with `declarations` (`where` syntax, assumptions
    /// such as `f'' = 0` included) and `definitions` (`let` bindings, in order).
    public init(declarations: [String], definitions: [(name: String, expression: String)]) {
        var lines = definitions.map { "let \($0.name) = \($0.expression)" }
        if !declarations.isEmpty {
            lines.insert("where " + declarations.joined(separator: ", "), at: 0)
        }
        frontMatter = FrontMatter([
            FrontMatterBlock(text: lines.joined(separator: "\n"), firstLine: 1)
        ])
    }

    /// Whether some link of the display `latex` reads as `claim`. False when the front
    /// matter has errors, or no link reads.
    public func latex(_ latex: String, readsAs claim: Claim) -> Bool {
        markdown("$$" + latex + "$$", readsAs: claim)
    }

    /// Whether some link of some formula of the Markdown `text` (a line quoted from a
    /// note, with its `$…$`) reads as `claim`.
    public func markdown(_ text: String, readsAs claim: Claim) -> Bool {
        guard frontMatter.errors.isEmpty else { return false }
        let spans = MarkdownScanner(text).spans
        let definitions = Dictionary(
            claim.definitions.map { ($0.name, $0.expression) },
            uniquingKeysWith: { _, last in last })
        func normal(_ e: Expression) -> String {
            ClaimPrinter.text(Self.normalized(e, definitions))
        }
        let (lhs, rhs) = (normal(claim.lhs), normal(claim.rhs))
        let state = NoteState(frontMatter)
        for span in spans {
            for link in EquationSplitter(span).links where !link.lhs.isEmpty {
                var left = TexExpressionParser(
                    tokens: link.lhs, environment: state.environment(IndexRegistry()), textEnd: 0)
                var right = TexExpressionParser(
                    tokens: link.rhs, environment: state.environment(IndexRegistry()), textEnd: 0)
                guard let l = try? left.parseAll(), let r = try? right.parseAll() else { continue }
                let (a, b) = (normal(l), normal(r))
                if (a == lhs && b == rhs) || (a == rhs && b == lhs) { return true }
            }
        }
        return false
    }

    /// `kron(A, B)` as `A ⊗ B`, and `let` names replaced by what they stand for.
    static func normalized(
        _ e: Expression, _ definitions: [String: Expression], depth: Int = 0
    ) -> Expression {
        guard depth < 50 else { return e }
        func n(_ x: Expression) -> Expression { normalized(x, definitions, depth: depth + 1) }
        switch e {
        case .symbol(let name, _): return definitions[name].map(n) ?? e
        case .call(.kron, let args, let r) where args.count == 2:
            return .binary(.kronecker, n(args[0]), n(args[1]), r)
        case .call(let f, let args, let r): return .call(f, args.map(n), r)
        case .negation(let x, let r): return .negation(n(x), r)
        case .transpose(let x, let r): return .transpose(n(x), r)
        case .binary(let op, let a, let b, let r): return .binary(op, n(a), n(b), r)
        case .power(let a, let b, let r): return .power(n(a), n(b), r)
        case .userFunction(let name, let order, let a, let r):
            return .userFunction(name: name, order: order, argument: n(a), r)
        case .derivative(let op, let f, let v, let vr, let r):
            return .derivative(op, n(f), variable: v, variableRange: vr, r)
        case .entry(let b, let i, let r): return .entry(n(b), i, r)
        case .indexSum(let k, let kr, let b, let r):
            return .indexSum(index: k, indexRange: kr, body: n(b), r)
        case .matrix(let rows, let r): return .matrix(rows.map { $0.map(n) }, r)
        case .number: return e
        }
    }
}
