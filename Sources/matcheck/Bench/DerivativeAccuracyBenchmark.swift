import MatrixNumerics

/// `matcheck bench derivative-accuracy`: accuracy of each derivative method on
/// `f(x) = sum(σ(W₂ · tanh(W₁ · x)))` with 50 inputs, against the closed-form
/// gradient (and Hessian for `hyperdual-second`), over several seeded trials.
///
/// `max_rel_error` is normwise: `max_i |ĝᵢ − gᵢ| / max_i |gᵢ|` (for the
/// Hessian, over all entries), the largest over the trials. `error_estimate`
/// is the method's own estimate in the same units; `estimate_bounds_error`
/// is whether `|ĝᵢ − gᵢ| ≤ estimateᵢ` held for every entry of every trial.
struct DerivativeAccuracyBenchmark: Benchmark {
    let name = "derivative-accuracy"
    let summary = "derivative methods vs closed forms on a 50-input tanh/sigmoid network"

    static let inputs = 50, hidden = 30, outputs = 10, trials = 5

    /// One trial's network and point, from `seed`.
    static func problem(seed: UInt64) throws -> (network: SigmoidTanhNetwork, x: Matrix<Double>) {
        var generator = Xoshiro256StarStar(seed: seed)
        let network = try SigmoidTanhNetwork(
            inputs: inputs, hidden: hidden, outputs: outputs, using: &generator)
        let x = try Matrix<Double>.random(rows: inputs, cols: 1, using: &generator)
        return (network, x)
    }

    /// `max |a − b| / max |b|`.
    static func normwiseError(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Double {
        let scale = b.entries.map { Swift.abs($0) }.max() ?? 0
        let difference = zip(a.entries, b.entries).map { Swift.abs($0 - $1) }.max() ?? 0
        return scale > 0 ? difference / scale : difference
    }

    /// Accumulates one method's results over the trials.
    struct Tally {
        var maxError = 0.0, maxEstimate = 0.0, bounded = true, seconds = 0.0
        mutating func add(_ value: Matrix<Double>, exact: Matrix<Double>) {
            maxError = Swift.max(maxError, DerivativeAccuracyBenchmark.normwiseError(value, exact))
        }
        mutating func add(_ estimate: DerivativeEstimate, exact: Matrix<Double>) throws {
            add(estimate.value, exact: exact)
            let scale = exact.entries.map { Swift.abs($0) }.max() ?? 1
            maxEstimate = Swift.max(maxEstimate, estimate.maximumErrorEstimate / scale)
            bounded = try bounded && estimate.bounds(exact)
        }
    }

    func run(report: BenchReport) throws {
        let seeds: [UInt64] = (1...UInt64(Self.trials)).map { 2026_1125 + $0 }
        var central = Tally(), richardson = Tally(), complexStep = Tally(), dual = Tally(),
            hyperDual = Tally()
        var bestCentralStep = 0.0
        // Central differences: the best relative step of a scan, judged on the worst trial.
        let centralSteps = stride(from: -3.0, through: -8.0, by: -0.5).map { Double.pow(10, $0) }
        var bestCentral: Tally?
        for step in centralSteps {
            var tally = Tally()
            for seed in seeds {
                let (network, x) = try Self.problem(seed: seed)
                let estimate = try FiniteDifferences.gradient(
                    of: { try network($0) }, at: x, method: .central(relativeStep: step))
                try tally.add(estimate, exact: network.gradient(at: x))
            }
            if bestCentral.map({ tally.maxError < $0.maxError }) ?? true {
                bestCentral = tally
                bestCentralStep = step
            }
        }
        if let best = bestCentral { central = best }
        var defaultCentral = Tally()
        for seed in seeds {
            let (network, x) = try Self.problem(seed: seed)
            let exact = try network.gradient(at: x)
            let f: (Matrix<Double>) throws -> Double = { try network($0) }
            try defaultCentral.add(
                FiniteDifferences.gradient(of: f, at: x, method: .central), exact: exact)
            try richardson.add(
                FiniteDifferences.gradient(of: f, at: x, method: .richardson), exact: exact)
            complexStep.add(try ComplexStep.gradient(of: network, at: x), exact: exact)
            dual.add(try ForwardMode.gradient(of: network, at: x), exact: exact)
            hyperDual.add(
                try ForwardMode.hessian(of: network, at: x), exact: try network.hessian(at: x))
        }
        let (network, x) = try Self.problem(seed: seeds[0])
        let f: (Matrix<Double>) throws -> Double = { try network($0) }
        richardson.seconds = try medianSeconds(runs: 5) {
            _ = try FiniteDifferences.gradient(of: f, at: x, method: .richardson)
        }
        central.seconds = try medianSeconds(runs: 5) {
            _ = try FiniteDifferences.gradient(
                of: f, at: x, method: .central(relativeStep: bestCentralStep))
        }
        complexStep.seconds = try medianSeconds(runs: 5) {
            _ = try ComplexStep.gradient(of: network, at: x)
        }
        dual.seconds = try medianSeconds(runs: 5) {
            _ = try ForwardMode.gradient(of: network, at: x)
        }
        hyperDual.seconds = try medianSeconds(runs: 3) {
            _ = try ForwardMode.hessian(of: network, at: x)
        }

        let common: [(String, JSONValue)] = [
            ("inputs", .int(Self.inputs)), ("trials", .int(Self.trials)),
        ]
        func row(
            _ method: String, _ tally: Tally, estimate: Bool,
            timing: String = "seconds_per_gradient",
            extra: [(String, JSONValue)] = []
        ) {
            var pairs: [(String, JSONValue)] = [
                ("bench", "derivative-accuracy"), ("method", .string(method)),
                ("max_rel_error", .double(tally.maxError)),
            ]
            if estimate {
                pairs += [
                    ("error_estimate", .double(tally.maxEstimate)),
                    ("estimate_bounds_error", .bool(tally.bounded)),
                ]
            }
            report.row(pairs + extra + [(timing, .double(tally.seconds))] + common)
        }
        row(
            "central", central, estimate: true,
            extra: [
                ("relative_step", .double(bestCentralStep)),
                ("default_step_max_rel_error", .double(defaultCentral.maxError)),
                ("default_step_estimate_bounds_error", .bool(defaultCentral.bounded)),
            ])
        row("richardson", richardson, estimate: true)
        row("complex-step", complexStep, estimate: false)
        row("dual", dual, estimate: false)
        row(
            "hyperdual-second", hyperDual, estimate: false, timing: "seconds_per_hessian",
            extra: [("reference", "closed-form Hessian")])
    }
}
