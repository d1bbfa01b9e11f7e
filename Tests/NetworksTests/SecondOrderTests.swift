import Testing
@testable import MatrixNumerics
@testable import Networks

/// Pearlmutter's R-op through back-propagation is the exact Hessian-vector
/// product: compare with the central difference of the gradient along `u`.
@Test(arguments: networkCases)
func hessianVectorProductMatchesDifferenceOfGradients(_ c: NetworkCase) throws {
    let net = try c.network()
    let (x, y) = try c.batchData()
    let pass = try net.forward(inputs: x, targets: y)
    let u = try randomDirection(like: net.parameters, seed: 21)
    let hu = try net.hessianProduct(pass, direction: u).flattened
    let h = 1e-5
    var plus = net, minus = net
    plus.parameters.combine(scaling: 1, adding: u, scaledBy: h)
    minus.parameters.combine(scaling: 1, adding: u, scaledBy: -h)
    let gp = try plus.lossAndGradient(inputs: x, targets: y).gradient.flattened
    let gm = try minus.lossAndGradient(inputs: x, targets: y).gradient.flattened
    let fd = zip(gp, gm).map { ($0 - $1) / (2 * h) }
    #expect(relativeError(hu, fd) < 1e-7, "\(c)")
}

/// Seed 000: `G u = J_φ H_L J_φᵀ u` against the explicitly formed product,
/// with `J_φᵀ` (`|vec Z^L| × p`) built column by column from central
/// differences of the outputs and `H_L` written out block by block.
@Test(arguments: networkCases)
func gaussNewtonProductMatchesExplicitProduct(_ c: NetworkCase) throws {
    let net = try c.network()
    let (x, y) = try c.batchData()
    let pass = try net.forward(inputs: x, targets: y)
    let u = try randomDirection(like: net.parameters, seed: 31)
    let gu = try net.gaussNewtonProduct(pass, direction: u).flattened

    // Outputs Z^L as a function of w (squared error's "loss" is irrelevant here).
    let outputs: ([Double]) throws -> [Double] = { w in
        var probe = net
        probe.parameters = try NetworkParameters(flattened: w, like: net.parameters)
        return try probe.forward(inputs: x, targets: y).outputs
    }
    // p columns of length oB
    let columns = try centralDifferenceColumns(
        at: net.parameters.flattened, step: 1e-6, outputs)
    let o = y.rows, batch = y.cols, p = columns.count
    let jacobianT = try Matrix<Double>(rows: o * batch, cols: p) { i, k in columns[k][i] }
    var blocks = try Matrix<Double>.zeros(o * batch, o * batch)
    let probabilities = pass.prediction
    for b in 0..<batch {
        for i in 0..<o {
            for j in 0..<o {
                let pi = probabilities[b * o + i], pj = probabilities[b * o + j]
                let entry: Double
                switch c.loss {
                case .squaredError: entry = i == j ? 1 : 0
                case .sigmoidBinaryCrossEntropy: entry = i == j ? pi * (1 - pi) : 0
                case .softmaxCrossEntropy: entry = (i == j ? pi : 0) - pi * pj
                }
                blocks[b * o + i, b * o + j] = entry / Double(batch)
            }
        }
    }
    let explicit = try jacobianT.transposed * blocks * jacobianT * Matrix(column: u.flattened)
    #expect(relativeError(gu, explicit.entries) < 1e-7, "\(c)")
    // G is symmetric positive semi-definite: uᵀ G u ≥ 0.
    #expect(u.flattened.enumerated().map { $1 * gu[$0] }.reduce(0, +) >= -1e-12)
}

/// Seed 001's `Q^l` recursion, with the `f″` term, gives the exact diagonal
/// Hessian blocks; without it, it is exact only for piecewise-linear
/// activations (positive erratum test for tanh and sigmoid).
@Test(arguments: networkCases)
func layerHessianBlocksMatchDifferencesOfGradients(_ c: NetworkCase) throws {
    let net = try c.network()
    let (x, y) = try c.batchData()
    let pass = try net.forward(inputs: x, targets: y)
    let exact = try net.layerHessians(pass)
    let seedVersion = try net.layerHessians(pass, includesSecondDerivativeTerm: false)
    let gradient: ([Double]) throws -> [Double] = { w in
        var probe = net
        probe.parameters = try NetworkParameters(flattened: w, like: net.parameters)
        return try probe.lossAndGradient(inputs: x, targets: y).gradient.flattened
    }
    let w = net.parameters.flattened
    let hessianColumns = try centralDifferenceColumns(at: w, step: 1e-5, gradient)
    var offset = 0
    for l in 1...net.depth {
        let weightCount = net.widths[l] * net.widths[l - 1], biasCount = net.widths[l]
        let weightBlock = (offset..<offset + weightCount).flatMap { k in
            hessianColumns[k][offset..<offset + weightCount]
        }
        let biasStart = offset + weightCount
        let biasBlock = (biasStart..<biasStart + biasCount).flatMap { k in
            hessianColumns[k][biasStart..<biasStart + biasCount]
        }
        #expect(
            relativeError(exact[l - 1].weight.entries, weightBlock) < 1e-7, "\(c) layer \(l) weight"
        )
        #expect(relativeError(exact[l - 1].bias.entries, biasBlock) < 1e-7, "\(c) layer \(l) bias")
        let seedError = relativeError(seedVersion[l - 1].weight.entries, weightBlock)
        if c.activation.isPiecewiseLinear || l == net.depth {
            #expect(seedError < 1e-7, "\(c) layer \(l): the note's recursion is exact here")
        } else {
            #expect(seedError > 1e-4, "\(c) layer \(l): dropping f″ must be visible")
        }
        offset = biasStart + biasCount
    }
}

