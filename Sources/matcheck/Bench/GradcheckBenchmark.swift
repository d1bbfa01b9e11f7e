import MatrixNumerics

/// `matcheck bench gradcheck`: how small a gradient (and Hessian-vector
/// product) error the checks detect, and how many false alarms they raise,
/// on an MLP loss with a hand-written backprop — the experiment of
/// `shared/bench/torch_gradcheck.py` for `torch.autograd.gradcheck`.
struct GradcheckBenchmark: Benchmark {
    let name = "gradcheck"
    let summary = "gradient-check sensitivity, false alarms (Float64, Float32) and fast mode on 1e6 parameters"

    func run(report: BenchReport) throws {
        var random = Xoshiro256StarStar(seed: 2026)
        let model = HandWrittenPerceptron(sizes: [20, 30, 30, 10], batch: 16, random: &random)
        let weights = Matrix(column: model.randomWeights(&random))
        let gradient = model.gradient(weights).entries
        let gradientNorm = gradient.map { $0 * $0 }.reduce(0, +).squareRoot()
        let randomEntry = Int(random.next() % UInt64(gradient.count))
        let largestEntry = gradient.indices.max { abs(gradient[$0]) < abs(gradient[$1]) } ?? 0
        var errorDirection = (0..<gradient.count).map { _ in random.nextStandardNormal() }
        let directionNorm = errorDirection.map { $0 * $0 }.reduce(0, +).squareRoot()
        errorDirection = errorDirection.map { $0 / directionNorm }
        let deltas = (1...12).map { Double.pow(10, -Double($0)) }
        let layout = try model.layout()

        // Sensitivity of the gradient check, full and fast, for three injections.
        for mode in [CheckMode.full, .fast] {
            for (kind, entry) in [("entry", Optional(randomEntry)), ("entry-largest", Optional(largestEntry)), ("direction", nil)] {
                var smallest: Double?
                let start = MonotonicClock.seconds()
                for delta in deltas {
                    let claimed: (Matrix<Double>) -> Matrix<Double> = { w in
                        var g = model.gradient(w).entries
                        if let entry {
                            g[entry] *= 1 + delta
                        } else {
                            let norm = g.map { $0 * $0 }.reduce(0, +).squareRoot()
                            for i in g.indices { g[i] += delta * norm * errorDirection[i] }
                        }
                        return Matrix(column: g)
                    }
                    let check = try GradientCheck.gradient(
                        of: model, claimed: claimed, at: weights, options: DerivativeCheckOptions(mode: mode, layout: layout))
                    if check.passed { break }
                    smallest = delta
                }
                var row: [(String, JSONValue)] = [("bench", "gradcheck-sensitivity"), ("mode", .string(mode.rawValue)), ("kind", .string(kind))]
                if let entry {
                    row.append(("entry", .string(layout.label(ofFlatIndex: entry))))
                    row.append(("entry_over_max", .double(abs(gradient[entry]) / abs(gradient[largestEntry]))))
                }
                row += [("smallest_detected_rel_error", smallest.map(JSONValue.double) ?? .null),
                        ("params", .int(weights.count)), ("seconds", .double(MonotonicClock.seconds() - start))]
                report.row(row)
            }
        }
        _ = gradientNorm

        // Sensitivity of the Hessian-vector product check (fast mode, hyper-dual reference).
        let hvpEntry = Int(random.next() % UInt64(weights.count))
        for kind in ["entry", "direction"] {
            var smallest: Double?
            let start = MonotonicClock.seconds()
            for delta in deltas {
                let claimed: (Matrix<Double>, Matrix<Double>) -> Matrix<Double> = { w, v in
                    var hv = model.hessianVectorProduct(w, v).entries
                    if kind == "entry" {
                        hv[hvpEntry] *= 1 + delta
                    } else {
                        let norm = hv.map { $0 * $0 }.reduce(0, +).squareRoot()
                        for i in hv.indices { hv[i] += delta * norm * errorDirection[i] }
                    }
                    return Matrix(column: hv)
                }
                let check = try HessianCheck.hessianVectorProduct(
                    of: model, claimed: claimed, at: weights, options: DerivativeCheckOptions(mode: .fast, layout: layout))
                if check.passed { break }
                smallest = delta
            }
            report.row([("bench", "gradcheck-sensitivity"), ("mode", "hvp"), ("kind", .string(kind)),
                        ("smallest_detected_rel_error", smallest.map(JSONValue.double) ?? .null),
                        ("seconds", .double(MonotonicClock.seconds() - start))])
        }

        // Full mode costs 2n + 2 dual passes (n = 1800): 1000 trials take a few
        // minutes per dtype (PyTorch's script runs 100 full checks).
        let fullTrials = 1000
        // False alarms over correct gradients at random points (new weights and data each trial).
        for (dtype, mode, trials) in [("float64", CheckMode.fast, 1000), ("float64", .full, fullTrials),
                                      ("float32", .fast, 1000), ("float32", .full, fullTrials)] {
            var alarms = 0
            var trialRandom = Xoshiro256StarStar(seed: 7_000 + UInt64(trials))
            let start = MonotonicClock.seconds()
            var worstRatio = 0.0
            for trial in 0..<trials {
                let trialModel = HandWrittenPerceptron(sizes: [20, 30, 30, 10], batch: 16, random: &trialRandom)
                let trialWeights = Matrix(column: trialModel.randomWeights(&trialRandom))
                let options = DerivativeCheckOptions(mode: mode, seed: UInt64(trial))
                let check: DerivativeCheckReport
                if dtype == "float64" {
                    check = try GradientCheck.gradient(of: trialModel, claimed: { (w: Matrix<Double>) in trialModel.gradient(w) }, at: trialWeights, options: options)
                } else {
                    check = try Float32Check.gradient(
                        of: trialModel, claimed: { (w: Matrix<Float>) in trialModel.gradient(w) }, at: trialWeights, options: options)
                }
                if !check.passed { alarms += 1 }
                worstRatio = max(worstRatio, check.worstEntry?.boundRatio ?? 0)
            }
            report.row([("bench", "gradcheck-false-alarms"), ("dtype", .string(dtype)), ("mode", .string(mode.rawValue)),
                        ("trials", .int(trials)), ("false_alarms", .int(alarms)),
                        ("worst_error_over_bound", .double(worstRatio)), ("seconds", .double(MonotonicClock.seconds() - start))])
        }

        // Fast mode on about a million parameters.
        var largeRandom = Xoshiro256StarStar(seed: 99)
        let large = HandWrittenPerceptron(sizes: [784, 1000, 200, 10], batch: 16, random: &largeRandom)
        let largeWeights = Matrix(column: large.randomWeights(&largeRandom))
        var largeCheck: DerivativeCheckReport?
        let seconds = try medianSeconds(runs: 3) {
            largeCheck = try GradientCheck.gradient(of: large, claimed: { (w: Matrix<Double>) in large.gradient(w) }, at: largeWeights, options: .fast)
        }
        report.row([("bench", "gradcheck-fast-large"), ("params", .int(largeWeights.count)), ("seconds", .double(seconds)),
                    ("probes", .int(DerivativeCheckOptions.fast.probes)),
                    ("passed", .bool(largeCheck?.passed ?? false)), ("evaluations", .int(largeCheck?.evaluations ?? 0))])
    }
}

