import Foundation
import Testing
@testable import MatrixNumerics

/// The exact Hessian-vector product of ``CoupledLoss``, by hyper-dual numbers
/// (independent of the code under test: the Taylor test only sees the values).
/// The Hessian-vector product of ``CoupledLoss``, derived by hand (not by
/// hyper-dual numbers, so that it checks the checker's hyper-dual reference):
/// `f = log(1 + x₀²) + Σᵢ σ(uᵢ)²` with `uᵢ = cᵢxᵢ + xᵢ₊₁`, `cᵢ = 0.5 + 0.1i`;
/// `∂²log(1 + x₀²)/∂x₀² = 2(1 − x₀²)/(1 + x₀²)²` and
/// `d²σ(u)²/du² = 2σ'² + 2σσ'(1 − 2σ)` with `σ' = σ(1 − σ)`, each times `aᵢaᵢᵀ`
/// where `aᵢ` has `cᵢ` at `i` and `1` at `i + 1`.
func coupledHessianVectorProduct(_ x: Matrix<Double>, _ v: Matrix<Double>) throws -> Matrix<Double>
{
    let p = x.entries, w = v.entries
    var hv = [Double](repeating: 0, count: p.count)
    let q = 1 + p[0] * p[0]
    hv[0] = 2 * (1 - p[0] * p[0]) / (q * q) * w[0]
    for i in 0..<(p.count - 1) {
        let c = 0.5 + Double(i) * 0.1
        let s = 1 / (1 + Foundation.exp(-(c * p[i] + p[i + 1])))
        let ds = s * (1 - s)
        let curvature = 2 * ds * ds + 2 * s * ds * (1 - 2 * s)
        let projected = curvature * (c * w[i] + w[i + 1])
        hv[i] += c * projected
        hv[i + 1] += projected
    }
    return Matrix(column: hv)
}

func coupledValue(_ x: [Double]) throws -> Double { try CoupledLoss()(Matrix(column: x)) }

let coupledPointArray = coupledPoint.entries
func coupledGradientArray(_ x: [Double]) -> [Double] { coupledGradient(Matrix(column: x)).entries }

@Test func rightGradientShowsOrderTwo() throws {
    let test = try TaylorRemainderTest.run(
        function: coupledValue, gradient: coupledGradientArray(coupledPointArray),
        at: coupledPointArray, seed: 3)
    #expect(test.passed, "\(test)")
    let order = try #require(test.observedOrder)
    #expect(abs(order - 2) < 0.2, "\(test)")
    #expect((test.fitQuality ?? 0) > 0.99)
}

@Test func wrongGradientShowsOrderOne() throws {
    var wrong = coupledGradientArray(coupledPointArray)
    wrong[2] *= 1 + 1e-4
    let test = try TaylorRemainderTest.run(
        function: coupledValue, gradient: wrong, at: coupledPointArray, seed: 3)
    #expect(test.outcome == .failed, "\(test)")
    let order = try #require(test.observedOrder)
    #expect(abs(order - 1) < 0.2, "\(test)")
    #expect(test.description.contains("the gradient is wrong"))
}

@Test func rightHessianVectorProductShowsOrderThree() throws {
    let x = coupledPointArray
    let test = try TaylorRemainderTest.run(
        function: coupledValue, gradient: coupledGradientArray(x),
        hessianVectorProduct: { v in
            try coupledHessianVectorProduct(Matrix(column: x), Matrix(column: v)).entries
        }, at: x, seed: 5)
    #expect(test.passed, "\(test)")
    #expect(test.expectedOrder == 3)
    let order = try #require(test.observedOrder)
    #expect(abs(order - 3) < 0.25, "\(test)")
}

@Test func wrongHessianVectorProductShowsOrderTwo() throws {
    let x = coupledPointArray
    let test = try TaylorRemainderTest.run(
        function: coupledValue, gradient: coupledGradientArray(x),
        hessianVectorProduct: { v in
            try coupledHessianVectorProduct(Matrix(column: x), Matrix(column: v)).entries.map {
                $0 * 1.01
            }
        }, at: x, seed: 5)
    #expect(test.outcome == .failed, "\(test)")
    let order = try #require(test.observedOrder)
    #expect(abs(order - 2) < 0.25, "\(test)")
}

@Test func quadraticWithExactModelIsInconclusiveNotFailed() throws {
    // f(x) = ½‖x‖², ∇f = x, ∇²f v = v: the second-order model is exact, so
    // the remainder is rounding only and no order can be observed.
    let x: [Double] = [1.5, -0.25, 3]
    let test = try TaylorRemainderTest.run(
        function: { x in 0.5 * x.reduce(0) { $0 + $1 * $1 } }, gradient: x,
        hessianVectorProduct: { $0 }, at: x)
    #expect(test.outcome == .inconclusive, "\(test)")
    #expect(test.observedOrder == nil)
    #expect(test.description.contains("rounding floor"))
}

/// `f(x) = log Σ exp(x_i)` over `n` entries, in `Float`, and its gradient
/// `softmax(x)`: the remainder of a long single-precision sum hits its
/// rounding floor early (the false "failed" of issue 18).
private func logSumExpFloat(_ x: [Float]) -> Float {
    let top = x.max() ?? 0
    var sum: Float = 0
    for value in x { sum += Float.exp(value - top) }
    return top + Float.log(sum)
}

private func softmaxFloat(_ x: [Float]) -> [Float] {
    let top = x.max() ?? 0
    let e = x.map { Float.exp($0 - top) }
    var sum: Float = 0
    for value in e { sum += value }
    return e.map { $0 / sum }
}

@Test func float32LogSumExpIsNeverFailedWhenRight() throws {
    var random = Xoshiro256StarStar(seed: 18)
    var passed = 0
    for trial in 0..<10 {
        let x = (0..<2_000).map { _ in Float(random.nextStandardNormal()) }
        let test = try TaylorRemainderTest.run(
            function: logSumExpFloat, gradient: softmaxFloat(x), at: x,
            seed: UInt64(trial))
        #expect(test.outcome != .failed, "\(test)")
        if test.outcome == .passed { passed += 1 }
    }
    #expect(passed > 0, "the Float32 path should still reach a verdict sometimes")
}

@Test func float32WrongGradientFails() throws {
    var random = Xoshiro256StarStar(seed: 19)
    let x = (0..<200).map { _ in Float(random.nextStandardNormal()) }
    var wrong = softmaxFloat(x)
    wrong[7] += 0.05
    let test = try TaylorRemainderTest.run(
        function: logSumExpFloat, gradient: wrong, at: x, seed: 4)
    #expect(test.outcome == .failed, "\(test)")
}

@Test func leastSquaresRecoversASlope() {
    let xs: [Double] = [0, 1, 2, 3]
    let fit = leastSquaresLine(xs: xs, ys: xs.map { 2.5 * $0 - 1 })
    #expect(abs(fit.slope - 2.5) < 1e-12)
    #expect(abs(fit.intercept + 1) < 1e-12)
    #expect(abs(fit.rSquared - 1) < 1e-12)
}

@Test func correctGradientNeverFailsTheTaylorTestAtRandomPoints() throws {
    var random = Xoshiro256StarStar(seed: 17)
    for trial in 0..<20 {
        let x = (0..<6).map { _ in 2 * random.nextStandardNormal() }
        let test = try TaylorRemainderTest.run(
            function: coupledValue, gradient: coupledGradientArray(x), at: x, seed: UInt64(trial))
        #expect(test.outcome != .failed, "\(test)")
        #expect(test.passed, "\(test)")
    }
}
