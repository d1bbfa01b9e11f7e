import ClaimLanguage
/// Generates true claims by construction and their mutants, reproducibly
/// from a seed.
///
/// - Identity claims: a random instance of an ``IdentityRule``'s left side
///   (with random sub-expressions), its rewrite, then up to two more random
///   rewrites anywhere on the right side.
/// - Derivative claims: `jac(F, X) == J` or, for a scalar `F` and a vector
///   `X`, `grad(F, X) == Jᵀ`, with `J` built by ``JacobianRules``.
/// - Mutants: one ``Mutation`` at a random site of a side; ill-shaped results
///   are discarded (validated by the checker's own shape inference).
public struct ClaimGenerator: Sendable {
    /// Depth of the random sub-expressions.
    public var depth: Int
    /// Fraction of claims that are derivative claims.
    public var derivativeFraction: Double

    public init(depth: Int = 2, derivativeFraction: Double = 0.25) {
        self.depth = depth
        self.derivativeFraction = derivativeFraction
    }

    /// The true claim for `seed`.
    public func claim(seed: UInt64) -> GeneratedClaim {
        var g = ExpressionGenerator(seed: seed)
        if g.chance(derivativeFraction), let c = derivativeClaim(&g, seed: seed) { return c }
        let rule = g.pick(IdentityRule.allCases)
        let lhs = rule.instance(&g, depth: depth)
        var rhs = rule.apply(lhs) ?? lhs
        var names = [rule.rawValue]
        for _ in 0..<g.integer(3) {
            var candidates: [(Int, IdentityRule)] = []
            for (index, s) in rhs.subterms.enumerated() {
                for r in IdentityRule.allCases where r.apply(s) != nil {
                    candidates.append((index, r))
                }
            }
            guard !candidates.isEmpty else { break }
            let (index, r) = g.pick(candidates)
            if let rewritten = r.apply(rhs.subterms[index]) {
                rhs = rhs.replacing(index, with: rewritten)
                names.append(r.rawValue)
            }
        }
        let swap = g.chance(0.3)
        return GeneratedClaim(
            lhs: swap ? rhs : lhs, rhs: swap ? lhs : rhs, declarations: g.declarations,
            construction: names.joined(separator: "; "), seed: seed)
    }

    func derivativeClaim(_ g: inout ExpressionGenerator, seed: UInt64) -> GeneratedClaim? {
        let r = GeneratedDimension.variable(g.pick(g.dimensionVariables))
        let c: GeneratedDimension = g.chance(0.4) ? .one : .variable(g.pick(g.dimensionVariables))
        let x = g.declare("X", GeneratedShape(r, c))
        g.preferredSymbol = x
        g.allowsStructuralOperations = false
        let rules = JacobianRules(variable: x)
        for _ in 0..<30 {
            let shape: GeneratedShape
            switch g.integer(4) {
            case 0: shape = x.shape
            case 1: shape = .scalar
            case 2: shape = GeneratedShape(g.dimension(), .one)
            default: shape = g.simpleShape()
            }
            let f = g.expression(shape, depth: depth)
            guard f.mentions("X"), let j = rules.jacobian(f) else { continue }
            if shape.isScalar && x.shape.isColumn && g.chance(0.5) {
                return GeneratedClaim(
                    lhs: .gradient(f, x), rhs: j.transposed, declarations: g.declarations,
                    construction: "gradient by the derivative rules", seed: seed)
            }
            return GeneratedClaim(
                lhs: .jacobian(f, x), rhs: j, declarations: g.declarations,
                construction: "Jacobian by the derivative rules", seed: seed)
        }
        return nil
    }

    /// A mutant of `claim` (a valid, well-shaped claim text different from
    /// the original), or `nil` when no mutation applies.
    public func mutant(of claim: GeneratedClaim, seed: UInt64) -> GeneratedMutant? {
        var g = ExpressionGenerator(seed: seed ^ 0x5DEE_CE66_D1CE_4E5B, dimensionVariables: ["m"])
        var mutations = Mutation.allCases
        // Shuffle reproducibly.
        for i in stride(from: mutations.count - 1, to: 0, by: -1) {
            mutations.swapAt(i, g.integer(i + 1))
        }
        let derivativeLeft: Bool
        switch claim.lhs.node {
        case .jacobian, .gradient, .hessian: derivativeLeft = true
        default: derivativeLeft = false
        }
        for mutation in mutations {
            var sides: [Bool] =
                derivativeLeft ? [false] : (g.chance(0.5) ? [false, true] : [true, false])
            if claim.lhs == claim.rhs { sides = [false] }
            for mutateLeft in sides {
                let side = mutateLeft ? claim.lhs : claim.rhs
                var sites = mutation.sites(in: side)
                while !sites.isEmpty {
                    let k = g.integer(sites.count)
                    let index = sites.remove(at: k)
                    guard let replacement = mutation.mutate(side.subterms[index]) else { continue }
                    let mutated = side.replacing(index, with: replacement)
                    let (l, r) = mutateLeft ? (mutated, claim.rhs) : (claim.lhs, mutated)
                    let text = GeneratedClaim.text(l, r, claim.declarations)
                    guard text != claim.text, (try? Claim(parsing: text).resolve()) != nil else {
                        continue
                    }
                    return GeneratedMutant(text: text, mutation: mutation, original: claim)
                }
            }
        }
        return nil
    }
}
