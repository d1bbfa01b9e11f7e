import ClaimLanguage
import MatrixNumerics

/// `let` definitions: which an expression needs, evaluated once each, in order.
extension ClaimEvaluator {
    /// Evaluates, in order, the definitions `expression` needs (transitively).
    package func prepareDefinitions(for expression: Expression) throws {
        try prepareDefinitions(neededDefinitions(for: expression))
    }

    /// The indices, in order, of the `let` definitions `expression` uses,
    /// directly or through other definitions. Depends only on the claim.
    package func neededDefinitions(for expression: Expression) -> [Int] {
        let definitions = claim.claim.definitions
        guard !definitions.isEmpty else { return [] }
        var needed = Set<Int>()
        var names = ClaimEvaluator.referencedNames(expression)
        for i in stride(from: definitions.count - 1, through: 0, by: -1)
        where names.contains(definitions[i].name) {
            needed.insert(i)
            names.formUnion(ClaimEvaluator.referencedNames(definitions[i].expression))
        }
        return needed.sorted()
    }

    /// Evaluates the definitions at `needed` (ascending), unless known.
    func prepareDefinitions(_ needed: [Int]) throws {
        let definitions = claim.claim.definitions
        for i in needed
        where definitionValues[definitions[i].name] == nil && values[definitions[i].name] == nil {
            definitionValues[definitions[i].name] = try value(definitions[i].expression)
        }
    }

    /// Every symbol name an expression mentions (iteratively, no recursion).
    package static func referencedNames(_ expression: Expression) -> Set<String> {
        var names = Set<String>()
        var stack = [expression]
        while let e = stack.popLast() {
            switch e {
            case .symbol(let name, _): names.insert(name)
            case .derivative(_, _, let variable, _, _): names.insert(variable)
            default: break
            }
            stack.append(contentsOf: e.children)
        }
        return names
    }
}
