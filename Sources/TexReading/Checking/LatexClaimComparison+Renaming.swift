import ClaimLanguage

extension LatexClaimComparison {
    /// The most renamings tried for one piece of LaTeX.
    static let maximumRenamings = 512

    /// A renaming of the LaTeX's names to the claim's under which some `=` link of the
    /// Markdown `text` reads as `claim` (`[:]` when it reads so as written), or `nil`.
    ///
    /// Notes and the catalogue name one object differently (`z^l` is read as `z_l`, the
    /// catalogue writes `zl`; `J_\phi` is `J_φ`, the catalogue's `Jp`). A name the LaTeX
    /// uses that the claim's context does not know may be renamed to a name of the context
    /// with the same first letter: the LaTeX is read with the LaTeX name standing for the
    /// context's name (the same shape, or a definition `let z_l = zl`), the names of the
    /// reading are renamed, and the link must then print exactly as the claim (after the
    /// normalisation of ``markdown(_:readsAs:)``). The renaming is one-to-one on the names
    /// the link uses, so the two claims are equal up to a renaming of their symbols
    /// (alpha-equivalent), never merely similar.
    public func renaming(forMarkdown text: String, readsAs claim: Claim) -> [String: String]? {
        guard frontMatter.errors.isEmpty else { return nil }
        if markdown(text, readsAs: claim) { return [:] }
        let links = MarkdownScanner(text).spans.flatMap { EquationSplitter($0).links }
            .filter { !$0.lhs.isEmpty && !$0.rhs.isEmpty }
        guard !links.isEmpty else { return nil }
        var targets: [String: Declaration.Kind] = [:]
        for d in frontMatter.declarations {
            switch d.kind {
            case .matrix, .scalar, .function: targets[d.name] = d.kind
            default: break
            }
        }
        let defined = Set(frontMatter.definitions.map(\.name))
        let known = Set(frontMatter.declarations.map(\.name)).union(defined)
        let names = Self.latexNames(links, state: NoteState(frontMatter)).subtracting(known)
        let choices: [(name: String, targets: [String])] = names.sorted().compactMap { n in
            let ts = Set(targets.keys).union(defined).filter { $0.first == n.first }.sorted()
            return ts.isEmpty ? nil : (n, ts)
        }
        guard !choices.isEmpty else { return nil }
        let definitions = Dictionary(
            claim.definitions.map { ($0.name, $0.expression) },
            uniquingKeysWith: { _, last in last })
        func normal(_ e: Expression) -> String {
            ClaimPrinter.text(Self.normalized(e, definitions))
        }
        let (lhs, rhs) = (normal(claim.lhs), normal(claim.rhs))
        // Every assignment of a target (or none) to each name, in mixed radix.
        var digits = [Int](repeating: 0, count: choices.count)
        for _ in 0..<Self.maximumRenamings {
            var map: [String: String] = [:]
            for (k, choice) in choices.enumerated() where digits[k] > 0 {
                map[choice.name] = choice.targets[digits[k] - 1]
            }
            if !map.isEmpty, Set(map.values).count == map.count,
                let found = reads(links, renaming: map, as: (lhs, rhs), normal: normal)
            {
                return found
            }
            var k = 0
            while k < digits.count {
                digits[k] += 1
                if digits[k] <= choices[k].targets.count { break }
                digits[k] = 0
                k += 1
            }
            if k == digits.count { break }
        }
        return nil
    }

