import ClaimLanguage
import Derivations
@testable import TexReading
import Testing

@Suite struct TmpDebugTests {
    @Test func dump() {
        for derivation in Catalogue.derivations {
            for step in derivation.steps {
                let context = derivation.context.merged(with: step.context)
                let cmp = LatexClaimComparison(declarations: context.declarations + context.assumptions, definitions: context.definitions)
                guard let claim = try? Claim(parsing: step.claim, context: context.claimContext()) else { print("CLAIMFAIL \(step.claim)"); continue }
                let defs = Dictionary(claim.definitions.map { ($0.name, $0.expression) }, uniquingKeysWith: { _, l in l })
                let want = ClaimPrinter.text(LatexClaimComparison.normalized(claim.lhs, defs)) + " == " + ClaimPrinter.text(LatexClaimComparison.normalized(claim.rhs, defs))
                var out = "STEP \(derivation.id) | \(step.title)\n  LATEX \(step.noteLatex)\n  WANT \(want)\n"
                let state = NoteState(cmp.frontMatter)
                if let span = MarkdownScanner("$$" + step.noteLatex + "$$").spans.first {
                for link in EquationSplitter(span).links where !link.lhs.isEmpty {
                    var l = TexExpressionParser(tokens: link.lhs, environment: state.environment(IndexRegistry()), textEnd: 0)
                    var r = TexExpressionParser(tokens: link.rhs, environment: state.environment(IndexRegistry()), textEnd: 0)
                    do { let a = try l.parseAll(); let b = try r.parseAll()
                        out += "  GOT " + ClaimPrinter.text(LatexClaimComparison.normalized(a, defs)) + " == " + ClaimPrinter.text(LatexClaimComparison.normalized(b, defs)) + "\n"
                    } catch { out += "  ERR \(error)\n" }
                }}
                print(out)
            }
        }
    }
}
