import Testing
@testable import MatrixNumerics
@testable import Networks

/// Seeds 001–004: the δ recursion gives the gradient; checked against central
/// differences of the generic forward pass.
@Test(arguments: networkCases)
func gradientMatchesCentralDifferences(_ c: NetworkCase) throws {
    let net = try c.network()
    let (x, y) = try c.batchData()
    let (loss, gradient) = try net.lossAndGradient(inputs: x, targets: y)
    let w = net.parameters.flattened
    #expect(abs(try net.loss(at: w, inputs: x, targets: y) - loss) < 1e-13 * max(1, abs(loss)))
    let fd = try centralDifferenceColumns(at: w, step: 1e-5) {
        [try net.loss(at: $0, inputs: x, targets: y)]
    }.map { $0[0] }
    #expect(relativeError(gradient.flattened, fd) < 1e-8, "\(c)")
}

/// `backward(outputSeed:)` is `J_φ V`: its inner product with `u` equals
/// `⟨V, J_φᵀ u⟩` from the forward R-pass (adjoint identity).
@Test(arguments: networkCases)
func backwardIsAdjointOfDirectionalForward(_ c: NetworkCase) throws {
    let net = try c.network()
    let (x, y) = try c.batchData()
    let pass = try net.forward(inputs: x, targets: y)
    let u = try randomDirection(like: net.parameters, seed: 11)
    var generator = Xoshiro256StarStar(seed: 12)
    let v = try Matrix<Double>(rows: y.rows, cols: y.cols) { _, _ in generator.nextStandardNormal()
    }
    let jv = try net.backward(pass, outputSeed: v)
    let jtu = try net.directionalForward(pass, direction: u).outputs
    let lhs = jv.dot(u), rhs = zip(v.entries, jtu).map(*).reduce(0, +)
    #expect(abs(lhs - rhs) < 1e-12 * max(1, abs(lhs)))
}

@Test func badShapesThrowInsteadOfTrapping() throws {
    let net = try NetworkCase(widths: [3, 4, 2], activation: .tanh, loss: .softmaxCrossEntropy)
        .network()
    let (x, y) = try NetworkCase(widths: [3, 4, 2], activation: .tanh, loss: .softmaxCrossEntropy)
        .batchData()
    #expect(throws: NetworkError.self) {
        try net.forward(inputs: try Matrix<Double>.zeros(4, 3), targets: y)
    }
    #expect(throws: NetworkError.self) {
        try net.forward(inputs: x, targets: try Matrix<Double>.zeros(3, 3))
    }
    #expect(throws: NetworkError.self) { try net.loss(at: [1.0, 2.0], inputs: x, targets: y) }
    let pass = try net.forward(inputs: x, targets: y)
    let wrong = try MultilayerPerceptron(
        widths: [3, 5, 2], activations: [.tanh], loss: .softmaxCrossEntropy, seed: 1)
    #expect(throws: NetworkError.self) {
        try net.gaussNewtonProduct(pass, direction: wrong.parameters)
    }
    #expect(throws: NetworkError.self) { try net.hessianProduct(pass, direction: wrong.parameters) }
    #expect(throws: NetworkError.self) {
        try MultilayerPerceptron(widths: [3], activations: [], loss: .squaredError, seed: 1)
    }
    #expect(throws: NetworkError.self) {
        try MultilayerPerceptron(
            widths: [3, 0, 2], activations: [.relu], loss: .squaredError, seed: 1)
    }
    #expect(throws: NetworkError.self) {
        try MultilayerPerceptron(widths: [3, 4, 2], activations: [], loss: .squaredError, seed: 1)
    }
    #expect(throws: NetworkError.self) {
        try MultilayerPerceptron(
            widths: [Int.max, 4], activations: [], loss: .squaredError, seed: 1)
    }
    #expect(throws: NetworkError.self) {
        try LayerParameters(rows: Int.max, cols: 2, weight: [], bias: [])
    }
}

/// The same gradient against the complex step `Im L(w + i h e_k)/h`
/// (h = 1e-20, no cancellation) and forward-mode dual numbers, both run
/// through the generic forward pass: agreement to rounding.
@Test(arguments: networkCases)
func gradientMatchesComplexStepAndDualNumbers(_ c: NetworkCase) throws {
    let net = try c.network()
    let (x, y) = try c.batchData()
    let gradient = try net.lossAndGradient(inputs: x, targets: y).gradient.flattened
    let w = net.parameters.flattened
    let cx = x.map { Complex<Double>($0) }, cy = y.map { Complex<Double>($0) }
    let dx = x.map { Dual<Double>($0) }, dy = y.map { Dual<Double>($0) }
    let h = 1e-20
    var complexStep: [Double] = [], dual: [Double] = []
    for k in w.indices {
        let cw = w.enumerated().map { Complex<Double>($1, $0 == k ? h : 0) }
        complexStep.append(try net.loss(at: cw, inputs: cx, targets: cy).imaginary / h)
        let dw = w.enumerated().map { Dual<Double>($1, $0 == k ? 1 : 0) }
        dual.append(try net.loss(at: dw, inputs: dx, targets: dy).derivative)
    }
    #expect(relativeError(gradient, complexStep) < 1e-12, "\(c)")
    #expect(relativeError(gradient, dual) < 1e-12, "\(c)")
}

/// The gradient lies inside the error bars of Numerics' Richardson-extrapolated
/// finite-difference gradient (the regression-guard check), entry by entry.
@Test(arguments: networkCases)
func gradientLiesWithinRichardsonErrorEstimate(_ c: NetworkCase) throws {
    let net = try c.network()
    let (x, y) = try c.batchData()
    let gradient = try net.lossAndGradient(inputs: x, targets: y).gradient.flattened
    let w = Matrix(column: net.parameters.flattened)
    let estimate = try MatrixNumerics.FiniteDifferences.gradient(
        of: { try net.loss(at: $0.entries, inputs: x, targets: y) }, at: w)
    #expect(
        try estimate.bounds(Matrix(column: gradient)),
        "\(c): max error estimate \(estimate.maximumErrorEstimate)")
    #expect(estimate.maximumErrorEstimate < 1e-6)
}
