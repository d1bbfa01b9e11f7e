import Testing
@testable import ClaimLanguage
@testable import ClaimChecking

/// Simple textual mutants of a claim: each transpose dropped, each `+`/`-`
/// flipped, each `*` turned into `.*`, the arguments of the first `kron`
/// swapped, and every pair of matrix names exchanged on the right side.
func textualMutants(of text: String) -> [String] {
    let parts = text.components(separatedBy: " where ")
    let body = parts[0], declarations = parts.count > 1 ? " where " + parts[1] : ""
    let characters = Array(body)
    var mutants: [String] = []
    for (i, c) in characters.enumerated() {
        var copy = characters
        switch c {
        case "'": copy.remove(at: i)
        case "+": copy[i] = "-"
        case "-" where i > 0 && characters[i - 1] == " ": copy[i] = "+"
        case "*" where i > 0 && characters[i - 1] != ".": copy.insert(".", at: i)
        default: continue
        }
        mutants.append(String(copy) + declarations)
    }
    if let sides = body.range(of: " == ") {
        let lhs = body[..<sides.lowerBound], rhs = String(body[sides.upperBound...])
        let names = Set(rhs.filter { $0.isUppercase && $0.isLetter }).sorted()
        for (a, b) in names.enumerated().flatMap({ i, a in names.dropFirst(i + 1).map { (a, $0) } }) {
            let swapped = String(rhs.map { $0 == a ? b : $0 == b ? a : $0 })
            mutants.append(lhs + " == " + swapped + declarations)
        }
    }
    if let open = body.range(of: "kron("), let close = body[open.upperBound...].firstIndex(of: ")") {
        let inside = body[open.upperBound..<close]
        let arguments = inside.components(separatedBy: ", ")
        if arguments.count == 2 {
            mutants.append(body.replacingCharacters(in: open.upperBound..<close, with: arguments[1] + ", " + arguments[0]) + declarations)
        }
    }
    return mutants
}

/// Every mutant the index prover proves must be exactly true at concrete
/// shapes (checked by the independent entrywise symbolic evaluator).
@Test("Mutants proved for all shapes are exactly true at concrete shapes", arguments: identitiesForAllShapes)
func provedMutantsAreTrue(_ text: String) throws {
    for mutant in textualMutants(of: text) {
        guard let claim = try? Claim(parsing: mutant), let resolved = try? claim.resolve() else { continue }
        let proof = IndexProver.prove(resolved)
        guard proof.provedForAllShapes else { continue }
        let check = SymbolicCheck(claim: resolved, options: CheckOptions())
        var values = [2, 3, 2, 3, 2, 3]
        var assignment: [String: Int] = [:]
        for name in resolved.dimensionVariables { assignment[name] = values.removeFirst() }
        let outcome = check.outcome(at: assignment)
        #expect(outcome != .differs, "proved for all shapes but differs at \(assignment): \(mutant)")
    }
}

@Test func mutantGeneratorProducesMutants() {
    let mutants = textualMutants(of: "vec(A*X*B) == kron(B', A)*vec(X) where A: m x n, X: n x p, B: p x q")
    #expect(mutants.contains("vec(A*X*B) == kron(B, A)*vec(X) where A: m x n, X: n x p, B: p x q"))
    #expect(mutants.contains("vec(A*X*B) == kron(A, B')*vec(X) where A: m x n, X: n x p, B: p x q"))
    #expect(mutants.count >= 6)
}
