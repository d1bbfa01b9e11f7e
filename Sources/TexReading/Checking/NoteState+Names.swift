import ClaimChecking
import ClaimLanguage

// Names in a claim: derivative variables, undeclared symbols and primed functions.

extension NoteState {
    /// The variables of every derivative in `e`.
    static func derivativeVariables(in e: Expression) -> Set<String> {
        var out: Set<String> = []
        func walk(_ e: Expression) {
            if case .derivative(_, _, let v, _, _) = e { out.insert(v) }
            e.children.forEach(walk)
        }
        walk(e)
        return out
    }

    /// The symbols of a claim that are neither declared nor defined (their
    /// shapes were inferred), sorted; dimension variables and indices excluded.
    func undeclaredNames(_ claim: Claim) -> [String] {
        var names = NoteState.names(in: claim.lhs).union(NoteState.names(in: claim.rhs))
        for d in claim.definitions { names.formUnion(NoteState.names(in: d.expression)) }
        let known = Set(claim.declarations.map(\.name)).union(claim.definitions.map(\.name))
            .subtracting(linkDeclarations.map(\.name))
        var dimensions: Set<String> = []
        for d in claim.declarations + declarations.values {
            switch d.kind {
            case .matrix(let r, let c, _):
                for x in [r, c] { if case .variable(let v) = x { dimensions.insert(v) } }
            case .index(let u):
                if case .variable(let v) = u { dimensions.insert(v) }
            default: break
            }
        }
        // Names used as sizes (`eye(n)`, `ones(n)`) or exponents (`c^n`) are dimension variables.
        func sizes(_ e: Expression) {
            switch e {
            case .call(.eye, let args, _), .call(.ones, let args, _), .call(.zeros, let args, _):
                for a in args { dimensions.formUnion(NoteState.names(in: a)) }
            case .power(_, let exponent, _):
                dimensions.formUnion(NoteState.names(in: exponent))
            default: break
            }
            e.children.forEach(sizes)
        }
        ([claim.lhs, claim.rhs] + claim.definitions.map(\.expression)).forEach(sizes)
        return names.subtracting(known).subtracting(dimensions).sorted()
    }

    /// `f''` read as the name `f` transposed twice: the function and the order.
    static func primedFunction(_ e: Expression) -> (String, Int)? {
        var order = 0
        var e = e
        while case .transpose(let inner, _) = e {
            order += 1
            e = inner
        }
        guard order > 0, case .symbol(let name, _) = e else { return nil }
        return (name, order)
    }
}
