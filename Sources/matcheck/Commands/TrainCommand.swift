import Derivations
import Foundation
import MatrixNumerics
import Networks

/// `matcheck train`: trains a small MLP on a built-in synthetic data set with
/// CurveBall and/or the SGD and Adam baselines, prints progress, a summary
/// table, and optionally an SVG plot of the loss curves.
struct TrainCommand: Command {
    let name = "train"
    let summary =
        "train an MLP on a synthetic data set with CurveBall, SGD or Adam; plot the loss curves"
    let usage = """
        usage: matcheck train [--optimizer curveball|sgd|adam|all|LIST]
                              [--dataset spirals|circles|xor] [--iterations N] [--seed S]
                              [--batch B] [--samples N] [--hidden W,W,…]
                              [--activation tanh|relu|sigmoid|identity] [--every K] [--json]
                              [--plot loss.svg]

          --optimizer   one optimiser, a comma list, or `all` (default: all)
          --dataset     the synthetic two-class data set (default: spirals)
          --iterations  steps per optimiser (default: 300)
          --seed        seed for data, initial weights and mini-batches (default: 1)
          --batch       mini-batch size (default: 64); --samples data set size (default: 512)
          --hidden      hidden widths (default: 32,32); --activation (default: relu)
          --every       print progress every K steps (default: iterations/10)
          --lambda      CurveBall's initial damping λ₀ (default: 0.1 here; library default 1)
          --learning-rate  SGD's or Adam's learning rate
                        (defaults: SGD 0.1 with momentum 0.9, Adam 0.01)
          --plot        write an SVG of full-data loss against iteration, all optimisers on one axes

        Every optimiser starts from the same weights and sees the same mini-batches. The loss
        and accuracy reported are on the whole data set (softmax cross-entropy). The summary
        gives, for each optimiser, the first iteration at which it reaches the loss SGD has
        after N iterations.
        """

    static let optimizerNames = ["curveball", "sgd", "adam"]

