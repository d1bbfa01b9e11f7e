import Testing
import MatrixNumerics

/// The README's numerics tour, compiled and checked.
@Test func readmeNumericsTour() throws {
    let a = try Matrix<Double>([[2, 1], [1, 3]])
    let x = try Matrix<Double>(rows: 2, cols: 2) { i, j in Double(i + 2 * j) }
    let y = try a * x * a.transposed
    let k = try a.kroneckerProduct(a)
    let residual = try (k * x.vec - y.vec).entries.map(abs).max() ?? 0
    let d = Dual.sigmoid(Dual(0.5, 1.0))
    #expect(residual < 1e-13)
    let s = 1 / (1 + Double.exp(-0.5))
    #expect(abs(d.derivative - s * (1 - s)) < 1e-15)
    #expect(throws: MatrixError.self) { try Matrix<Double>([[1, 2, 3], [4, 5, 6]]) * Matrix<Double>([[1, 2, 3], [4, 5, 6]]) }
}
