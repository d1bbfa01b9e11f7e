#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GradientCheckZoo
import MatrixNumerics

/// `matcheck bench gradcheck-zoo`: the derivative checks on the eight
/// full-size zoo models with correct hand-written gradients — false alarms
/// over random points, the smallest relative error detected in one entry
/// and along a random direction over several seeds (median and worst), and
/// seconds per check — per model, dtype and mode. One JSON line per row.
///
/// The whole run has a time budget (``totalBudget``, so that it ends within
/// 10 minutes in release), shared out evenly over the rows still to run:
/// points and seeds stop at 100 and 20 or when the row's share is spent (at
/// least `--minimum-points` points, default 10, and 3 seeds, 2 above 0.5 s per
/// check, 1 above 2 s), and each
/// row says how many it ran. Full mode is skipped above 20,000 parameters (it
/// costs `n/8` passes of an `O(n)` function per point).
struct GradcheckZooBenchmark: Benchmark {
    let name = "gradcheck-zoo"
    let summary =
        "gradient checks on the eight-model zoo: false alarms, sensitivity, seconds per check"

    /// Seconds for the whole run; a row's share goes 55 % to the false-alarm
    /// points and 45 % to the sensitivity seeds.
    let totalBudget = 120.0

    /// The rows still to run and the time left for them.
    final class Schedule {
        let deadline: Double
        var rowsLeft: Int
        init(seconds: Double, rows: Int) {
            deadline = MonotonicClock.seconds() + seconds
            rowsLeft = rows
        }
        /// This row's share of the time left (at least a second).
        func share() -> Double {
            max(1, (deadline - MonotonicClock.seconds()) / Double(max(1, rowsLeft)))
        }
    }

    func run(report: BenchReport) throws {
        // `GRADCHECK_ZOO_MODELS=mlp,logsumexp` restricts the run to those models.
        let selected = getenv("GRADCHECK_ZOO_MODELS").map { String(cString: $0) }?
            .split(separator: ",").map(String.init)
        let models = ModelZoo.models(.full).filter { selected?.contains($0.name) ?? true }
        let schedule = Schedule(
            seconds: totalBudget,
            rows: models.reduce(0) { $0 + rows(parameters: $1.parameterShape.count).count })
        // Dispatch on the concrete type so that each model's loss and
        // gradient are specialized (an existential would run them generically).
        for model in models {
            switch model {
            case let model as MeanSquaredError: try runModel(model, schedule, report)
            case let model as LargeLogitSoftmax: try runModel(model, schedule, report)
            case let model as LogSumExp: try runModel(model, schedule, report)
            case let model as IllConditionedQuadratic: try runModel(model, schedule, report)
            case let model as DeepComposition: try runModel(model, schedule, report)
            case let model as Perceptron: try runModel(model, schedule, report)
            case let model as RegularizedLogisticRegression:
                try runModel(model, schedule, report)
            case let model as LongSum: try runModel(model, schedule, report)
            default: try runModel(model, schedule, report)
            }
        }
    }

    /// The (dtype, mode) rows of a model with this many parameters
    /// (`GRADCHECK_ZOO_MODES=fast,hvp` keeps only those modes,
    /// `GRADCHECK_ZOO_DTYPES=float32` only that precision).
    private func rows(parameters n: Int) -> [(dtype: String, mode: String)] {
        let modes = getenv("GRADCHECK_ZOO_MODES").map { String(cString: $0) }?
            .split(separator: ",").map(String.init)
        let dtypes = getenv("GRADCHECK_ZOO_DTYPES").map { String(cString: $0) }?
            .split(separator: ",").map(String.init)
        return ["float64", "float32"].filter { dtypes?.contains($0) ?? true }.flatMap { dtype in
            ["full", "fast", "hvp", "taylor"].compactMap { mode in
                if !(modes?.contains(mode) ?? true) { return nil }
                if mode == "full", n > 20_000 { return nil }
                if mode == "hvp", dtype == "float32" { return nil }
                return (dtype, mode)
            }
        }
    }

