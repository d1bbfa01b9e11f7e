import Testing
@testable import MatrixNumerics
@testable import Networks

/// The explicit Gauss-Newton matrix `G` (`p × p`), column `k` = `G e_k`
/// (the product itself is checked against `J_φ H_L J_φᵀ` elsewhere).
private func explicitGaussNewton(
    _ net: MultilayerPerceptron, _ pass: ForwardPass
) throws -> Matrix<Double> {
    let p = net.parameters.count
    var columns: [[Double]] = []
    for k in 0..<p {
        var e = [Double](repeating: 0, count: p)
        e[k] = 1
        columns.append(
            try net.gaussNewtonProduct(
                pass, direction: try NetworkParameters(flattened: e, like: net.parameters)
            ).flattened)
    }
    return try Matrix(rows: p, cols: p) { i, k in columns[k][i] }
}

/// Minimises a function of two variables by alternating golden-section line
/// searches — a direct minimisation that knows nothing about the 2×2 system.
private func directMinimum(
    _ f: (Double, Double) -> Double, start: (Double, Double)
) -> (Double, Double) {
    var (x, y) = start
    func golden(_ g: (Double) -> Double, around c: Double) -> Double {
        var width = 1.0
        while g(c + width) < g(c) || g(c - width) < g(c) { width *= 2 }
        var lo = c - width, hi = c + width
        let r = (5.0.squareRoot() - 1) / 2
        for _ in 0..<90 {
            let m1 = hi - r * (hi - lo), m2 = lo + r * (hi - lo)
            if g(m1) < g(m2) { hi = m2 } else { lo = m1 }
        }
        return (lo + hi) / 2
    }
    for _ in 0..<300 {
        x = golden({ f($0, y) }, around: x)
        y = golden({ f(x, $0) }, around: y)
    }
    return (x, y)
}

/// CurveBall's `ρ, β` from the 2×2 system are the minimiser of the damped
/// quadratic model `m̂(s) = ∇Lᵀs + ½ sᵀ(G + λI)s` over `s = −βΔz + ρz`, found
/// here by direct minimisation with an explicitly formed `G`.
@Test(arguments: [networkCases[1], networkCases[2], networkCases[3], networkCases[4]])
func curveBallStepSizesMinimiseTheQuadraticModel(_ c: NetworkCase) throws {
    var net = try c.network()
    let (x, y) = try c.batchData()
    let pass = try net.forward(inputs: x, targets: y)
    let g = try explicitGaussNewton(net, pass)
    let gradient = try net.gradient(pass).flattened
    var options = CurveBall.Options()
    options.adaptsLambda = false
    options.lambda = 0.3
    var solver = try CurveBall(options: options)
    let z = try randomDirection(like: net.parameters, seed: 51)
    solver.state = z
    let report = try solver.step(&net, inputs: x, targets: y)
    let beta = try #require(report.beta), rho = try #require(report.rho)

    let zv = z.flattened
    let gz = try (g * Matrix(column: zv)).entries
    let deltaZ = (0..<zv.count).map { gz[$0] + gradient[$0] + options.lambda * zv[$0] }
    // Ĝ = G + λI applied to z and Δz by dense products; m̂ is then evaluated
    // at any s = −βΔz + ρz in O(p) without the 2×2 system.
    let damped = try g + options.lambda * Matrix<Double>.identity(zv.count)
    let hz = try (damped * Matrix(column: zv)).entries,
        hd = try (damped * Matrix(column: deltaZ)).entries
    func model(_ b: Double, _ r: Double) -> Double {
        var value = 0.0
        for k in zv.indices {
            let s = -b * deltaZ[k] + r * zv[k]
            value += gradient[k] * s + 0.5 * s * (-b * hd[k] + r * hz[k])
        }
        return value
    }
    let (bestBeta, bestRho) = directMinimum(model, start: (0, 0))
    #expect(abs(beta - bestBeta) < 1e-5 * max(1, abs(bestBeta)), "\(c): β \(beta) vs \(bestBeta)")
    #expect(abs(rho - bestRho) < 1e-5 * max(1, abs(bestRho)), "\(c): ρ \(rho) vs \(bestRho)")
    #expect(model(beta, rho) <= model(bestBeta, bestRho) + 1e-12)

    // The seed note's matrix (ratios of the entries, no inverse, no λ) does
    // not give the minimiser: its model value is strictly worse.
    let a11 = zip(deltaZ, try (g * Matrix(column: deltaZ)).entries).map(*).reduce(0, +)
    let a12 = zip(zv, try (g * Matrix(column: deltaZ)).entries).map(*).reduce(0, +)
    let a22 = zip(zv, gz).map(*).reduce(0, +)
    let b1 = zip(gradient, deltaZ).map(*).reduce(0, +), b2 = zip(gradient, zv).map(*).reduce(0, +)
    let seedMinusBeta = -((a11 / a12) * b1 + (a12 / a22) * b2)
    let seedRho = -((a12 / a22) * b1 + 1 * b2)
    #expect(
        model(-seedMinusBeta, seedRho) > model(bestBeta, bestRho) + 1e-6
            * abs(model(bestBeta, bestRho)))
}

