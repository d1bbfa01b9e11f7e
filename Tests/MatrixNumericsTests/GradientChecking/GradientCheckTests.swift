import Testing
@testable import MatrixNumerics

/// `f(x) = Σ sigmoid(a_i · x_i + x_{i+1})² + log(1 + x_0²)`: smooth, coupled.
struct CoupledLoss: ScalarValuedMatrixFunction {
    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ matrix: Matrix<S>) throws -> S {
        let x = matrix.entries
        var total = S.log(S(1) + x[0] * x[0])
        for i in 0..<(x.count - 1) {
            let s = S.sigmoid(S.constant(0.5 + Double(i) * 0.1) * x[i] + x[i + 1])
            total += s * s
        }
        return total
    }
}

/// The hand-written gradient of ``CoupledLoss``, in the shape of the point.
func coupledGradient(_ point: Matrix<Double>) -> Matrix<Double> {
    let x = point.entries
    var g = [Double](repeating: 0, count: x.count)
    g[0] = 2 * x[0] / (1 + x[0] * x[0])
    for i in 0..<(x.count - 1) {
        let a = 0.5 + Double(i) * 0.1
        let s = Double.sigmoid(a * x[i] + x[i + 1])
        let d = 2 * s * s * (1 - s)
        g[i] += d * a
        g[i + 1] += d
    }
    return Matrix(uncheckedRows: point.rows, cols: point.cols, storage: g)
}

let coupledPoint = Matrix<Double>(column: [0.3, -1.2, 0.7, 2.1, -0.4, 0.9])

@Test(arguments: [CheckMode.full, .fast], [DerivativeCheckReference.dual, .complexStep])
func correctGradientPasses(mode: CheckMode, reference: DerivativeCheckReference) throws {
    let check = try DerivativeCheck.gradient(
        of: CoupledLoss(), claimed: coupledGradient, at: coupledPoint,
        options: DerivativeCheckOptions(mode: mode, reference: reference))
    #expect(check.passed, "\(check)")
    #expect(check.entriesChecked == (mode == .full ? coupledPoint.count : 2))
    #expect(
        check.notes.contains { $0.contains("cross-checked against finite differences") }, "\(check)"
    )
}

@Test func gradientWrongByOneMillionthInOneEntryFailsAndIsNamed() throws {
    let layout = try ParameterLayout([("W", Shape(2, 2)), ("b", Shape(2, 1))])
    let check = try DerivativeCheck.gradient(
        of: CoupledLoss(),
        claimed: { x in
            var g = coupledGradient(x); g[3, 0] *= 1 + 1e-6; return g
        },
        at: coupledPoint, options: DerivativeCheckOptions(mode: .full, layout: layout))
    #expect(!check.passed)
    #expect(check.entriesFailed == 1, "\(check)")
    #expect(check.worstEntry?.inputIndex == 3)
    #expect(check.worstEntry?.label == "∂f/∂W[1, 1]")
    #expect(check.description.contains("∂f/∂W[1, 1]"))
    #expect(check.description.contains("seed"))
    let relative = try #require(check.worstEntry?.relativeError)
    #expect(relative > 0.5e-6 && relative < 2e-6)
}

@Test func fastModeDetectsADirectionalError() throws {
    let check = try DerivativeCheck.gradient(
        of: CoupledLoss(),
        claimed: { x in
            Matrix(
                column: coupledGradient(x).entries.enumerated().map {
                    $0.element * (1 + 1e-8 * Double($0.offset % 2 == 0 ? 1 : -1))
                })
        },
        at: coupledPoint, options: .fast)
    #expect(!check.passed, "\(check)")
}

@Test func reluAtZeroIsReportedNotDifferentiableAndResampled() throws {
    struct Relu: ScalarValuedMatrixFunction {
        func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> S {
            S.relu(x[0, 0]) + x[1, 0] * x[1, 0]
        }
    }
    // The claim picks the subgradient 1 at 0; the dual reference picks 0.
    let check = try DerivativeCheck.gradient(
        of: Relu(), claimed: { x in Matrix(column: [x[0, 0] >= 0 ? 1 : 0, 2 * x[1, 0]]) },
        at: Matrix(column: [0, 0.5]))
    #expect(check.kinks.count >= 1, "\(check)")
    #expect(check.kinks.first?.direction == "x[0]")
    #expect(check.passed, "\(check)")
    #expect(check.point[0] != 0)
    #expect(check.description.contains("not differentiable at this point"))
}

@Test func lengthMismatchThrowsInsteadOfTrapping() throws {
    #expect(throws: DerivativeCheckError.self) {
        _ = try DerivativeCheck.gradient(
            of: CoupledLoss(), claimed: { _ in Matrix(column: [1, 2]) }, at: coupledPoint)
    }
    #expect(throws: DerivativeCheckError.self) {
        _ = try DerivativeCheck.gradient(
            of: CoupledLoss(), claimed: coupledGradient, at: Matrix(column: [0.1, .nan, 0.2]))
    }
}

@Test func parameterLayoutLabelsFollowColumnMajorOrder() throws {
    let layout = try ParameterLayout([
        ("W1", Shape(30, 20)), ("b", Shape(3, 1)), ("W2", Shape(10, 30)),
    ])
    #expect(layout.count == 903)
    #expect(layout.label(ofFlatIndex: 0) == "W1[0, 0]")
    #expect(layout.label(ofFlatIndex: 31) == "W1[1, 1]")
    #expect(layout.label(ofFlatIndex: 601) == "b[1]")
    #expect(layout.label(ofFlatIndex: 603 + 11) == "W2[1, 1]")
    #expect(layout.label(ofFlatIndex: 9999) == "#9999")
}

@Test func shortNumbersAreReadable() {
    #expect(NumberFormat.threeSignificant(1.0) == "1.00")
    #expect(NumberFormat.threeSignificant(0.966) == "0.966")
    #expect(NumberFormat.threeSignificant(-258) == "-258")
    #expect(NumberFormat.threeSignificant(2.75e-12) == "2.75e-12")
    #expect(NumberFormat.threeSignificant(93_800) == "9.38e+04")
    #expect(NumberFormat.threeSignificant(.nan) == "nan")
}
