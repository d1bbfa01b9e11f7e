import ClaimLanguage
import Derivations
@testable import TexReading
import Testing

/// The catalogue keeps hand-written claims where LaTeX cannot carry the
/// meaning. This test reads every step's LaTeX (`noteLatex`) with the
/// step's own declarations and definitions and counts the steps whose LaTeX
/// reads to exactly the step's claim (printed the same); the count must not
/// go down.
@Suite struct CatalogueLatexTests {
    /// Steps whose LaTeX reads to the step's claim, measured on 2026-12-07.
    static let floor = 1

    static func sameClaimSteps() -> (same: [String], steps: Int) {
        var same: [String] = []
        var steps = 0
        for derivation in Catalogue.derivations {
            for step in derivation.steps {
                steps += 1
                let context = derivation.context.merged(with: step.context)
                var front = context.definitions.map { "let \($0.name) = \($0.expression)" }
                let declared = context.declarations + context.assumptions
                if !declared.isEmpty { front.insert("where " + declared.joined(separator: ", "), at: 0) }
                let matter = FrontMatter([FrontMatterBlock(text: front.joined(separator: "\n"), firstLine: 1)])
                guard matter.errors.isEmpty,
                      let claim = try? Claim(parsing: step.claim, context: context.claimContext()),
                      let span = MarkdownScanner("$$" + step.noteLatex + "$$").spans.first else { continue }
                let definitions = Dictionary(claim.definitions.map { ($0.name, $0.expression) },
                                             uniquingKeysWith: { _, last in last })
                func normal(_ e: Expression) -> String { ClaimPrinter.text(Self.normalized(e, definitions)) }
                let expected = normal(claim.lhs) + " == " + normal(claim.rhs)
                let state = NoteState(matter)
                for link in EquationSplitter(span).links where !link.lhs.isEmpty {
                    var left = TexExpressionParser(tokens: link.lhs, environment: state.environment(IndexRegistry()),
                                                   textEnd: 0)
                    var right = TexExpressionParser(tokens: link.rhs, environment: state.environment(IndexRegistry()),
                                                    textEnd: 0)
                    guard let l = try? left.parseAll(), let r = try? right.parseAll() else { continue }
                    if normal(l) + " == " + normal(r) == expected {
                        same.append("\(derivation.id): \(step.title)")
                        break
                    }
                }
            }
        }
        return (same, steps)
    }

    /// `kron(A, B)` as `A ⊗ B`, and `let` names replaced by what they stand for, so that the
    /// catalogue's spelled-out claims and the note's named ones compare.
    static func normalized(_ e: Expression, _ definitions: [String: Expression], depth: Int = 0) -> Expression {
        guard depth < 50 else { return e }
        func n(_ x: Expression) -> Expression { normalized(x, definitions, depth: depth + 1) }
        switch e {
        case .symbol(let name, _): return definitions[name].map(n) ?? e
        case .call(.kron, let args, let r) where args.count == 2: return .binary(.kronecker, n(args[0]), n(args[1]), r)
        case .call(let f, let args, let r): return .call(f, args.map(n), r)
        case .negation(let x, let r): return .negation(n(x), r)
        case .transpose(let x, let r): return .transpose(n(x), r)
        case .binary(let op, let a, let b, let r): return .binary(op, n(a), n(b), r)
        case .power(let a, let b, let r): return .power(n(a), n(b), r)
        case .userFunction(let name, let order, let a, let r): return .userFunction(name: name, order: order, argument: n(a), r)
        case .derivative(let op, let f, let v, let vr, let r): return .derivative(op, n(f), variable: v, variableRange: vr, r)
        case .entry(let b, let i, let r): return .entry(n(b), i, r)
        case .indexSum(let k, let kr, let b, let r): return .indexSum(index: k, indexRange: kr, body: n(b), r)
        case .number: return e
        }
    }

    @Test func stepsWhoseLatexReadsToTheirClaimDoNotGoDown() {
        let (same, steps) = Self.sameClaimSteps()
        #expect(steps > 100)
        #expect(same.count >= Self.floor, "steps whose LaTeX reads to their claim: \(same)")
        #expect(same.contains("vec-kronecker: vec of a product"))
    }
}
