import MatrixNumerics
import Testing

/// Every tangent lane of ``MultiDual`` agrees with a ``Dual`` pass along the
/// same direction, through every elementary function.
@Test func multiDualLanesMatchDualNumbers() throws {
    let directions: [[Double]] = (0..<8).map { k in [1 + Double(k), -0.5 * Double(k), 0.25] }
    let x: [Double] = [0.7, 1.3, 0.4]
    func f<S: ElementaryFunctions & RealConstant>(_ v: [S]) -> S {
        let a = S.exp(v[0]) * S.log(v[1]) + S.sqrt(v[2]) / S.tanh(v[0])
        let b = S.sin(v[1]) * S.cos(v[2]) + S.sigmoid(v[0] - v[1]) + S.softplus(v[2])
        return a * b + S.relu(v[0]) + S.pow(v[1], v[2]) + S.abs(-v[2]) * S(0.5) + max(v[0], v[1])
    }
    var tangents = [SIMD8<Double>](repeating: SIMD8(), count: 3)
    for k in 0..<8 { for i in 0..<3 { tangents[i][k] = directions[k][i] } }
    let bundled = f((0..<3).map { MultiDual(x[$0], tangents[$0]) })
    for k in 0..<8 {
        let single = f((0..<3).map { Dual<Double>(x[$0], directions[k][$0]) })
        #expect(abs(bundled.value - single.value) <= 1e-15 * abs(single.value))
        #expect(
            abs(bundled.tangents[k] - single.derivative) <= 1e-14 * abs(single.derivative),
            "lane \(k)")
    }
}

/// Comparisons, `abs`, `S(0.5)` and data lifting compile and act on real values.
@Test func checkerScalarsCompareByValue() {
    let a = Dual<Double>(2, 1)
    let b = Dual<Double>(3, -1)
    #expect(a < b)
    #expect(max(a, b) == b)
    #expect(Dual<Double>.abs(Dual(-2, 1)) == Dual(2, -1))
    #expect(Dual<Double>(0.5) == Dual(0.5, 0))
    let lifted = Matrix<Dual<Double>>(constants: Matrix(column: [1.5, -2]))
    #expect(lifted.entries.map(\.derivative) == [0, 0])
    #expect([Complex<Double>](constants: [1, 2]).map(\.realValue) == [1, 2])
}

/// Packing and unpacking named parameters round-trip and reject wrong shapes.
@Test func parameterLayoutPacksAndUnpacks() throws {
    let w1 = try Matrix<Double>([[1, 2, 3], [4, 5, 6]])
    let b1 = Matrix<Double>(column: [7, 8])
    let layout = try ParameterLayout([(name: "W1", value: w1), (name: "b1", value: b1)])
    let flat = try layout.pack([w1, b1])
    #expect(flat.entries == [1, 4, 2, 5, 3, 6, 7, 8])
    #expect(try layout.unpack(flat) == [w1, b1])
    #expect(try layout.unpack("b1", from: flat) == b1)
    #expect(throws: DerivativeCheckError.self) { try layout.pack([b1, w1]) }
    #expect(throws: DerivativeCheckError.self) { try layout.unpack(Matrix(column: [1.0])) }
}
