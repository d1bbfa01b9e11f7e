import Testing
@testable import MatrixNumerics

@Test(arguments: [CheckMode.full, .fast])
func correctHessianVectorProductPasses(mode: CheckMode) throws {
    let check = try DerivativeCheck.hessianVectorProduct(
        of: CoupledLoss(), claimed: coupledHessianVectorProduct, at: coupledPoint,
        options: DerivativeCheckOptions(mode: mode))
    #expect(check.passed, "\(check)")
}

@Test func hessianVectorProductWrongInOneEntryFails() throws {
    let check = try DerivativeCheck.hessianVectorProduct(
        of: CoupledLoss(),
        claimed: { x, v in
            var hv = try coupledHessianVectorProduct(x, v); hv[1, 0] *= 1 + 1e-7; return hv
        },
        at: coupledPoint, options: .full)
    #expect(!check.passed, "\(check)")
    #expect(check.worstEntry?.outputIndex == 1)
}

@Test func hessianMatrixCheckNamesTheWrongEntry() throws {
    let n = coupledPoint.count
    let claimed: (Matrix<Double>) throws -> Matrix<Double> = { x in
        var columns: [Double] = []
        for j in 0..<n {
            var e = [Double](repeating: 0, count: n)
            e[j] = 1
            columns += try coupledHessianVectorProduct(x, Matrix(column: e)).entries
        }
        var h = try Matrix(rows: n, cols: n, storage: columns)
        h[2, 3] += 1e-6
        return h
    }
    let check = try DerivativeCheck.hessian(of: CoupledLoss(), claimed: claimed, at: coupledPoint)
    #expect(!check.passed)
    #expect(check.worstEntry?.label == "∂²f/∂x[2]∂x[3]", "\(check)")
}

@Test func hessianVectorProductOfDoubleGradientCodeUsesFiniteDifferences() throws {
    let good = try DerivativeCheck.hessianVectorProduct(
        ofGradient: coupledGradient, claimed: coupledHessianVectorProduct, at: coupledPoint,
        options: .finiteDifferences)
    #expect(good.passed, "\(good)")
    #expect(good.reference == .finiteDifferences)
    let bad = try DerivativeCheck.hessianVectorProduct(
        ofGradient: coupledGradient,
        claimed: { x, v in
            var hv = try coupledHessianVectorProduct(x, v); hv[4, 0] *= 1 + 1e-6; return hv
        },
        at: coupledPoint, options: .finiteDifferences)
    #expect(!bad.passed, "\(bad)")
    #expect(bad.worstEntry?.outputIndex == 4)
    #expect(bad.worstEntry?.label.hasPrefix("∂²f/∂x[4]∂x[") == true, "\(bad)")
}