    private func runModel<M: ZooModel>(
        _ model: M, _ schedule: Schedule, _ report: BenchReport
    ) throws {
        let n = model.parameterShape.count
        // `GRADCHECK_ZOO_TIMING=1`: one full check per dtype, timed, nothing else.
        if getenv("GRADCHECK_ZOO_TIMING") != nil {
            var random = Xoshiro256StarStar(seed: 1_800)
            let x = model.randomPoint(&random)
            for dtype in ["float64", "float32"] {
                let start = MonotonicClock.seconds()
                let outcome = try check(
                    model, dtype: dtype, mode: "full", at: x, seed: 0, distortion: nil)
                report.row([
                    ("bench", "gradcheck-zoo-timing"), ("model", .string(model.name)),
                    ("dtype", .string(dtype)), ("mode", "full"), ("parameters", .int(n)),
                    ("outcome", .string(outcome.rawValue)),
                    ("seconds_per_check", .double(MonotonicClock.seconds() - start)),
                ])
            }
            return
        }
        for (dtype, mode) in rows(parameters: n) {
            let share = schedule.share()
            try runRow(
                model, dtype: dtype, mode: mode, budgets: (0.55 * share, 0.45 * share),
                report: report)
            schedule.rowsLeft -= 1
        }
    }

    /// One check of `model` at `x`, with the claimed derivative distorted by `distortion`.
    private func check<M: ZooModel>(
        _ model: M, dtype: String, mode: String, at x: Matrix<Double>, seed: UInt64,
        distortion: Distortion?
    ) throws -> DerivativeCheckOutcome {
        let options = DerivativeCheckOptions(mode: mode == "full" ? .full : .fast, seed: seed)
        switch (dtype, mode) {
        case ("float64", "hvp"):
            return try DerivativeCheck.hessianVectorProduct(
                of: model,
                claimed: { w, v in try distortion.apply(model.hessianVectorProduct(w, v)) },
                at: x, options: options
            ).outcome
        case ("float64", "taylor"):
            return try DerivativeCheck.taylorRemainder(
                of: { try model($0) }, claimed: { try distortion.apply(model.gradient($0)) },
                at: x, options: options
            ).outcome
        case ("float32", "taylor"):
            return try DerivativeCheck.taylorRemainder(
                of: { (w: Matrix<Float>) in try model(w) },
                claimed: { (w: Matrix<Float>) in try distortion.apply(model.gradient(w)) },
                at: x, options: options
            ).outcome
        case ("float64", _):
            return try DerivativeCheck.gradient(
                of: model, claimed: { try distortion.apply(model.gradient($0)) }, at: x,
                options: options
            ).outcome
        default:
            return try DerivativeCheck.gradient(
                of: model,
                claimed: { (w: Matrix<Float>) in try distortion.apply(model.gradient(w)) },
                at: x, options: options
            ).outcome
        }
    }