    /// Reads `links` with each renamed name standing for its target; the renaming (on the
    /// names the reading uses) when one link then prints as `sides`.
    func reads(
        _ links: [EquationLink], renaming map: [String: String],
        as sides: (lhs: String, rhs: String), normal: (Expression) -> String
    ) -> [String: String]? {
        var aliased = frontMatter
        let here = SourceRange(0, 1)
        for (name, target) in map.sorted(by: { $0.key < $1.key }) {
            if let d = frontMatter.declarations.first(where: { $0.name == target }) {
                aliased.declarations.append(Declaration(name: name, kind: d.kind, range: here))
            } else {
                aliased.definitions.append(
                    Definition(name: name, expression: .symbol(target, here), range: here))
            }
        }
        let state = NoteState(aliased)
        for link in links {
            var left = TexExpressionParser(
                tokens: link.lhs, environment: state.environment(IndexRegistry()), textEnd: 0)
            var right = TexExpressionParser(
                tokens: link.rhs, environment: state.environment(IndexRegistry()), textEnd: 0)
            guard var l = try? left.parseAll(), var r = try? right.parseAll() else { continue }
            // `A vec(dX) = B vec(dY)` is `A jac(X, Y) = B`, as `matcheck tex` reads it.
            if DifferentialReading.contains(l) || DifferentialReading.contains(r) {
                let env = state.environment(IndexRegistry())
                let read = DifferentialReading.claim(
                    l, r, isVector: { e in env.shape(e).map { $0.cols == .fixed(1) } ?? false },
                    isVariable: { env.knownNames.contains($0) })
                guard case .success(let pair) = read else { continue }
                (l, r) = pair
            }
            let used = NoteState.names(in: l).union(NoteState.names(in: r))
            let image = used.map { map[$0] ?? $0 }
            guard Set(image).count == used.count else { continue }
            let (a, b) = (normal(Self.renamed(l, map)), normal(Self.renamed(r, map)))
            if (a == sides.lhs && b == sides.rhs) || (a == sides.rhs && b == sides.lhs) {
                return map.filter { used.contains($0.key) }
            }
        }
        return nil
    }

    /// `e` with its symbols and derivative variables renamed by `map`.
    static func renamed(_ e: Expression, _ map: [String: String]) -> Expression {
        e.rewritten { node in
            switch node {
            case .symbol(let name, let r):
                return map[name].map { .symbol($0, r) }
            case .derivative(let op, let f, let v, let vr, let r):
                return .derivative(
                    op, renamed(f, map), variable: map[v] ?? v, variableRange: vr, r)
            case .userFunction(let name, let order, let argument, let r):
                return .userFunction(
                    name: map[name] ?? name, order: order, argument: renamed(argument, map), r)
            default:
                return nil
            }
        }
    }

    /// The names the reader gives to the letters of `links` (with their scripts):
    /// `z^l` → `z_l`, `J_\phi` → `J_φ`.
    static func latexNames(_ links: [EquationLink], state: NoteState) -> Set<String> {
        var names: Set<String> = []
        for link in links {
            let tokens = link.lhs + link.rhs
            var skipUntil = 0
            for (i, t) in tokens.enumerated() where i >= skipUntil {
                // The words of `\text{vec}`, `\operatorname{tr}` are not names.
                if case .command(let macro) = t.kind,
                    TexNames.wordMacros.contains(macro),
                    i + 1 < tokens.count, tokens[i + 1].kind == .openBrace
                {
                    skipUntil = EquationSplitter.skipGroup(tokens, from: i + 1)
                    continue
                }
                let base: String
                switch t.kind {
                case .letter(let c): base = String(c)
                case .command(let name):
                    guard let greek = TexNames.greek[name] else { continue }
                    base = String(greek)
                default: continue
                }
                var parser = TexExpressionParser(
                    tokens: Array(tokens[i...]), environment: state.environment(IndexRegistry()),
                    textEnd: 0)
                parser.advance()
                do {
                    let e = try parser.parseName(base, start: t.offset)
                    names.formUnion(NoteState.names(in: e))
                } catch let e as TexParseError {
                    // `f_l(…)` of an undeclared function: its name, for a renaming to one.
                    let undeclared = "(…) is a function the note does not declare"
                    if let end = e.message.range(of: undeclared) {
                        names.insert(String(e.message[..<end.lowerBound]))
                    }
                } catch {}
            }
        }
        return names
    }
}
