import Testing
@testable import MatrixNumerics

@Test func productShapeErrorNamesShapes() throws {
    let a = try Matrix<Double>([[1, 2, 3], [4, 5, 6]])
    #expect(throws: MatrixError.self) { try a * a }
    do { _ = try a * a } catch let e as MatrixError {
        #expect(e.description == "matrix product: (2×3)·(2×3): inner dimensions 3 and 2 differ")
    }
}

@Test func nonFiniteEntriesThrowInsteadOfPropagating() throws {
    let a = try Matrix<Double>([[1, .nan], [0, 1]])
    #expect(throws: MatrixError.notFinite(operation: "inverse", shape: Shape(2, 2), row: 0, col: 1))
    { try a.inverse() }
    #expect(
        throws: MatrixError.notFinite(operation: "determinant", shape: Shape(2, 2), row: 0, col: 1)
    ) { try a.determinant() }
    let b = try Matrix<Double>([[.infinity, 0], [0, 1]])
    #expect(throws: MatrixError.notFinite(operation: "inverse", shape: Shape(2, 2), row: 0, col: 0))
    { try b.inverse() }
}
