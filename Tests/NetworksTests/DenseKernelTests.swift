import Testing
@testable import MatrixNumerics
@testable import Networks

/// The forward pass's `tanh` kernel agrees with the C library's `tanh` to a
/// few ulp over the whole range, including both branches' boundary, tiny and
/// huge arguments, and keeps NaN.
@Test func tanhKernelMatchesLibraryTanh() {
    var generator = Xoshiro256StarStar(seed: 3)
    var xs: [Double] = [
        0, -0.0, 0.625, -0.625, 0.6249999999, 22, -22, 23, 700, -700, 1e-300, -1e-8, .infinity,
        -.infinity,
    ]
    for _ in 0..<20_000 {
        xs.append(generator.uniform(-30, 30) * (generator.nextUnitInterval() < 0.5 ? 1 : 0.03))
    }
    var ys = xs
    DenseKernels.tanhInPlace(&ys)
    var worst = 0.0
    for (x, y) in zip(xs, ys) {
        let reference = Double.tanh(x)
        let error = reference == 0 ? abs(y) : abs(y - reference) / (abs(reference).ulp)
        worst = max(worst, error)
    }
    #expect(worst <= 4, "worst error \(worst) ulp")
    var nan = [Double.nan]
    DenseKernels.tanhInPlace(&nan)
    #expect(nan[0].isNaN)
}
