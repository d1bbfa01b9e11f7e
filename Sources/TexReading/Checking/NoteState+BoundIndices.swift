import ClaimLanguage

// Definitions with indices bound by a sum: `E = \frac{1}{2} \sum_{j=1}^{h} (y_j - t_j)^2` is
// `let E = 1/2 * sum(j, (y[j] - t[j])^2)`, and every claim that uses `E` declares `j`.

extension NoteState {
    /// The indices of `registered` that `e` uses outside every sum that binds them:
    /// `j` in `W_{jk}`, none in `\sum_j y_j`.
    static func freeIndices(in e: Expression, among registered: Set<String>) -> Set<String> {
        var free: Set<String> = []
        func walk(_ e: Expression, _ bound: Set<String>) {
            switch e {
            case .indexSum(let k, _, let body, _):
                walk(body, bound.union([k]))
            case .symbol(let name, _):
                if registered.contains(name) && !bound.contains(name) { free.insert(name) }
            default:
                for child in e.children { walk(child, bound) }
            }
        }
        walk(e, [])
        return free
    }

    /// The definitions, each with the indices it binds added to `ranges` (the claim's index
    /// declarations). A bound index whose name the claim already uses otherwise — a free index
    /// over another range, a symbol, another definition's index over another range — is
    /// renamed inside its definition (`j` → `j_2`), which leaves the definition's value as it
    /// is: a bound index is a dummy.
    func bindingIndices(
        of used: [Definition], into ranges: inout [(name: String, upper: Dimension)],
        taken: Set<String>
    ) -> [Definition] {
        var taken = taken.union(ranges.map(\.name))
        return used.map { definition in
            guard let bound = boundIndices[definition.name] else { return definition }
            var expression = definition.expression
            for (name, upper) in bound {
                if let existing = ranges.first(where: { $0.name == name }) {
                    if existing.upper == upper { continue }
                } else if !isSymbolName(name) {
                    ranges.append((name, upper))
                    taken.insert(name)
                    continue
                }
                var k = 2
                while taken.contains("\(name)_\(k)") { k += 1 }
                let fresh = "\(name)_\(k)"
                expression = NoteState.renamingIndex(name, to: fresh, in: expression)
                ranges.append((fresh, upper))
                taken.insert(fresh)
            }
            return Definition(
                name: definition.name, expression: expression, range: definition.range)
        }
    }

    /// Whether `name` is a declared symbol, a definition or a shape of this link: a name an
    /// index must not take.
    func isSymbolName(_ name: String) -> Bool {
        declarations[name] != nil || isDefined(name)
            || linkDeclarations.contains { $0.name == name }
    }

    /// `e` with the index `old` renamed `new`, in the sums that bind it and in the entries.
    static func renamingIndex(_ old: String, to new: String, in e: Expression) -> Expression {
        e.rewritten { node in
            switch node {
            case .indexSum(old, let indexRange, let body, let r):
                return .indexSum(
                    index: new, indexRange: indexRange,
                    body: renamingIndex(old, to: new, in: body), r)
            case .symbol(old, let r):
                return .symbol(new, r)
            default:
                return nil
            }
        }
    }
}