/// The benchmark's model: a bias-free MLP with sigmoid hidden layers, a linear
/// output layer and the mean softmax cross-entropy over a batch (as in
/// `torch_gradcheck.py`), with a **hand-written** backprop — the kind of user
/// code the checks exist for. Weights are flat: `W1, W2, …`, each `out × in`,
/// column-major.
struct HandWrittenPerceptron: ScalarValuedMatrixFunction, Sendable {
    let sizes: [Int]
    let inputs: [[Double]]
    let labels: [Int]

    init(sizes: [Int], batch: Int, random: inout Xoshiro256StarStar) {
        self.sizes = sizes
        inputs = (0..<batch).map { _ in (0..<sizes[0]).map { _ in random.nextStandardNormal() } }
        labels = (0..<batch).map { _ in Int(random.next() % UInt64(sizes[sizes.count - 1])) }
    }

    var parameterCount: Int { zip(sizes.dropLast(), sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 } }

    func layout() throws -> ParameterLayout {
        try ParameterLayout((1..<sizes.count).map { ("W\($0)", Shape(sizes[$0], sizes[$0 - 1])) })
    }

    /// Standard normal weights scaled by `1/√fan-in`.
    func randomWeights(_ random: inout Xoshiro256StarStar) -> [Double] {
        var w: [Double] = []
        w.reserveCapacity(parameterCount)
        for k in 1..<sizes.count {
            let scale = 1 / Double(sizes[k - 1]).squareRoot()
            for _ in 0..<(sizes[k] * sizes[k - 1]) { w.append(random.nextStandardNormal() * scale) }
        }
        return w
    }