/// The 2×2 solve handles the first step (`z = 0`, singular system) by the
/// pseudo-inverse: `ρ = 0`, `β = b₁/a₁₁`.
@Test func curveBallSystemFirstStepIsAGradientStepWithExactLineSearch() {
    let s = CurveBallSystem(a11: 4, a12: 0, a22: 0, b1: 2, b2: 0)
    let (beta, rho) = s.solve()
    #expect(abs(beta - 0.5) < 1e-15 && rho == 0)
    let regular = CurveBallSystem(a11: 2, a12: 1, a22: 3, b1: 1, b2: -1)
    let (b, r) = regular.solve()
    // [2 1; 1 3][−β; ρ] = −[1; −1] → −β = −0.8, ρ = 0.6.
    #expect(abs(b - 0.8) < 1e-14 && abs(r - 0.6) < 1e-14)
    #expect(regular.modelValue(beta: b, rho: r) < regular.modelValue(beta: b + 0.01, rho: r))
}

/// Every optimiser lowers the loss of a small classification problem, and
/// CurveBall adapts its damping.
@Test(arguments: ["curveball", "sgd", "adam"])
func optimisersReduceTheLoss(_ name: String) throws {
    let data = try SyntheticDataset(.xor, count: 64, seed: 3)
    var net = try MultilayerPerceptron(
        widths: [2, 8, 2], activations: [.tanh], loss: .softmaxCrossEntropy, seed: 5)
    var optimizer: any Optimizer
    switch name {
    case "curveball": optimizer = try CurveBall()
    case "sgd": optimizer = try SGD()
    default: optimizer = try Adam()
    }
    let initial = try net.lossValue(inputs: data.inputs, targets: data.targets)
    for _ in 0..<100 { _ = try optimizer.step(&net, inputs: data.inputs, targets: data.targets) }
    let final = try net.lossValue(inputs: data.inputs, targets: data.targets)
    #expect(final < 0.5 * initial, "\(name): \(initial) → \(final)")
}

@Test func invalidOptimiserOptionsThrow() {
    var options = CurveBall.Options()
    options.lambda = -1
    #expect(throws: NetworkError.self) { try CurveBall(options: options) }
    options = CurveBall.Options()
    options.lambdaInterval = 0
    #expect(throws: NetworkError.self) { try CurveBall(options: options) }
    #expect(throws: NetworkError.self) { try SGD(learningRate: .nan) }
    #expect(throws: NetworkError.self) { try SGD(momentum: 1) }
    #expect(throws: NetworkError.self) { try Adam(beta2: 1.5) }
}

@Test func datasetsAreReproducibleAndBalanced() throws {
    for kind in SyntheticDataset.Kind.allCases {
        let a = try SyntheticDataset(kind, count: 20, seed: 9),
            b = try SyntheticDataset(kind, count: 20, seed: 9)
        let c = try SyntheticDataset(kind, count: 20, seed: 10)
        #expect(a.inputs == b.inputs && a.targets == b.targets)
        #expect(a.inputs != c.inputs)
        #expect(a.targets.entries.reduce(0, +) == 20)
        #expect(try a.targets.row(0).reduce(0, +) == 10)
    }
    #expect(throws: NetworkError.self) { try SyntheticDataset(.xor, count: 1, seed: 1) }
}
