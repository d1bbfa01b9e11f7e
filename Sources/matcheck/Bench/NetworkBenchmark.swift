import Derivations
import MatrixNumerics
import Networks

/// `matcheck bench network`: an MLP 784-256-256-10 (tanh, softmax
/// cross-entropy, batch 128, Float64); median seconds of the forward pass,
/// the gradient, the Gauss-Newton-vector product, the exact Hessian-vector
/// product and one CurveBall and one SGD step (each op from the parameters,
/// forward pass included), plus the ratios the issue targets and peak memory.
struct NetworkBenchmark: Benchmark {
    let name = "network"
    let summary =
        """
            MLP 784-256-256-10 tanh, softmax CE, batch 128: forward, gradient, gnvp, hvp, \
            curveball-step, sgd-step
            """

    func run(report: BenchReport) throws {
        let batch = 128, runs = 25
        let net = try MultilayerPerceptron(
            widths: [784, 256, 256, 10], activations: [.tanh, .tanh],
            loss: .softmaxCrossEntropy, seed: 0)
        var generator = Xoshiro256StarStar(seed: 42)
        let x = try Matrix<Double>(rows: 784, cols: batch) { _, _ in generator.nextStandardNormal()
        }
        let y = try Matrix<Double>(rows: 10, cols: batch) { i, j in i == (j * 7) % 10 ? 1 : 0 }
        let v = try NetworkParameters(
            flattened: (0..<net.parameters.count).map { _ in generator.nextStandardNormal() },
            like: net.parameters)
        var sink = 0.0

        // Steps mutate their own copy of the network; each timed call starts
        // from the state the previous one left.
        var curveballNet = net, sgdNet = net
        var curveball = try CurveBall()
        var sgd = try SGD(learningRate: 0.01)
        let ops: [(String, () throws -> Void)] = [
            ("forward", { sink += try net.forward(inputs: x, targets: y).lossValue }),
            (
                "gradient",
                {
                    let pass = try net.forward(inputs: x, targets: y)
                    sink += try net.gradient(pass).layers[0].bias[0]
                }
            ),
            (
                "gnvp",
                {
                    let pass = try net.forward(inputs: x, targets: y)
                    sink += try net.gaussNewtonProduct(pass, direction: v).layers[0].bias[0]
                }
            ),
            (
                "hvp",
                {
                    let pass = try net.forward(inputs: x, targets: y)
                    sink += try net.hessianProduct(pass, direction: v).layers[0].bias[0]
                }
            ),
            (
                "curveball-step",
                { sink += try curveball.step(&curveballNet, inputs: x, targets: y).loss }
            ),
            ("sgd-step", { sink += try sgd.step(&sgdNet, inputs: x, targets: y).loss }),
        ]
        // Rounds interleave the operations, so a burst of load from other
        // processes affects all of them alike and the ratios stay meaningful.
        var times = [String: [Double]](), cpuTimes = [String: [Double]]()
        for round in 0...runs {
            for (op, body) in ops {
                let start = MonotonicClock.seconds(), cpuStart = MonotonicClock.threadCPUSeconds()
                try body()
                if round > 0 {
                    times[op, default: []].append(MonotonicClock.seconds() - start)
                    cpuTimes[op, default: []].append(MonotonicClock.threadCPUSeconds() - cpuStart)
                }
            }
        }
        var seconds: [String: Double] = [:], cpuSeconds: [String: Double] = [:]
        for (op, list) in times { seconds[op] = list.sorted()[list.count / 2] }
        for (op, list) in cpuTimes { cpuSeconds[op] = list.sorted()[list.count / 2] }
        let curveballTimes = times["curveball-step"] ?? []
        for op in ["forward", "gradient", "gnvp", "hvp", "curveball-step", "sgd-step"] {
            report.row([
                ("bench", "network"), ("op", .string(op)),
                ("seconds", .double(seconds[op] ?? .nan)),
                ("cpuSeconds", .double(cpuSeconds[op] ?? .nan)),
            ])
        }
        let mean = curveballTimes.reduce(0, +) / Double(max(1, curveballTimes.count))
        report.row([
            ("bench", "network"), ("op", "curveball-step-mean"), ("seconds", .double(mean)),
            ("note", "includes the extra forward pass of the λ update every 5th step"),
        ])
        func ratio(_ a: String, _ b: String) -> JSONValue {
            guard let x = seconds[a], let y = seconds[b], y > 0 else { return .null }
            return .double(x / y)
        }
        func cpuRatio(_ a: String, _ b: String) -> JSONValue {
            guard let x = cpuSeconds[a], let y = cpuSeconds[b], y > 0 else { return .null }
            return .double(x / y)
        }
        report.row([
            ("bench", "network"), ("op", "cpu-ratios"),
            ("gradient/forward", cpuRatio("gradient", "forward")),
            ("gnvp/gradient", cpuRatio("gnvp", "gradient")),
            ("hvp/gradient", cpuRatio("hvp", "gradient")),
            ("curveball/sgd", cpuRatio("curveball-step", "sgd-step")),
        ])
        report.row([
            ("bench", "network"), ("op", "ratios"),
            ("gradient/forward", ratio("gradient", "forward")),
            ("gnvp/gradient", ratio("gnvp", "gradient")),
            ("hvp/gradient", ratio("hvp", "gradient")),
            ("curveball/sgd", ratio("curveball-step", "sgd-step")),
        ])
        report.row([
            ("bench", "network"), ("op", "memory"),
            ("peakResidentBytes", peakResidentBytes().map { .int($0) } ?? .null),
            ("checksum", .bool(sink.isFinite)),
        ])
    }
}

#if canImport(Glibc)
import Glibc
#endif