    /// The loss, generic so the checks can run it on dual numbers.
    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> S {
        let activations = forward(x.entries)
        let logits = activations[activations.count - 1], classes = sizes[sizes.count - 1]
        var total = S.zero
        for b in inputs.indices {
            var sum = S.zero
            for i in 0..<classes { sum += S.exp(logits[i + b * classes]) }
            // log Σ exp z − z[label] (logits here are small: no shift needed).
            total += S.log(sum) - logits[labels[b] + b * classes]
        }
        return total / S(inputs.count)
    }

    /// Activations of every layer for the whole batch, each `size × batch`
    /// column-major (sample `b` is column `b`); the last is the logits. The
    /// loops run over a weight column for all samples at once, so each
    /// weight is read once per pass.
    func forward<S: ElementaryFunctions & RealConstant>(_ w: [S]) -> [[S]] {
        let batch = inputs.count
        var a = [S]()
        a.reserveCapacity(sizes[0] * batch)
        for sample in inputs { for value in sample { a.append(S.constant(value)) } }
        var all = [a]
        var offset = 0
        for k in 1..<sizes.count {
            let rows = sizes[k], cols = sizes[k - 1]
            var z = [S](repeating: .zero, count: rows * batch)
            w.withUnsafeBufferPointer { weights in
                a.withUnsafeBufferPointer { a in
                    z.withUnsafeMutableBufferPointer { z in
                        for c in 0..<cols {
                            let column = offset + c * rows
                            for b in 0..<batch {
                                let ac = a[c + b * cols]
                                let out = b * rows
                                for r in 0..<rows { z[out + r] += weights[column + r] * ac }
                            }
                        }
                    }
                }
            }
            offset += rows * cols
            a = k < sizes.count - 1 ? z.map { S.sigmoid($0) } : z
            all.append(a)
        }
        return all
    }

    /// The hand-written backprop: `∂loss/∂w`, generic so that the same code
    /// runs in Float32 and, on dual numbers, gives a Hessian-vector product.
    func backprop<S: ElementaryFunctions & RealConstant>(_ w: [S]) -> [S] {
        let batch = inputs.count, classes = sizes[sizes.count - 1]
        var g = [S](repeating: .zero, count: w.count)
        var offsets = [0]
        for k in 1..<sizes.count { offsets.append(offsets[k - 1] + sizes[k] * sizes[k - 1]) }
        let inverseBatch = S(1) / S(batch)
        let activations = forward(w)
        // δ = (softmax(z) − onehot(label)) / batch, classes × batch.
        var delta = activations[activations.count - 1].map { S.exp($0) }
        for b in 0..<batch {
            var sum = S.zero
            for i in 0..<classes { sum += delta[i + b * classes] }
            for i in 0..<classes { delta[i + b * classes] = delta[i + b * classes] / sum }
            delta[labels[b] + b * classes] -= S(1)
        }
        delta = delta.map { $0 * inverseBatch }
        for k in stride(from: sizes.count - 1, through: 1, by: -1) {
            let rows = sizes[k], cols = sizes[k - 1], offset = offsets[k - 1]
            let a = activations[k - 1]
            var back = [S](repeating: .zero, count: cols * batch)
            w.withUnsafeBufferPointer { weights in
                g.withUnsafeMutableBufferPointer { g in
                    delta.withUnsafeBufferPointer { delta in
                        for c in 0..<cols {
                            let column = offset + c * rows
                            for b in 0..<batch {
                                let ac = a[c + b * cols], out = b * rows
                                var s = S.zero
                                for r in 0..<rows {
                                    g[column + r] += delta[out + r] * ac
                                    s += weights[column + r] * delta[out + r]
                                }
                                back[c + b * cols] = s
                            }
                        }
                    }
                }
            }
            // Through the sigmoid: σ' = a (1 − a).
            if k > 1 { delta = back.indices.map { back[$0] * a[$0] * (S(1) - a[$0]) } }
        }
        return g
    }

    func gradient(_ w: Matrix<Double>) -> Matrix<Double> { Matrix(column: backprop(w.entries)) }

    func gradient(_ w: Matrix<Float>) -> Matrix<Float> { Matrix(column: backprop(w.entries)) }

    /// `∇²loss(w) v`: the hand-written backprop run forward on dual numbers.
    func hessianVectorProduct(_ w: Matrix<Double>, _ v: Matrix<Double>) -> Matrix<Double> {
        let duals = zip(w.entries, v.entries).map { Dual<Double>($0, $1) }
        return Matrix(column: backprop(duals).map(\.derivative))
    }
}
