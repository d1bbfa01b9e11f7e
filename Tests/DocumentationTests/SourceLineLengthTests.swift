import Foundation
import Testing

/// The package's Swift sources, tests and manifest stay within 100 columns
/// (the `lineLength` of the committed `.swift-format`), counted in characters.
@Suite("Source line length")
struct SourceLineLengthTests {
    static let limit = 100

    static var swiftFiles: [String] {
        let root = DocumentationSnippetTests.root
        var files = ["Package.swift"]
        for folder in ["Sources", "Tests"] {
            let base = root.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(atPath: base.path)
            while let relative = enumerator?.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                let path = "\(folder)/\(relative)"
                files.append(path)
            }
        }
        return files.sorted()
    }

    @Test func everyLineFitsInOneHundredColumns() throws {
        var long: [String] = []
        let files = Self.swiftFiles
        #expect(files.count > 100, "found only \(files.count) Swift files")
        for path in files {
            let url = DocumentationSnippetTests.root.appendingPathComponent(path)
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() where line.count > Self.limit {
                long.append("\(path):\(index + 1) has \(line.count) columns")
            }
        }
        #expect(
            long.isEmpty,
            "\(long.count) lines over \(Self.limit):\n\(long.joined(separator: "\n"))")
    }

}
