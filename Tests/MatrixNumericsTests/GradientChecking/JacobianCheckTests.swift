import Testing
@testable import MatrixNumerics

/// `F(X) = σ(A X)` elementwise, `A` 2×3, `X` 3×2: a layer without bias.
struct SigmoidLayer: MatrixFunction {
    static let a = Matrix<Double>(
        uncheckedRows: 2, cols: 3, storage: [0.5, 1.5, -1.0, 0.3, 0.25, -0.7])
    func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    ) throws -> Matrix<S> {
        try (SigmoidLayer.a.map { S.constant($0) } * x).map { S.sigmoid($0) }
    }
}

/// Hand-written JVP: `dF[V] = σ'(AX) ⊙ (A V)`.
func sigmoidLayerJVP(_ x: Matrix<Double>, _ v: Matrix<Double>) throws -> Matrix<Double> {
    let s = try (SigmoidLayer.a * x).map { Double.sigmoid($0) }
    return try s.map { $0 * (1 - $0) }.hadamard(SigmoidLayer.a * v)
}

/// Hand-written VJP (backward pass): `Aᵀ (σ'(AX) ⊙ U)`.
func sigmoidLayerVJP(_ x: Matrix<Double>, _ u: Matrix<Double>) throws -> Matrix<Double> {
    let s = try (SigmoidLayer.a * x).map { Double.sigmoid($0) }
    return try SigmoidLayer.a.transposed * s.map { $0 * (1 - $0) }.hadamard(u)
}

let layerPoint = Matrix<Double>(
    uncheckedRows: 3, cols: 2, storage: [0.2, 1.1, -0.6, -0.4, 0.3, 0.9])

@Test(arguments: [CheckMode.full, .fast])
func correctJVPAndVJPPass(mode: CheckMode) throws {
    let options = DerivativeCheckOptions(mode: mode)
    let jvp = try DerivativeCheck.jacobianVectorProduct(
        of: SigmoidLayer(), claimed: sigmoidLayerJVP, at: layerPoint, options: options)
    #expect(jvp.passed, "\(jvp)")
    let vjp = try DerivativeCheck.vectorJacobianProduct(
        of: SigmoidLayer(), claimed: sigmoidLayerVJP, at: layerPoint, options: options)
    #expect(vjp.passed, "\(vjp)")
    let viaDifferences = try DerivativeCheck.vectorJacobianProduct(
        of: { try SigmoidLayer()($0) }, claimed: sigmoidLayerVJP, at: layerPoint,
        options: DerivativeCheckOptions(mode: mode, reference: .finiteDifferences))
    #expect(viaDifferences.passed, "\(viaDifferences)")
    #expect(viaDifferences.reference == .finiteDifferences)
}

@Test func wrongBackwardPassIsCaughtWithIndicesInTheUsersShapes() throws {
    // A classic bug: forgetting σ' for one output entry.
    let buggy: (Matrix<Double>, Matrix<Double>) throws -> Matrix<Double> = { x, u in
        let s = try (SigmoidLayer.a * x).map { Double.sigmoid($0) }
        var derivative = s.map { $0 * (1 - $0) }
        derivative[1, 0] *= 1 + 1e-6
        return try SigmoidLayer.a.transposed * derivative.hadamard(u)
    }
    let check = try DerivativeCheck.vectorJacobianProduct(
        of: SigmoidLayer(), claimed: buggy, at: layerPoint)
    #expect(!check.passed)
    #expect(check.worstEntry?.outputIndex == 1, "\(check)")
    #expect(check.worstEntry?.label.hasPrefix("∂F[1, 0]/∂X[") == true, "\(check)")
}

@Test func fullJacobianMatchesAndShapeErrorsThrow() throws {
    let claimed: (Matrix<Double>) throws -> Matrix<Double> = { x in
        var columns: [Double] = []
        for b in 0..<x.count {
            var e = [Double](repeating: 0, count: x.count)
            e[b] = 1
            columns += try sigmoidLayerJVP(x, Matrix(rows: 3, cols: 2, storage: e)).entries
        }
        return try Matrix(rows: 4, cols: 6, storage: columns)
    }
    let check = try DerivativeCheck.jacobian(of: SigmoidLayer(), claimed: claimed, at: layerPoint)
    #expect(check.passed, "\(check)")
    #expect(check.entriesChecked == 24)
    #expect(throws: DerivativeCheckError.self) {
        _ = try DerivativeCheck.jacobian(
            of: SigmoidLayer(), claimed: { _ in try Matrix.zeros(6, 4) }, at: layerPoint)
    }
}

@Test func doubleClosureGradientUsesRichardsonBounds() throws {
    let f: (Matrix<Double>) throws -> Double = { try CoupledLoss()($0) }
    let good = try DerivativeCheck.gradient(
        of: f, claimed: coupledGradient, at: coupledPoint, options: .finiteDifferences)
    #expect(good.passed, "\(good)")
    #expect(good.reference == .finiteDifferences)
    let bad = try DerivativeCheck.gradient(
        of: f,
        claimed: { x in
            var g = coupledGradient(x); g[2, 0] *= 1 + 1e-6; return g
        }, at: coupledPoint,
        options: .finiteDifferences)
    #expect(!bad.passed, "\(bad)")
    #expect(bad.worstEntry?.inputIndex == 2)
}

@Test func doubleClosureReluAtZeroIsResampled() throws {
    let f: (Matrix<Double>) throws -> Double = { x in Double.relu(x[0, 0]) + x[1, 0] * x[1, 0] }
    let check = try DerivativeCheck.gradient(
        of: f, claimed: { x in Matrix(column: [x[0, 0] > 0 ? 1 : 0, 2 * x[1, 0]]) },
        at: Matrix(column: [0, 0.5]),
        options: .finiteDifferences)
    #expect(check.kinks.first?.direction == "x[0]", "\(check)")
    #expect(check.passed, "\(check)")
}
