import Testing
@testable import Numerics

@Test func productShapeErrorNamesShapes() throws {
    let a = try Matrix<Double>([[1, 2, 3], [4, 5, 6]])
    #expect(throws: MatrixError.self) { try a * a }
    do { _ = try a * a } catch let e as MatrixError {
        #expect(e.description == "matrix product: (2×3)·(2×3): inner dimensions 3 and 2 differ")
    }
}