    private func runRow<M: ZooModel>(
        _ model: M, dtype: String, mode: String, budgets: (points: Double, seeds: Double),
        report: BenchReport
    ) throws {
        // False alarms: correct derivatives at random points.
        var random = Xoshiro256StarStar(seed: 1_800)
        var points = 0
        var alarms = 0
        var inconclusive = 0
        let start = MonotonicClock.seconds()
        let most = report.sensitivityOnly ? 0 : max(100, report.minimumPoints)
        while points < most,
            points < report.minimumPoints || MonotonicClock.seconds() - start < budgets.points
        {
            let x = model.randomPoint(&random)
            let outcome = try check(
                model, dtype: dtype, mode: mode, at: x, seed: UInt64(points), distortion: nil)
            if outcome == .failed { alarms += 1 }
            if outcome == .inconclusive { inconclusive += 1 }
            points += 1
        }
        var secondsPerCheck = (MonotonicClock.seconds() - start) / Double(max(1, points))
        // Sensitivity: the smallest δ in 10⁻¹ … 10⁻¹² (decades) that fails.
        var entryFound: [Double] = []
        var directionFound: [Double] = []
        var seeds = 0
        var sensitivityChecks = 0
        // Each kind's search starts from the previous seed's result.
        var hints: [String: Int] = [:]
        let sensitivityStart = MonotonicClock.seconds()
        // At least 3 seeds, 2 where one check takes over half a second and 1
        // over two seconds (the full MLP, the 10⁶-term sum), so that the whole
        // run stays under 10 minutes.
        // `--minimum-seeds N` raises the floor for a longer run.
        let minimumSeeds = max(
            report.minimumSeeds, secondsPerCheck > 2 ? 1 : secondsPerCheck > 0.5 ? 2 : 3)
        while seeds < max(20, report.minimumSeeds),
            seeds < minimumSeeds || MonotonicClock.seconds() - sensitivityStart < budgets.seeds
        {
            var seedRandom = Xoshiro256StarStar(seed: 9_000 + UInt64(seeds))
            let x = model.randomPoint(&seedRandom)
            let g = try model.gradient(x).entries
            // An entry that carries weight: a random one among the top half by magnitude.
            let order = g.indices.sorted { abs(g[$0]) > abs(g[$1]) }
            let entry = order[Int(seedRandom.next() % UInt64(max(1, order.count / 2)))]
            let direction = (0..<g.count).map { _ in seedRandom.nextStandardNormal() }
            for kind in ["entry", "direction"] {
                let search = SensitivitySearch.smallestDetectedDecade
                let smallest = try search(hints[kind]) { delta in
                    let distortion =
                        kind == "entry"
                        ? Distortion.entry(entry, delta) : .direction(direction, delta)
                    sensitivityChecks += 1
                    return try check(
                        model, dtype: dtype, mode: mode, at: x, seed: UInt64(seeds),
                        distortion: distortion) == .failed
                }
                hints[kind] = smallest
                guard let smallest else { continue }
                if kind == "entry" {
                    entryFound.append(SensitivitySearch.delta(smallest))
                } else {
                    directionFound.append(SensitivitySearch.delta(smallest))
                }
            }
            seeds += 1
        }
        if points == 0 {
            // No false-alarm points: time the sensitivity checks instead.
            secondsPerCheck =
                (MonotonicClock.seconds() - sensitivityStart) / Double(max(1, sensitivityChecks))
        }
        report.row([
            ("bench", "gradcheck-zoo"), ("model", .string(model.name)), ("dtype", .string(dtype)),
            ("mode", .string(mode)), ("parameters", .int(model.parameterShape.count)),
            ("points", .int(points)),
            ("false_alarms", points == 0 ? .null : .int(alarms)),
            ("inconclusive", .int(inconclusive)),
            ("smallest_detected_entry", median(entryFound)),
            ("smallest_detected_entry_worst", worst(entryFound, seeds)),
            ("smallest_detected_direction", median(directionFound)),
            ("smallest_detected_direction_worst", worst(directionFound, seeds)),
            ("seeds", .int(seeds)), ("seconds_per_check", .double(secondsPerCheck)),
        ])
    }

    private func median(_ values: [Double]) -> JSONValue {
        guard !values.isEmpty else { return .null }
        let sorted = values.sorted()
        return .double(sorted[sorted.count / 2])
    }

    /// The largest δ needed over the seeds; `null` when some seed missed even 10⁻¹.
    private func worst(_ values: [Double], _ seeds: Int) -> JSONValue {
        guard values.count == seeds, let largest = values.max() else { return .null }
        return .double(largest)
    }
}

/// An injected error: one entry scaled by `1 + δ`, or `δ‖g‖` along a unit direction.
enum Distortion {
    case entry(Int, Double)
    case direction([Double], Double)
}

extension Optional where Wrapped == Distortion {
    /// The distorted derivative (unchanged for `nil`).
    func apply<S: ElementaryFunctions & RealConstant>(_ g: Matrix<S>) throws -> Matrix<S> {
        guard let self else { return g }
        var entries = g.entries
        switch self {
        case .entry(let index, let delta):
            entries[index] = entries[index] * S(1 + delta)
        case .direction(let direction, let delta):
            var norm = 0.0
            var directionNorm = 0.0
            for (value, d) in zip(entries, direction) {
                norm += value.realValue * value.realValue
                directionNorm += d * d
            }
            let scale = delta * norm.squareRoot() / directionNorm.squareRoot()
            for i in entries.indices { entries[i] += S(scale * direction[i]) }
        }
        return Matrix(column: entries)
    }
}
