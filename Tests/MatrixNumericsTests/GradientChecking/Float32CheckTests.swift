import Testing
@testable import MatrixNumerics

/// ``coupledGradient`` written in Float, as a user's single-precision code would be.
func coupledGradientFloat(_ point: Matrix<Float>) -> Matrix<Float> {
    let x = point.entries
    var g = [Float](repeating: 0, count: x.count)
    g[0] = 2 * x[0] / (1 + x[0] * x[0])
    for i in 0..<(x.count - 1) {
        let a = Float(0.5) + Float(i) * 0.1
        let s = Float.sigmoid(a * x[i] + x[i + 1])
        let d = 2 * s * s * (1 - s)
        g[i] += d * a
        g[i + 1] += d
    }
    return Matrix(column: g)
}

@Test(arguments: [CheckMode.full, .fast])
func float32GradientRaisesNoFalseAlarm(mode: CheckMode) throws {
    var random = Xoshiro256StarStar(seed: 11)
    for trial in 0..<20 {
        let x = Matrix(column: (0..<6).map { _ in 2 * random.nextStandardNormal() })
        let check = try DerivativeCheck.gradient(
            of: CoupledLoss(), claimed: coupledGradientFloat, at: x,
            options: DerivativeCheckOptions(mode: mode, seed: UInt64(trial)))
        #expect(check.passed, "\(check)")
    }
}

@Test func float32GradientWithABugFails() throws {
    let check = try DerivativeCheck.gradient(
        of: CoupledLoss(),
        claimed: { x in
            var g = coupledGradientFloat(x); g[4, 0] *= 1.001; return g
        }, at: coupledPoint)
    #expect(!check.passed, "\(check)")
    #expect(check.worstEntry?.inputIndex == 4)
    #expect(check.description.contains("u₃₂"))
}

@Test func float32GradientAgainstOwnFloat64Gradient() throws {
    let good = try DerivativeCheck.gradient(
        claimed: coupledGradientFloat, reference: coupledGradient, at: coupledPoint)
    #expect(good.passed, "\(good)")
    #expect(good.reference == .float64)
    let bad = try DerivativeCheck.gradient(
        claimed: { x in
            var g = coupledGradientFloat(x); g[1, 0] *= 1.0001; return g
        }, reference: coupledGradient, at: coupledPoint)
    #expect(!bad.passed, "\(bad)")
    #expect(bad.worstEntry?.inputIndex == 1)
}
