import ClaimChecking
import ClaimLanguage

/// What the note has declared and defined so far, and the last side
/// written (for rows that start with `=`).
struct NoteState {
    var declarations: [String: Declaration] = [:]
    var declarationOrder: [String] = []
    var assumptions: [Assumption]
    var definitions: [Definition]
    var layout: DerivativeLayout
    var vecGradients: Bool
    var previousSide: Expression?
    /// Whether the last side written could not be read (a row continuing it says so).
    var previousUnread = false
    /// The indices the previous side uses, with their ranges.
    var previousIndices: [(name: String, upper: Dimension)] = []
    var proseDeclarations: [(line: Int, name: String, shape: String)] = []
    /// Shapes the current link writes as subscripts of names the note neither declares nor
    /// defines (`u_{o \times 1}`): declarations for this link only (and the rows continuing
    /// it); such names still count as undeclared for a refutation.
    var linkDeclarations: [Declaration] = []
    /// The indices each definition binds by a sum (`j` in `E = \frac12 \sum_{j=1}^{h} …`),
    /// with their ranges: declared in every claim that uses the definition.
    var boundIndices: [String: [(name: String, upper: Dimension)]] = [:]

    init(_ matter: FrontMatter) {
        assumptions = matter.assumptions
        definitions = matter.definitions
        layout = matter.layout
        vecGradients = matter.vecGradients
        for d in matter.declarations { add(d) }
    }

    mutating func add(_ d: Declaration) {
        if declarations[d.name] == nil { declarationOrder.append(d.name) }
        declarations[d.name] = d
    }

    var functions: Set<String> {
        Set(declarations.values.filter { $0.kind == .function }.map(\.name))
    }

    var knownNames: Set<String> {
        var names = Set(
            declarations.values.filter {
                if case .matrix = $0.kind { return true }
                return $0.kind == .scalar
            }.map(\.name))
        for d in definitions { names.insert(d.name) }
        return names
    }

    func isDefined(_ name: String) -> Bool { definitions.contains { $0.name == name } }

    // MARK: Environment

    func environment(_ indices: IndexRegistry) -> TexEnvironment {
        let snapshot = self
        var environment = TexEnvironment(
            functions: functions, layout: layout, knownNames: knownNames,
            isScalar: { e in
                guard
                    let resolved = try? snapshot.claim(e, e, indices: indices, source: "")
                        .resolve(),
                    let shapes = resolved.sideShapes(at: NoteState.distinctAssignment(resolved))
                else { return nil }
                return shapes.lhs.rows == 1 && shapes.lhs.cols == 1
            },
            shape: { e in snapshot.shape(of: e) },
            indices: indices)
        environment.vecGradients = vecGradients
        return environment
    }

    /// Every dimension variable a distinct prime, so a shape can be read back.
    static func distinctAssignment(_ resolved: ResolvedClaim) -> [String: Int] {
        let primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71]
        var a: [String: Int] = [:]
        for (k, v) in resolved.dimensionVariables.enumerated() {
            a[v] = k < primes.count ? primes[k] : 73 + k
        }
        return a
    }

    func shape(of e: Expression) -> (rows: Dimension, cols: Dimension)? {
        if case .symbol(let name, _) = e, let d = declarations[name] {
            switch d.kind {
            case .matrix(let r, let c, _): return (r, c)
            case .scalar: return (.fixed(1), .fixed(1))
            default: return nil
            }
        }
        guard let resolved = try? claim(e, e, indices: IndexRegistry(), source: "").resolve() else {
            return nil
        }
        let assignment = NoteState.distinctAssignment(resolved)
        // A second assignment tells constant dimensions from variable ones.
        let shifted = assignment.mapValues { $0 + 1_000 }
        guard let s = resolved.sideShapes(at: assignment)?.lhs,
            let t = resolved.sideShapes(at: shifted)?.lhs
        else {
            return nil
        }
        func back(_ v: Int, _ w: Int) -> Dimension? {
            if v == w { return .fixed(v) }
            return assignment.first { $0.value == v }.map { .variable($0.key) }
        }
        guard let r = back(s.rows, t.rows), let c = back(s.cols, t.cols) else { return nil }
        return (r, c)
    }

    // MARK: Claims

    /// The claim `lhs == rhs` with the definitions, declarations and
    /// assumptions the names it uses need.
    func claim(
        _ lhs: Expression, _ rhs: Expression, indices: IndexRegistry, source: String
    ) -> Claim {
        var needed = NoteState.names(in: lhs).union(NoteState.names(in: rhs))
        var changed = true
        while changed {
            changed = false
            for d in definitions where needed.contains(d.name) {
                let more = NoteState.names(in: d.expression).subtracting(needed)
                if !more.isEmpty {
                    needed.formUnion(more)
                    changed = true
                }
            }
        }
        var usedDefinitions = NoteState.dependencyOrder(
            definitions.filter { needed.contains($0.name) })
        let defined = Set(usedDefinitions.map(\.name))
        var usedDeclarations = declarationOrder.compactMap { declarations[$0] }
            .filter { needed.contains($0.name) && !defined.contains($0.name) }
        usedDeclarations += linkDeclarations.filter {
            needed.contains($0.name) && declarations[$0.name] == nil && !defined.contains($0.name)
        }
        var indexRanges = indices.ranges.filter {
            needed.contains($0.name) && declarations[$0.name] == nil
        }
        usedDefinitions = bindingIndices(
            of: usedDefinitions, into: &indexRanges,
            taken: needed.union(declarations.keys).union(linkDeclarations.map(\.name)))
        for (name, upper) in indexRanges {
            usedDeclarations.append(
                Declaration(name: name, kind: .index(upper: upper), range: SourceRange(0, 1)))
        }
        let usedAssumptions = assumptions.filter {
            switch $0 {
            case .derivativeVanishes(let f, _): return needed.contains(f)
            case .symmetric(let x): return needed.contains(x)
            }
        }
        return Claim(
            source: source, definitions: usedDefinitions, lhs: lhs, rhs: rhs,
            declarations: usedDeclarations, assumptions: usedAssumptions)
    }

    /// Definitions ordered so that each comes after the definitions it uses
    /// (a note may define `a = σ(z)` before `z = Wx + b`); a cycle keeps the
    /// written order.
    static func dependencyOrder(_ definitions: [Definition]) -> [Definition] {
        let defined = Set(definitions.map(\.name))
        var emitted: Set<String> = []
        var remaining = definitions
        var ordered: [Definition] = []
        while !remaining.isEmpty {
            guard
                let k = remaining.firstIndex(where: {
                    names(in: $0.expression).intersection(defined).subtracting([$0.name]).isSubset(
                        of: emitted)
                })
            else {
                return ordered + remaining
            }
            ordered.append(remaining[k])
            emitted.insert(remaining[k].name)
            remaining.remove(at: k)
        }
        return ordered
    }

    /// Every name an expression mentions: symbols, derivative variables,
    /// functions, indices.
    static func names(in e: Expression) -> Set<String> {
        var out: Set<String> = []
        func walk(_ e: Expression) {
            switch e {
            case .symbol(let n, _): out.insert(n)
            case .derivative(_, _, let v, _, _): out.insert(v)
            case .userFunction(let n, _, _, _): out.insert(n)
            case .indexSum(let k, _, _, _): out.insert(k)
            default: break
            }
            e.children.forEach(walk)
        }
        walk(e)
        return out
    }

    /// The expression without its source ranges, to compare two of them.
    static func sameExpression(_ a: Expression, _ b: Expression) -> Bool {
        ClaimPrinter.text(a) == ClaimPrinter.text(b)
    }
}
