import Testing
@testable import ClaimLanguage
@testable import ClaimChecking

/// Simple textual mutants of a claim: the right side doubled, each transpose dropped, each `+`/`-`
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
        // The right side doubled: different unless both sides vanish.
        mutants.append(lhs + " == 2*(" + rhs + ")" + declarations)
        let names = Set(rhs.filter { $0.isUppercase && $0.isLetter }).sorted()
        for (a, b) in names.enumerated().flatMap({ i, a in names.dropFirst(i + 1).map { (a, $0) } })
        {
            let swapped = String(rhs.map { $0 == a ? b : $0 == b ? a : $0 })
            mutants.append(lhs + " == " + swapped + declarations)
        }
    }
    if let open = body.range(of: "kron("), let close = body[open.upperBound...].firstIndex(of: ")")
    {
        let inside = body[open.upperBound..<close]
        let arguments = inside.components(separatedBy: ", ")
        if arguments.count == 2 {
            mutants.append(
                body.replacingCharacters(
                    in: open.upperBound..<close, with: arguments[1] + ", " + arguments[0])
                    + declarations)
        }
    }
    return mutants
}

/// How the mutants of one identity fared.
struct MutantTally {
    /// Rejected by the parser or by shape inference (a caught mistake).
    var rejected = 0
    /// Equal to the identity at the concrete shape (possibly equivalent).
    var equal = 0
    /// Different at the concrete shape: the index prover must not prove these.
    var differing = 0
    /// Differing mutants that the index prover nevertheless proved.
    var provedButDiffering: [String] = []
}

/// Checks every mutant of `text`: rejected, equal at a concrete shape, or
/// different there (found by the independent entrywise symbolic evaluator).
func tallyMutants(of text: String) -> MutantTally {
    var tally = MutantTally()
    for mutant in textualMutants(of: text) {
        guard let resolved = try? Claim(parsing: mutant).resolve() else {
            tally.rejected += 1
            continue
        }
        let check = SymbolicCheck(claim: resolved, options: CheckOptions())
        var values = [2, 3, 2, 3, 2, 3]
        var assignment: [String: Int] = [:]
        for name in resolved.dimensionVariables { assignment[name] = values.removeFirst() }
        guard check.outcome(at: assignment) == .differs else {
            tally.equal += 1
            continue
        }
        tally.differing += 1
        if IndexProver.prove(resolved).provedForAllShapes {
            tally.provedButDiffering.append(mutant)
        }
    }
    return tally
}

/// No mutant that differs from its identity at a concrete shape may be proved
/// for all shapes; every identity must have mutants, each accounted for.
@Test(
    "Mutants that differ at a concrete shape are never proved for all shapes",
    arguments: identitiesForAllShapes)
func differingMutantsAreNotProved(_ text: String) {
    let tally = tallyMutants(of: text)
    #expect(tally.rejected + tally.equal + tally.differing > 0, "no mutant of \(text)")
    #expect(
        tally.provedButDiffering.isEmpty,
        "proved for all shapes but different: \(tally.provedButDiffering)")
}

/// The mutant test must examine real falsehoods, not only shape errors.
@Test func mutantsIncludeManyDifferingClaims() {
    let tallies = identitiesForAllShapes.map(tallyMutants(of:))
    let differing = tallies.map(\.differing).reduce(0, +)
    #expect(differing >= 20, "only \(differing) differing mutants examined")
}

@Test func mutantGeneratorProducesMutants() {
    let mutants = textualMutants(
        of: "vec(A*X*B) == kron(B', A)*vec(X) where A: m x n, X: n x p, B: p x q")
    #expect(mutants.contains("vec(A*X*B) == kron(B, A)*vec(X) where A: m x n, X: n x p, B: p x q"))
    #expect(mutants.contains("vec(A*X*B) == kron(A, B')*vec(X) where A: m x n, X: n x p, B: p x q"))
    #expect(mutants.count >= 6)
}
