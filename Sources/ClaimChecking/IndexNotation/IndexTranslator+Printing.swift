import SymbolicAlgebra
/// Plain-text and LaTeX rendering of index forms: free indices `i, j, k, …`
/// by position, summed indices `a, b, c, …`; `Σ_{a,b} A[i,a] B[a,b]`,
/// `δ[i,j]`, opaque atoms `u1[i]` listed with their definitions.
extension IndexTranslator {
    package static let freeLetters = ["i", "j", "k", "l", "p", "q", "r", "s", "t"]
    package static let boundLetters = ["a", "b", "c", "d", "e", "g", "h", "u", "v", "w"]

    package static func letter(_ n: Int, from letters: [String]) -> String {
        n < letters.count ? letters[n] : "\(letters[n % letters.count])\(n / letters.count)"
    }

    /// A tensor's terms, summed indices named in order of appearance.
    package func render(_ t: IndexedTensor, latex: Bool) -> String {
        var names: [Int: String] = [:]
        for (position, index) in t.free.enumerated() {
            names[index.id] = IndexTranslator.letter(position, from: IndexTranslator.freeLetters)
        }
        if t.terms.isEmpty { return "0" }
        return t.terms.map { render($0, coefficient: $0.scalar, names: names, latex: latex) }
            .joined(separator: " + ").replacingOccurrences(of: "+ -", with: "- ")
    }

    /// A normal form, terms in key order, factors sorted by name.
    package func render(_ form: IndexNormalForm, latex: Bool) -> String {
        if form.entries.isEmpty { return "0" }
        var freeNames: [Int: String] = [:]
        return form.entries.keys.sorted().compactMap { key -> String? in
            guard let entry = form.entries[key] else { return nil }
            freeNames = [:]
            for (id, name) in entry.names where name.hasPrefix("f") {
                if let n = Int(name.dropFirst()) {
                    freeNames[id] = IndexTranslator.letter(n, from: IndexTranslator.freeLetters)
                }
            }
            var term = entry.term
            func sortKey(_ g: IndexGroup) -> String {
                g.value.description + "|"
                    + g.indices.map { freeNames[$0.id] ?? "~" }.joined(separator: ",")
            }
            term.groups.sort { sortKey($0) < sortKey($1) }
            return render(term, coefficient: entry.coefficient, names: freeNames, latex: latex)
        }.joined(separator: " + ").replacingOccurrences(of: "+ -", with: "- ")
    }

    /// One term; summed indices are named `a, b, …` in order of first appearance.
    package func render(
        _ term: IndexMonomial, coefficient: Symbolic, names freeNames: [Int: String], latex: Bool
    ) -> String {
        var names = freeNames
        let bound = Set(term.bound.map(\.id))
        var rank = 0
        for i in term.groups.flatMap(\.indices) + term.deltas.flatMap({ [$0.first, $0.second] })
        where bound.contains(i.id) && names[i.id] == nil {
            names[i.id] = IndexTranslator.letter(rank, from: IndexTranslator.boundLetters)
            rank += 1
        }
        var term = term
        term.bound.sort { (names[$0.id] ?? "") < (names[$1.id] ?? "") }
        func n(_ i: TensorIndex) -> String { names[i.id] ?? "?" }
        var factors: [String] = []
        for g in term.groups {
            let indexText = g.indices.map(n).joined(separator: latex ? "" : ",")
            let name = g.value.singleVariableName
            let body = readable(latex ? g.value.latex : g.value.description, latex: latex)
            if latex {
                factors.append(
                    name != nil ? "\(body)_{\(indexText)}" : "\\left(\(body)\\right)_{\(indexText)}"
                )
            } else {
                factors.append(name != nil ? "\(body)[\(indexText)]" : "(\(body))[\(indexText)]")
            }
        }
        for d in term.deltas {
            factors.append(
                latex ? "\\delta_{\(n(d.first))\(n(d.second))}" : "δ[\(n(d.first)),\(n(d.second))]")
        }
        let coefficientText = readable(
            latex ? coefficient.latex : coefficient.description, latex: latex)
        var text = factors.joined(separator: latex ? " " : "·")
        let negated = !text.isEmpty && (-coefficient).isOne
        if negated {
            text = "-" + text
        } else if !coefficient.isOne || text.isEmpty {
            let wrapped =
                coefficient.numerator.terms.count > 1 || !coefficient.denominator.isOne
                ? (latex ? "\\left(\(coefficientText)\\right)" : "(\(coefficientText))")
                : coefficientText
            text = text.isEmpty ? wrapped : wrapped + (latex ? " " : "·") + text
        }
        if !term.bound.isEmpty {
            let sums = term.bound.map(n).joined(separator: ",")
            let body = negated ? String(text.dropFirst()) : text
            let latexSums = term.bound.map { "\\sum_{\(n($0))=1}^{\($0.dimension)}" }.joined(
                separator: " ")
            text = (negated ? "-" : "") + (latex ? "\(latexSums) \(body)" : "Σ_{\(sums)} \(body)")
        }
        return text
    }

    /// Internal variable names made readable: `#n` → `n`; opaque atoms
    /// `inv(X)`, `det(X)` for a plain symbol `X`, else `u1`, `u2`, ….
    package func readable(_ text: String, latex: Bool) -> String {
        var result = text.replacingOccurrences(of: "#", with: "")
        guard result.contains("@") else { return result }
        for name in opaqueOrder.sorted(by: { $0.count > $1.count }) {
            result = result.replacingOccurrences(
                of: name, with: displayName(of: name, latex: latex))
        }
        return result
    }

    /// The printed name of an opaque atom.
    package func displayName(of name: String, latex: Bool) -> String {
        let number = String(name.dropFirst())
        switch pointwise[name] {
        case .inverse(_, let symbol?):
            return latex ? "{\(symbol)^{-1}}" : "inv(\(symbol))"
        case .determinant(let a, _):
            if let symbol = IndexTranslator.plainSymbol(a) {
                return latex ? "\\det \(symbol)" : "det(\(symbol))"
            }
            return latex ? "{u_{\(number)}}" : "u\(number)"
        default:
            return latex ? "{u_{\(number)}}" : "u\(number)"
        }
    }

    /// `u3[i] = …` for every opaque atom, in order of creation.
    package func opaqueDefinitions(latex: Bool) -> [String] {
        opaqueOrder.compactMap { name -> String? in
            let shown = readable(name, latex: latex)
            switch pointwise[name] {
            case .value(let t):
                return "\(shown) = \(render(t, latex: latex))"
            case .inverse(_, _?):
                return nil
            case .determinant(let t, _) where IndexTranslator.plainSymbol(t) != nil:
                return nil
            case .inverse(let t, _):
                return latex
                    ? "\(shown) = \\left(\(render(t, latex: true))\\right)^{-1}"
                    : "\(shown) = inv of \(render(t, latex: false))"
            case .determinant(let t, _):
                return latex
                    ? "\(shown) = \\det\\left(\(render(t, latex: true))\\right)"
                    : "\(shown) = det of \(render(t, latex: false))"
            default:
                return nil
            }
        }
    }
}
