import Foundation
import Testing
@testable import Derivations

/// `notes/seeds/` holds the five seed notes, byte for byte, so that a reader
/// of the package sees the note each page checks.
@Suite("Seed notes in notes/seeds/")
struct SeedNotesTests {
    static var seedsDirectory: URL {
        NotesDriftTests.packageRoot.appendingPathComponent("notes/seeds")
    }

    @Test("every catalogued seed is in notes/seeds/, with text")
    func seedsArePresent() throws {
        #expect(Catalogue.notes.count == 5)
        for note in Catalogue.notes {
            let url = SeedNotesTests.seedsDirectory.appendingPathComponent(note.seed)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.split(separator: "\n").count > 20, "\(note.seed) is too short")
        }
        // Nothing else: the folder is the source notes and only them.
        let present = try FileManager.default.contentsOfDirectory(
            atPath: SeedNotesTests.seedsDirectory.path
        ).filter { !$0.hasPrefix(".") }.sorted()
        #expect(present == Catalogue.notes.map(\.seed).sorted())
    }

    @Test("notes/seeds/ is byte-identical to ../shared/seeds when that directory exists")
    func seedsMatchTheSharedCopy() throws {
        let shared = NotesDriftTests.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/seeds")
        guard FileManager.default.fileExists(atPath: shared.path) else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: shared.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names == Catalogue.notes.map(\.seed).sorted())
        for name in names {
            let original = try Data(contentsOf: shared.appendingPathComponent(name))
            let copy = try Data(
                contentsOf: SeedNotesTests.seedsDirectory.appendingPathComponent(name))
            #expect(original == copy, "notes/seeds/\(name) differs from ../shared/seeds/\(name)")
        }
    }
}
