import GradientCheckZoo
import MatrixNumerics

/// `matcheck bench gradcheck`: how small a gradient (and Hessian-vector
/// product) error the checks detect, and how many false alarms they raise,
/// on an MLP loss with a hand-written backprop — the experiment of
/// `shared/bench/torch_gradcheck.py` for `torch.autograd.gradcheck`.
struct GradcheckBenchmark: Benchmark {
    let name = "gradcheck"
    let summary =
        """
            gradient-check sensitivity, false alarms (Float64, Float32) and fast mode on 1e6 \
            parameters
            """

    func run(report: BenchReport) throws {
        var random = Xoshiro256StarStar(seed: 2026)
        let model = Perceptron(sizes: [20, 30, 30, 10], batch: 16, random: &random)
        let weights = Matrix(column: model.randomWeights(&random))
        let gradient = try model.gradient(weights).entries
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
            for (kind, entry) in [
                ("entry", Optional(randomEntry)), ("entry-largest", Optional(largestEntry)),
                ("direction", nil),
            ] {
                var smallest: Double?
                let start = MonotonicClock.seconds()
                for delta in deltas {
                    let claimed: (Matrix<Double>) throws -> Matrix<Double> = { w in
                        var g = try model.gradient(w).entries
                        if let entry {
                            g[entry] *= 1 + delta
                        } else {
                            let norm = g.map { $0 * $0 }.reduce(0, +).squareRoot()
                            for i in g.indices { g[i] += delta * norm * errorDirection[i] }
                        }
                        return Matrix(column: g)
                    }
                    let check = try DerivativeCheck.gradient(
                        of: model, claimed: claimed, at: weights,
                        options: DerivativeCheckOptions(mode: mode, layout: layout))
                    if check.passed { break }
                    smallest = delta
                }
                var row: [(String, JSONValue)] = [
                    ("bench", "gradcheck-sensitivity"), ("mode", .string(mode.rawValue)),
                    ("kind", .string(kind)),
                ]
                if let entry {
                    row.append(("entry", .string(layout.label(ofFlatIndex: entry))))
                    row.append(
                        (
                            "entry_over_max",
                            .double(abs(gradient[entry]) / abs(gradient[largestEntry]))
                        ))
                }
                row += [
                    ("smallest_detected_rel_error", smallest.map(JSONValue.double) ?? .null),
                    ("params", .int(weights.count)),
                    ("seconds", .double(MonotonicClock.seconds() - start)),
                ]
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
                let claimed: (Matrix<Double>, Matrix<Double>) throws -> Matrix<Double> = { w, v in
                    var hv = try model.hessianVectorProduct(w, v).entries
                    if kind == "entry" {
                        hv[hvpEntry] *= 1 + delta
                    } else {
                        let norm = hv.map { $0 * $0 }.reduce(0, +).squareRoot()
                        for i in hv.indices { hv[i] += delta * norm * errorDirection[i] }
                    }
                    return Matrix(column: hv)
                }
                let check = try DerivativeCheck.hessianVectorProduct(
                    of: model, claimed: claimed, at: weights,
                    options: DerivativeCheckOptions(mode: .fast, layout: layout))
                if check.passed { break }
                smallest = delta
            }
            report.row([
                ("bench", "gradcheck-sensitivity"), ("mode", "hvp"), ("kind", .string(kind)),
                ("smallest_detected_rel_error", smallest.map(JSONValue.double) ?? .null),
                ("seconds", .double(MonotonicClock.seconds() - start)),
            ])
        }

        // Full mode costs 2n + 2 dual passes (n = 1800): 1000 trials take a few
        // minutes per dtype (PyTorch's script runs 100 full checks).
        let fullTrials = 1000
        // False alarms over correct gradients at random points (new weights and data each trial).
        for (dtype, mode, trials) in [
            ("float64", CheckMode.fast, 1000), ("float64", .full, fullTrials),
            ("float32", .fast, 1000), ("float32", .full, fullTrials),
        ] {
            var alarms = 0
            var trialRandom = Xoshiro256StarStar(seed: 7_000 + UInt64(trials))
            let start = MonotonicClock.seconds()
            var worstRatio = 0.0
            for trial in 0..<trials {
                let trialModel = Perceptron(
                    sizes: [20, 30, 30, 10], batch: 16, random: &trialRandom)
                let trialWeights = Matrix(column: trialModel.randomWeights(&trialRandom))
                let options = DerivativeCheckOptions(mode: mode, seed: UInt64(trial))
                let check: DerivativeCheckReport
                if dtype == "float64" {
                    check = try DerivativeCheck.gradient(
                        of: trialModel,
                        claimed: { (w: Matrix<Double>) in try trialModel.gradient(w) },
                        at: trialWeights, options: options)
                } else {
                    check = try DerivativeCheck.gradient(
                        of: trialModel,
                        claimed: { (w: Matrix<Float>) in try trialModel.gradient(w) },
                        at: trialWeights, options: options)
                }
                if !check.passed { alarms += 1 }
                worstRatio = max(worstRatio, check.worstEntry?.boundRatio ?? 0)
            }
            report.row([
                ("bench", "gradcheck-false-alarms"), ("dtype", .string(dtype)),
                ("mode", .string(mode.rawValue)),
                ("trials", .int(trials)), ("false_alarms", .int(alarms)),
                ("worst_error_over_bound", .double(worstRatio)),
                ("seconds", .double(MonotonicClock.seconds() - start)),
            ])
        }

        // Fast mode on about a million parameters.
        var largeRandom = Xoshiro256StarStar(seed: 99)
        let large = Perceptron(sizes: [784, 1000, 200, 10], batch: 16, random: &largeRandom)
        let largeWeights = Matrix(column: large.randomWeights(&largeRandom))
        var largeCheck: DerivativeCheckReport?
        let seconds = try medianSeconds(runs: 3) {
            largeCheck = try DerivativeCheck.gradient(
                of: large, claimed: { (w: Matrix<Double>) in try large.gradient(w) },
                at: largeWeights, options: .fast)
        }
        report.row([
            ("bench", "gradcheck-fast-large"), ("params", .int(largeWeights.count)),
            ("seconds", .double(seconds)),
            ("probes", .int(DerivativeCheckOptions.fast.probes)),
            ("passed", .bool(largeCheck?.passed ?? false)),
            ("evaluations", .int(largeCheck?.evaluations ?? 0)),
        ])
    }
}
