import Foundation
import Testing
@testable import Derivations

/// What `matcheck verify --json --steps` reports per step, and the notes'
/// page rendering rules.
@Suite("Step records and page rendering")
struct StepRecordTests {
    static let allowed: Set<String> = [
        "proved", "holds numerically", "refuted", "shape", "convention", "approximation",
    ]

    @Test("every step's reported status is one of the issue's words, and errata are refuted")
    func statusesAreFromTheList() {
        for result in verifiedCatalogue.values {
            for step in result.steps {
                #expect(
                    StepRecordTests.allowed.contains(step.reportedStatus),
                    "\(result.derivation.id) · \(step.step.title): \(step.reportedStatus)")
                #expect((step.reportedStatus == "refuted") == step.step.isErratum)
                #expect(step.step.isErratum == (step.correctedText != nil))
            }
        }
    }

    @Test("the catalogue flags the errata of an independent line-by-line reading")
    func errataCount() {
        let errata = Catalogue.derivations.flatMap(\.steps).filter(\.isErratum).count
        #expect(errata >= 38)
    }

    @Test("headings carry no raw TeX superscripts")
    func headingsArePlain() {
        let heading = NotesRenderer.plainHeading("∂J/∂y^{(4)} = a^{(4)} − y")
        #expect(heading == "∂J/∂y⁽⁴⁾ = a⁽⁴⁾ − y")
        #expect(NotesRenderer.plainHeading("a^{l-1} ⊗ I_n") == "aˡ⁻¹ ⊗ I_n")
        #expect(NotesRenderer.plainHeading("D^{[L]} W^{[L]}") == "Dᴸ Wᴸ")
        #expect(NotesRenderer.plainHeading("x^{ab}") == "x^(ab)")
        for note in Catalogue.notes {
            for d in note.derivations {
                #expect(!NotesRenderer.plainHeading(d.title).contains("^{"), "\(d.id)")
            }
        }
    }

    @Test("display math is fenced and list items past 9 keep their indentation")
    func pagesRender() throws {
        let files = NotesRenderer().render(Catalogue.notes, results: verifiedCatalogue)
        for file in files where file.path.hasSuffix(".md") && file.path != "README.md" {
            // `$$` may appear only inside a ```text block (a verbatim quote of the note).
            var inText = false
            for line in file.contents.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("```") { inText = trimmed == "```text"; continue }
                if !inText { #expect(!line.contains("$$"), "\(file.path): \(line)") }
            }
        }
        let page = try #require(files.first { $0.path.hasPrefix("000-") })
        #expect(page.contents.contains("```math"))
        #expect(page.contents.contains("### Steps"))
        #expect(!page.contents.contains("Detailed Design"))
        // Item 10's content is indented by four spaces ("10. " is four wide).
        #expect(page.contents.contains("\n10. **"))
        #expect(page.contents.contains("\n    The note, [line"))
        let notation = try #require(page.contents.range(of: "### Notation and layout"))
        let steps = try #require(page.contents.range(of: "### Steps"))
        #expect(notation.lowerBound < steps.lowerBound)
        #expect(page.contents.contains("**Coverage:**"))
        let readme = try #require(files.first { $0.path == "README.md" })
        #expect(readme.contents.contains("`dual+FD`") && readme.contents.contains("all shapes"))
        #expect(readme.contents.contains("| `δ` |"))
    }

    @Test("no generated prose claims Gauss-Newton is exact for relu layers")
    func noFalseGaussNewtonProse() {
        let files = NotesRenderer().render(Catalogue.notes, results: verifiedCatalogue)
        for file in files {
            #expect(!file.contents.contains("relu or identity layers"), "\(file.path)")
        }
    }
}
