import Testing
import MatrixNumerics

/// `f(x) = Σ x_i³`, except that on hyper-dual numbers it adds `x₀²`: the
/// hyper-dual Hessian is then wrong by `2` at `[0, 0]` while the gradient
/// (dual numbers) is right, so only a finite-difference cross-check sees it.
struct HyperDualOnlyTwist: ScalarValuedMatrixFunction {
    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ matrix: Matrix<S>) throws -> S {
        let x = matrix.entries
        var total = x.reduce(S.constant(0)) { $0 + $1 * $1 * $1 }
        if S.self == HyperDual<Double>.self { total += x[0] * x[0] }
        return total
    }
}

/// The Hessian-vector product the hyper-dual reference produces for ``HyperDualOnlyTwist``.
func twistedHessianVectorProduct(
    _ x: Matrix<Double>,
    _ v: Matrix<Double>
) throws -> Matrix<Double> {
    var hv = zip(x.entries, v.entries).map { 6 * $0 * $1 }
    hv[0] += 2 * v.entries[0]
    return try Matrix(rows: x.rows, cols: x.cols, storage: hv)
}

struct ThrownByUserCode: Error {}

@Test(arguments: [CheckMode.full, .fast])
func hessianReferenceIsCrossCheckedByFiniteDifferences(mode: CheckMode) throws {
    let check = try DerivativeCheck.hessianVectorProduct(
        of: CoupledLoss(), claimed: coupledHessianVectorProduct, at: coupledPoint,
        options: DerivativeCheckOptions(mode: mode))
    #expect(check.outcome == .passed, "\(check)")
    let note = "cross-checked against finite differences"
    #expect(check.notes.contains { $0.contains(note) }, "\(check)")
}

@Test(arguments: [CheckMode.full, .fast])
func hessianReferenceThatDisagreesWithDifferencesIsInconclusive(mode: CheckMode) throws {
    let x = Matrix<Double>(column: [0.7, -0.3, 1.2])
    let check = try DerivativeCheck.hessianVectorProduct(
        of: HyperDualOnlyTwist(), claimed: twistedHessianVectorProduct, at: x,
        options: DerivativeCheckOptions(mode: mode))
    #expect(check.outcome == .inconclusive, "\(check)")
    #expect(check.notes.contains { $0.contains("disagrees with finite differences") }, "\(check)")
}

@Test func closureNeedsTheFiniteDifferenceReferenceNamed() {
    let f: (Matrix<Double>) throws -> Double = { try CoupledLoss()($0) }
    #expect {
        _ = try DerivativeCheck.gradient(
            of: f, claimed: coupledGradient, at: coupledPoint,
            options: .full)
    } throws: { error in
        guard case let .invalidOption(reason)? = error as? DerivativeCheckError else {
            return false
        }
        return reason.contains(".finiteDifferences")
    }
}

@Test func genericFunctionRefusesTheFiniteDifferenceReference() {
    #expect {
        _ = try DerivativeCheck.gradient(
            of: CoupledLoss(), claimed: coupledGradient, at: coupledPoint,
            options: .finiteDifferences)
    } throws: { error in
        guard case .invalidOption? = error as? DerivativeCheckError else { return false }
        return true
    }
}

@Test func errorsOfTheUsersCodeComeBackTyped() {
    do {
        _ = try DerivativeCheck.gradient(
            of: CoupledLoss(), claimed: { _ in throw ThrownByUserCode() }, at: coupledPoint)
        Issue.record("expected a thrown error")
    } catch {
        // `error` is statically a DerivativeCheckError (typed throws).
        guard case let .evaluationFailed(reason) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(reason.contains("ThrownByUserCode"))
    }
}

@Test func failingReportGivesThePointInTheUsersShape() throws {
    let buggy: (Matrix<Double>, Matrix<Double>) throws -> Matrix<Double> = { x, u in
        var g = try sigmoidLayerVJP(x, u)
        g[2, 1] *= 1 + 1e-5
        return g
    }
    let check = try DerivativeCheck.vectorJacobianProduct(
        of: SigmoidLayer(), claimed: buggy,
        at: layerPoint)
    #expect(check.outcome == .failed, "\(check)")
    #expect(check.pointShape == layerPoint.shape)
    #expect(check.pointMatrix == layerPoint)
    #expect(check.worstEntry?.label.hasSuffix("/∂X[2, 1]") == true, "\(check)")
    let point = "at the point (3×2) [[0.2, -0.4], [1.1, 0.3], [-0.6, 0.9]]"
    #expect(check.description.contains(point), "\(check)")
}

@Test func failingReportGivesAColumnPointAsAList() throws {
    let x = Matrix<Double>(column: [0.3, -1.2])
    let check = try DerivativeCheck.gradient(
        of: Rosenbrock(),
        claimed: { x in
            var g = rosenbrockGradient(x);
            g[
                1,
                0] *= 1 + 1e-9;
            return g
        }, at: x)
    #expect(check.outcome == .failed, "\(check)")
    #expect(check.description.contains("at the point (column of 2) [0.3, -1.2]"), "\(check)")
}

@Test func finiteDifferenceReportStatesTheSensitivityItAllows() throws {
    let f: (Matrix<Double>) throws -> Double = { try CoupledLoss()($0) }
    let differences = try DerivativeCheck.gradient(
        of: f, claimed: coupledGradient, at: coupledPoint, options: .finiteDifferences)
    let dual = try DerivativeCheck.gradient(
        of: CoupledLoss(), claimed: coupledGradient, at: coupledPoint)
    #expect(differences.outcome == .passed, "\(differences)")
    #expect(differences.notes.contains { $0.contains("the bounds allow relative errors up to") })
    #expect(!dual.notes.contains { $0.contains("the bounds allow relative errors up to") })
    let allowed = try #require(differences.allowedRelativeError)
    let exact = try #require(dual.allowedRelativeError)
    #expect(allowed > 100 * exact, "finite differences \(allowed), dual \(exact)")
}