    func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, flags: ["--json"],
            valueOptions: [
                "--optimizer", "--dataset", "--iterations", "--seed", "--plot", "--batch",
                "--samples",
                "--hidden", "--activation", "--every", "--lambda", "--learning-rate",
            ])
        guard args.positional.isEmpty else {
            throw UsageError("unexpected argument '\(args.positional[0])'")
        }
        let optimizerOption = args.value("--optimizer") ?? "all"
        let names =
            optimizerOption == "all"
            ? TrainCommand.optimizerNames
            : optimizerOption.split(separator: ",").map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
        for n in names where !TrainCommand.optimizerNames.contains(n) {
            throw UsageError(
                "unknown optimizer '\(n)' (use curveball, sgd, adam, all or a comma list)")
        }
        guard !names.isEmpty else { throw UsageError("--optimizer needs at least one name") }
        let datasetName = args.value("--dataset") ?? "spirals"
        guard let kind = SyntheticDataset.Kind(rawValue: datasetName) else {
            throw UsageError("unknown dataset '\(datasetName)' (use spirals, circles or xor)")
        }
        let iterations = try args.int("--iterations", default: 300)
        let batchSize = try args.int("--batch", default: 64)
        let samples = try args.int("--samples", default: 512)
        guard iterations >= 1, iterations <= 1_000_000 else {
            throw UsageError("--iterations must be in 1…1000000")
        }
        guard batchSize >= 1, batchSize <= 100_000 else {
            throw UsageError("--batch must be in 1…100000")
        }
        guard samples >= 2, samples <= 1_000_000 else {
            throw UsageError("--samples must be in 2…1000000")
        }
        guard iterations * min(batchSize, samples) <= 50_000_000 else {
            throw UsageError(
                """
                    --iterations × --batch must not exceed 50000000 (the mini-batch schedule is \
                    built up front)
                    """
            )
        }
        let every = try args.int("--every", default: max(1, iterations / 10))
        guard every >= 1 else { throw UsageError("--every must be at least 1") }
        let seed = try args.seed(default: 1)
        let hidden = try (args.value("--hidden") ?? "32,32").split(separator: ",").map {
            part -> Int in
            guard let w = Int(part.trimmingCharacters(in: .whitespaces)), w >= 1, w <= 4096 else {
                throw UsageError(
                    "--hidden expects widths in 1…4096 separated by commas, got '\(part)'")
            }
            return w
        }
        guard hidden.count <= 16 else {
            throw UsageError("--hidden takes at most 16 widths, got \(hidden.count)")
        }
        let activationName = args.value("--activation") ?? "relu"
        guard let activation = Activation(rawValue: activationName) else {
            throw UsageError(
                "unknown activation '\(activationName)' (use tanh, relu, sigmoid or identity)")
        }
        let json = args.flag("--json")
        if let path = args.value("--plot") {
            let directory = (path as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            guard
                directory.isEmpty
                    || (FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
                        && isDirectory.boolValue)
            else {
                throw UsageError(
                    "cannot write plot to '\(path)': directory '\(directory)' does not exist")
            }
        }
        let lambda = try args.double("--lambda")
        let learningRate = try args.double("--learning-rate")

        let data = try SyntheticDataset(kind, count: samples, seed: seed)
        let schedule = SyntheticDataset.batchSchedule(
            count: samples, batchSize: batchSize, batches: iterations, seed: seed)
        let widths = [2] + hidden + [2]
        let initial = try MultilayerPerceptron(
            widths: widths, activations: Array(repeating: activation, count: hidden.count),
            loss: .softmaxCrossEntropy, seed: seed &+ 1)
        var curves: [(name: String, losses: [Double], accuracies: [Double], seconds: Double)] = []
        for name in names {
            var optimizer: any Optimizer
            switch name {
            case "curveball":
                var options = CurveBall.Options()
                options.lambda = lambda ?? 0.1
                optimizer = try CurveBall(options: options)
            case "sgd": optimizer = try learningRate.map { try SGD(learningRate: $0) } ?? SGD()
            default: optimizer = try learningRate.map { try Adam(learningRate: $0) } ?? Adam()
            }
            var net = initial
            var losses: [Double] = [], accuracies: [Double] = []
            let start = MonotonicClock.seconds()
            func record(_ iteration: Int, _ step: OptimizerStep?) throws {
                let pass = try net.forward(inputs: data.inputs, targets: data.targets)
                let accuracy = net.accuracy(pass) ?? 0
                losses.append(pass.lossValue)
                accuracies.append(accuracy)
                guard iteration % every == 0 || iteration == iterations else { return }
                if json {
                    var row: [(String, JSONValue)] = [
                        ("command", "train"), ("optimizer", .string(name)),
                        ("dataset", .string(datasetName)), ("iteration", .int(iteration)),
                        ("loss", .double(pass.lossValue)), ("accuracy", .double(accuracy)),
                    ]
                    if let l = step?.lambda { row.append(("lambda", .double(l))) }
                    printJSON(row)
                } else {
                    let label = name.padding(toLength: 9, withPad: " ", startingAt: 0)
                    var line =
                        "\(label) iteration \(iteration)"
                        + "  loss \(formatSignificant(pass.lossValue, 6))  accuracy "
                        + "\(formatSignificant(accuracy, 3))"
                    if let s = step, let r = s.rho, let b = s.beta, let l = s.lambda {
                        line +=
                            "  ρ \(formatSignificant(r, 3))  β \(formatSignificant(b, 3))  "
                            + "λ \(formatSignificant(l, 3))"
                    }
                    print(line)
                }
            }
            try record(0, nil)
            for (k, indices) in schedule.enumerated() {
                let batch = try data.batch(indices)
                let step = try optimizer.step(&net, inputs: batch.inputs, targets: batch.targets)
                try record(k + 1, step)
            }
            curves.append((name, losses, accuracies, MonotonicClock.seconds() - start))
        }

        // Summary: iterations each optimiser needs to reach SGD's final loss.
        let reference = curves.first { $0.name == "sgd" }?.losses.last
        if !json {
            print("")
            print(
                """
                    | optimizer | loss after \(iterations) | accuracy | iterations to reach SGD's \
                    \(iterations)-iteration loss | seconds |
                    """
            )
            print("|---|---|---|---|---|")
        }
        for c in curves {
            let reached = reference.flatMap { target in c.losses.firstIndex { $0 <= target } }
            if json {
                printJSON([
                    ("command", "train"), ("summary", true), ("optimizer", .string(c.name)),
                    ("dataset", .string(datasetName)), ("iterations", .int(iterations)),
                    ("loss", .double(c.losses.last ?? .nan)),
                    ("accuracy", .double(c.accuracies.last ?? .nan)),
                    ("iterationsToSGDLoss", reached.map { .int($0) } ?? .null),
                    ("seconds", .double(c.seconds)),
                ])
            } else {
                let reachedText = reference == nil ? "–" : reached.map { "\($0)" } ?? "not reached"
                print(
                    """
                        | \(c.name) | \(formatSignificant(c.losses.last ?? .nan, 5)) | \
                        \(formatSignificant(c.accuracies.last ?? .nan, 3)) | \(reachedText) | \
                        \(formatSignificant(c.seconds, 2)) |
                        """
                )
            }
        }
        if let path = args.value("--plot") {
            let svg = LossPlot.svg(
                title:
                    "\(datasetName): MLP \(widths.map(String.init).joined(separator: "-")) "
                    + "\(activationName), batch \(batchSize), seed \(seed)",
                curves: curves.map { ($0.name, $0.losses) })
            do {
                try svg.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw UsageError("cannot write plot to '\(path)': \(error.localizedDescription)")
            }
            if !json { print("\nwrote \(path)") }
        }
        return 0
    }
}

/// `x` with `digits` significant digits.
func formatSignificant(_ x: Double, _ digits: Int) -> String {
    guard x.isFinite else { return "\(x)" }
    return String(format: "%.\(digits)g", x)
}
