import Testing
import Deriving

/// The Swift API example of docs/derive.md, compiled and run.
@Test func deriveDocumentationExample() throws {
    let result = try Deriver().derive("grad(log(det(X)), X) where X: n x n")
    print(result.resultText ?? "", result.latex ?? "")               // inv(X)' X^{-\top}
    print(result.verdict?.name ?? "", result.scope?.description ?? "")  // proved all-shapes
    let code = try SwiftExporter.export(result, name: "logDetGradient")
    print(code)
    #expect(result.resultText == "inv(X)'")
    #expect(result.latex == "X^{-\\top}")
    #expect(result.verdict?.name == "proved")
    #expect(result.scope?.description == "all-shapes")
    #expect(code.contains("func logDetGradient(_ X: Matrix<Double>) throws -> Matrix<Double>"))
}
