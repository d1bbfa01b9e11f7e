#if canImport(_Differentiation)
import _Differentiation
import DifferentiableSwiftCheck
import MatrixNumerics
import Testing

// A custom activation with a hand-written pullback, right and (deliberately) wrong.

func softsign(_ x: Double) -> Double { x / (1 + Swift.abs(x)) }

@derivative(of: softsign)
func softsignVJP(_ x: Double) -> (value: Double, pullback: (Double) -> Double) {
    let d = 1 + Swift.abs(x)
    return (x / d, { v in v / (d * d) })
}

func wrongSoftsign(_ x: Double) -> Double { x / (1 + Swift.abs(x)) }

@derivative(of: wrongSoftsign)
func wrongSoftsignVJP(_ x: Double) -> (value: Double, pullback: (Double) -> Double) {
    let d = 1 + Swift.abs(x)
    return (x / d, { v in v / d })   // forgot a factor 1/d
}

@differentiable(reverse)
func softsignLoss(_ x: [Double]) -> Double {
    var total = 0.0
    for i in withoutDerivative(at: x.indices) { total += softsign(x[i]) * x[i] }
    return total
}

@differentiable(reverse)
func wrongSoftsignLoss(_ x: [Double]) -> Double {
    var total = 0.0
    for i in withoutDerivative(at: x.indices) { total += wrongSoftsign(x[i]) * x[i] }
    return total
}

/// The generic twin: the same loss for every scalar.
struct SoftsignLoss: ScalarValuedMatrixFunction {
    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> S {
        x.entries.reduce(S.zero) { $0 + $1 / (S(1) + S.abs($1)) * $1 }
    }
}

let bridgePoint: [Double] = [0.3, -1.7, 2.2, -0.4, 1.1]

@Test(arguments: [CheckMode.full, .fast])
func rightRegisteredDerivativePasses(mode: CheckMode) throws {
    let check = try RegisteredDerivativeCheck.gradient(
        of: softsignLoss, reference: SoftsignLoss(), at: bridgePoint,
        options: DerivativeCheckOptions(mode: mode))
    #expect(check.outcome == .passed, "\(check)")
    let differences = try RegisteredDerivativeCheck.gradientAgainstFiniteDifferences(
        of: softsignLoss, at: bridgePoint, options: DerivativeCheckOptions(mode: mode))
    #expect(differences.outcome == .passed, "\(differences)")
    #expect(differences.reference == .finiteDifferences)
}

@Test(arguments: [CheckMode.full, .fast])
func wrongRegisteredDerivativeIsCaught(mode: CheckMode) throws {
    let check = try RegisteredDerivativeCheck.gradient(
        of: wrongSoftsignLoss, reference: SoftsignLoss(), at: bridgePoint,
        options: DerivativeCheckOptions(mode: mode))
    #expect(check.outcome == .failed, "\(check)")
    let differences = try RegisteredDerivativeCheck.gradientAgainstFiniteDifferences(
        of: wrongSoftsignLoss, at: bridgePoint, options: DerivativeCheckOptions(mode: mode))
    #expect(differences.outcome == .failed, "\(differences)")
}

// A vector-valued map: F(x) = softsign.(x) ⊙ x, checked through its pullbacks.

@differentiable(reverse)
func softsignMap(_ x: [Double]) -> [Double] {
    var out: [Double] = []
    for i in withoutDerivative(at: x.indices) { out.append(wrongSoftsign(x[i]) * x[i]) }
    return out
}

struct SoftsignMap: MatrixFunction {
    func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    ) throws -> Matrix<S> {
        x.map { $0 / (S(1) + S.abs($0)) * $0 }
    }
}

@Test func wrongRegisteredPullbackOfAVectorMapIsCaught() throws {
    let check = try RegisteredDerivativeCheck.vectorJacobianProduct(
        of: softsignMap, reference: SoftsignMap(), at: bridgePoint, options: .fast)
    #expect(check.outcome == .failed, "\(check)")
}
#endif
