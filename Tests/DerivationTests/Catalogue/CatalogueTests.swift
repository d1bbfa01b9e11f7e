import Foundation
import Testing
@testable import Derivations

/// The catalogue, verified once and shared by every test below (the checks are
/// deterministic: seeded points, exact symbolic arithmetic).
let verifiedCatalogue: [String: DerivationResult] = NotesGenerator.verifyCatalogue()

@Suite("Catalogue of the seed notes")
struct CatalogueTests {
    @Test(
        "every derivation verifies with no unexpected result",
        arguments: Catalogue.derivations.map(\.id))
    func derivationVerifies(id: String) throws {
        let result = try #require(verifiedCatalogue[id])
        for step in result.steps where step.status == .unexpected {
            Issue.record("\(id) · \(step.step.title): \(step.problem ?? "unexpected")")
        }
        #expect(result.unexpected == 0)
    }

    @Test(
        "every erratum is refuted as written and proved as corrected",
        arguments: Catalogue.derivations.flatMap { d in
            d.steps.filter(\.isErratum).map { "\(d.id) · \($0.title)" }
        })
    func erratumConfirmed(label: String) throws {
        let parts = label.components(separatedBy: " · ")
        let result = try #require(verifiedCatalogue[parts[0]])
        let step = try #require(
            result.steps.first { $0.step.title == parts.dropFirst().joined(separator: " · ") })
        #expect(
            step.asWritten.verdict == .refuted,
            "\(label): as written \(step.asWritten.verdict.rawValue) \(step.asWritten.detail)")
        #expect(
            step.corrected?.verdict.holds == true,
            "\(label): corrected \(step.corrected?.verdict.rawValue ?? "missing")")
        #expect(step.status == .erratum)
    }

    @Test("true steps are proved or hold; none is refuted")
    func trueStepsHold() {
        for result in verifiedCatalogue.values {
            for step in result.steps where !step.step.isErratum {
                #expect(
                    step.asWritten.verdict.holds,
                    """
                        \(result.derivation.id) · \(step.step.title): \
                        \(step.asWritten.verdict.rawValue) \(step.asWritten.detail)
                        """
                )
            }
        }
    }

    @Test("approximations are exact under their condition and not without it")
    func approximationsMeasured() {
        for result in verifiedCatalogue.values {
            for step in result.steps where step.step.kind == .approximation {
                #expect(step.asWritten.verdict.holds)
                #expect(
                    step.withoutCondition?.verdict == .refuted,
                    """
                        \(step.step.title): the dropped term should be visible without \
                        \(step.step.exactUnder)
                        """
                )
            }
        }
    }

    @Test("the catalogue covers all five seed notes and names unique derivations")
    func coverage() {
        #expect(Catalogue.notes.count == 5)
        let ids = Catalogue.derivations.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Catalogue.notes.allSatisfy { !$0.derivations.isEmpty })
        let errata = Catalogue.derivations.flatMap(\.steps).filter(\.isErratum).count
        #expect(errata >= 10)
    }
}

@Suite("Generated notes/")
struct NotesDriftTests {
    /// The package root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test("notes/ equals what `matcheck notes` generates (re-record: MATCHECK_RECORD=1 swift test)")
    func notesDoNotDrift() throws {
        let files = NotesRenderer().render(Catalogue.notes, results: verifiedCatalogue)
        let directory = NotesDriftTests.packageRoot.appendingPathComponent("notes")
        if ProcessInfo.processInfo.environment["MATCHECK_RECORD"] == "1" {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
            for f in files {
                try f.contents.write(
                    to: directory.appendingPathComponent(f.path), atomically: true, encoding: .utf8)
            }
            Issue.record(
                "Re-recorded notes/; run the tests again without MATCHECK_RECORD to check them.")
            return
        }
        for f in files {
            let url = directory.appendingPathComponent(f.path)
            let existing = try? String(contentsOf: url, encoding: .utf8)
            #expect(
                existing == f.contents,
                "notes/\(f.path) drifted from the generator: run `swift run matcheck notes`")
        }
    }
}
