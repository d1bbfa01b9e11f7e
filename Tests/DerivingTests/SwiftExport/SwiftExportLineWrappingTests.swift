import Testing

@testable import Deriving

/// `matcheck derive --swift` writes lines of at most 100 columns, broken only where Swift reads
/// the same code: the line breaks of `ExportedSamples.swift` compile (it is part of this test
/// target) and compute the derivative (`exportedSwiftComputesTheDualNumberDerivative`).
@Suite("Swift export line wrapping")
struct SwiftExportLineWrappingTests {
    static let limit = SwiftExporter.maximumLineLength

    /// A sum of 40 products: 1,000 columns on one line.
    static let longSum = (1...40).map { "(try A\($0) * x)" }.joined(separator: " + ")

    /// The statement's words in order: the lines without their starts, joined by spaces.
    static func rejoined(_ lines: [String], prefix: String, indent: String) -> String {
        lines.enumerated().map { index, line in
            String(line.dropFirst(index == 0 ? prefix.count : indent.count))
        }.joined(separator: " ")
    }

    @Test func aLongStatementWrapsAfterItsOperators() {
        let lines = SwiftExporter.codeLines(Self.longSum, prefix: "    return ", indent: "        ")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= Self.limit }, "\(lines)")
        #expect(lines[0].hasPrefix("    return (try A1 * x)"))
        // Continued after an operator, on a line indented once more.
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix(" +") || $0.hasSuffix(" *") })
        let indented = lines.dropFirst().allSatisfy { line in
            line.hasPrefix("        ") && line.dropFirst(8).first != " "
        }
        #expect(indented, "\(lines)")
        #expect(
            Self.rejoined(lines, prefix: "    return ", indent: "        ") == Self.longSum)
    }

    @Test func aStatementThatFitsIsOneLine() {
        let code = "(try B.transposed.kroneckerProduct(A))"
        #expect(SwiftExporter.codeLines(code, prefix: "    return ", indent: "  ") == [
            "    return " + code
        ])
    }

    /// A space after a word, a generic type or a keyword is never a break, however long the
    /// line: a break after `return` would make Swift warn, one after `Matrix<Double>` would
    /// not parse.
    @Test func noBreakAfterAWordAGenericTypeOrAKeyword() {
        let code =
            "Matrix<Double> " + String(repeating: "a", count: 60) + " try "
            + String(repeating: "b", count: 60)
        let lines = SwiftExporter.codeLines(code, prefix: "    return ", indent: "        ")
        #expect(lines == ["    return " + code])
    }

    @Test func aLongSignatureListsItsParametersOnTheirOwnLines() {
        let parameters = (1...6).map { "_ X\($0): Matrix<Double>" }
        let lines = SwiftExporter.signatureLines(
            name: "gradient", parameters: parameters, result: "Matrix<Double>")
        #expect(lines.first == "func gradient(")
        #expect(lines.last == ") throws -> Matrix<Double> {")
        #expect(lines.allSatisfy { $0.count <= Self.limit }, "\(lines)")
        let listed = lines.dropFirst().dropLast().map { $0.dropFirst(4) }.joined(separator: " ")
        #expect(listed == parameters.joined(separator: ", "))
    }

    @Test func aShortSignatureIsOneLine() {
        let lines = SwiftExporter.signatureLines(
            name: "gradient", parameters: ["_ X: Matrix<Double>"], result: "Double")
        #expect(lines == ["func gradient(_ X: Matrix<Double>) throws -> Double {"])
    }

    /// A claim written over several lines stays inside the comment.
    @Test func everyLineOfACommentIsAComment() {
        let text = "grad(log(det(X)),\nX) where X: n x n " + String(repeating: "word ", count: 30)
        let lines = SwiftExporter.commentLines(text, first: "/// ", continuation: "///     ")
        #expect(lines.count >= 3)
        #expect(lines.allSatisfy { $0.hasPrefix("///") && $0.count <= Self.limit }, "\(lines)")
        #expect(lines.allSatisfy { $0.last != " " }, "\(lines)")
        #expect(lines[0] == "/// grad(log(det(X)),")
        #expect(lines[1].hasPrefix("///     X) where X: n x n word"))
    }

    /// Every exported sample fits, the committed file as a whole is checked by
    /// `SourceLineLengthTests`.
    @Test func everyExportedSampleFitsInOneHundredColumns() throws {
        let file = try exportedSamplesFile()
        let long = file.split(separator: "\n").filter { $0.count > Self.limit }
        #expect(long.isEmpty, "\(long)")
    }
}