/// Seed 004: `∂z^L/∂x = W^L D^{L−1} ⋯ D¹ W¹` against central differences,
/// with and without the output link.
@Test(arguments: networkCases)
func inputJacobianMatchesCentralDifferences(_ c: NetworkCase) throws {
    let net = try c.network()
    var generator = Xoshiro256StarStar(seed: 41)
    let x = (0..<c.widths[0]).map { _ in generator.uniform(-1, 1) }
    for throughLink in [false, true] {
        let jacobian = try net.inputJacobian(at: x, throughLink: throughLink)
        let columns = try centralDifferenceColumns(at: x, step: 1e-6) { input in
            let pass = try net.forward(
                inputs: Matrix(column: input),
                targets: Matrix(column: [Double](repeating: 0, count: c.widths.last ?? 0)))
            return throughLink ? pass.prediction : pass.outputs
        }
        let fd = columns.flatMap { $0 }  // column-major n_L × n₀
        #expect(jacobian.rows == c.widths.last && jacobian.cols == c.widths[0])
        #expect(relativeError(jacobian.entries, fd) < 1e-8, "\(c) link \(throughLink)")
    }
}

/// Two exact methods agree to rounding: the R-op Hessian-vector product along
/// a direction supported on one layer's weights, read on that layer, equals
/// the `Q^l` block times `vec U^l`.
@Test(arguments: networkCases)
func hessianProductAgreesWithLayerBlocks(_ c: NetworkCase) throws {
    let net = try c.network()
    let (x, y) = try c.batchData()
    let pass = try net.forward(inputs: x, targets: y)
    let blocks = try net.layerHessians(pass)
    let random = try randomDirection(like: net.parameters, seed: 61)
    for l in 1...net.depth {
        var u = net.parameters.zero
        u.layers[l - 1].weight = random.layers[l - 1].weight
        let hu = try net.hessianProduct(pass, direction: u).layers[l - 1].weight
        let expected = try blocks[l - 1].weight * Matrix(column: u.layers[l - 1].weight)
        #expect(relativeError(hu, expected.entries) < 1e-12, "\(c) layer \(l)")
    }
}

@Test func layerHessiansRefuseBlocksTooLargeToForm() throws {
    let net = try MultilayerPerceptron(
        widths: [300, 300, 2], activations: [.tanh], loss: .softmaxCrossEntropy, seed: 1)
    let x = try Matrix<Double>.zeros(300, 1)
    let y = Matrix<Double>(column: [1, 0])
    let pass = try net.forward(inputs: x, targets: y)
    #expect(throws: NetworkError.self) { try net.layerHessians(pass) }
}

/// The R-op Hessian-vector product against hyper-dual numbers (exact second
/// derivatives, Fike & Alonso 2011) through the generic forward pass:
/// seeding `ε₁` along `u` and `ε₂` along `e_k` gives `(∇²L u)_k` with no
/// truncation error, so the two agree to rounding.
@Test(arguments: networkCases)
func hessianVectorProductMatchesHyperDualNumbers(_ c: NetworkCase) throws {
    let net = try c.network()
    let (x, y) = try c.batchData()
    let pass = try net.forward(inputs: x, targets: y)
    let u = try randomDirection(like: net.parameters, seed: 71)
    let hu = try net.hessianProduct(pass, direction: u).flattened
    let w = net.parameters.flattened, uFlat = u.flattened
    let hx = x.map { HyperDual<Double>($0) }, hy = y.map { HyperDual<Double>($0) }
    var exact: [Double] = []
    for k in w.indices {
        let seeded = w.indices.map { HyperDual<Double>(w[$0], uFlat[$0], $0 == k ? 1 : 0, 0) }
        exact.append(try net.loss(at: seeded, inputs: hx, targets: hy).epsilon1epsilon2)
    }
    #expect(relativeError(hu, exact) < 1e-12, "\(c)")
}
