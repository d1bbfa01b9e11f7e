import MatrixNumerics
/// A built-in two-dimensional, two-class data set generated from a seed
/// (no downloads): inputs `2 × N`, one-hot targets `2 × N`, for
/// `softmaxCrossEntropy` (or `sigmoidBinaryCrossEntropy` with two outputs).
public struct SyntheticDataset: Sendable {
    /// The generator.
    public enum Kind: String, Sendable, CaseIterable {
        /// Two interleaved spirals (1.5 turns each) with Gaussian noise 0.05·radius.
        case spirals
        /// A disc of radius 0.5 inside a ring of radii 0.8–1.2, noise 0.05.
        case circles
        /// Four Gaussian blobs (σ = 0.25) at (±1, ±1); the class is the sign of x·y.
        case xor
    }

    /// Which generator made the set.
    public let kind: Kind
    /// The inputs, `2 × N`.
    public let inputs: Matrix<Double>
    /// One-hot targets, `2 × N`.
    public let targets: Matrix<Double>

    /// The number of samples `N`.
    public var count: Int { inputs.cols }

    /// `count` samples (half per class) of `kind` from `seed`.
    /// - Throws: ``NetworkError/invalidOption(name:value:reason:)`` unless `2 ≤ count ≤ 10⁸`.
    public init(_ kind: Kind, count: Int, seed: UInt64) throws {
        try requireOption("count", Double(count), "must be in 2…100000000") {
            $0 >= 2 && $0 <= 100_000_000
        }
        var generator = Xoshiro256StarStar(seed: seed)
        var x: [Double] = [], y: [Double] = []
        x.reserveCapacity(2 * count)
        y.reserveCapacity(2 * count)
        for k in 0..<count {
            let label = k % 2
            var p = (0.0, 0.0)
            switch kind {
            case .spirals:
                let t = generator.nextUnitInterval()
                let radius = 0.1 + 0.9 * t
                let angle = 3 * Double.pi * t + Double(label) * Double.pi
                p = (
                    radius * Double.cos(angle) + 0.05 * radius * generator.nextStandardNormal(),
                    radius * Double.sin(angle) + 0.05 * radius * generator.nextStandardNormal()
                )
            case .circles:
                let angle = generator.uniform(0, 2 * Double.pi)
                let radius =
                    label == 0
                    ? 0.5 * Double.sqrt(generator.nextUnitInterval()) : generator.uniform(0.8, 1.2)
                p = (
                    radius * Double.cos(angle) + 0.05 * generator.nextStandardNormal(),
                    radius * Double.sin(angle) + 0.05 * generator.nextStandardNormal()
                )
            case .xor:
                let sx: Double = generator.nextUnitInterval() < 0.5 ? -1 : 1
                let sy: Double = label == 0 ? sx : -sx
                p = (
                    sx + 0.25 * generator.nextStandardNormal(),
                    sy + 0.25 * generator.nextStandardNormal()
                )
            }
            x.append(p.0)
            x.append(p.1)
            y.append(label == 0 ? 1 : 0)
            y.append(label == 1 ? 1 : 0)
        }
        self.kind = kind
        self.inputs = DenseKernels.matrix(x, 2, count)
        self.targets = DenseKernels.matrix(y, 2, count)
    }

    /// The columns `indices` of the inputs and targets, as a mini-batch.
    /// - Throws: ``NetworkError/shapeMismatch(operation:expected:actual:)`` for an out-of-range
    ///   index.
    public func batch(_ indices: [Int]) throws -> (inputs: Matrix<Double>, targets: Matrix<Double>)
    {
        let x = inputs.entries, y = targets.entries
        var bx: [Double] = [], by: [Double] = []
        bx.reserveCapacity(2 * indices.count)
        by.reserveCapacity(2 * indices.count)
        for i in indices {
            guard i >= 0, i < count else {
                throw NetworkError.shapeMismatch(
                    operation: "mini-batch", expected: "indices in 0..<\(count)", actual: "\(i)")
            }
            bx.append(contentsOf: x[2 * i..<2 * i + 2])
            by.append(contentsOf: y[2 * i..<2 * i + 2])
        }
        return (
            DenseKernels.matrix(bx, 2, indices.count), DenseKernels.matrix(by, 2, indices.count)
        )
    }

    /// A reproducible sequence of mini-batch index lists: shuffled epochs
    /// (Fisher–Yates from `seed`), `batchSize` samples each.
    public static func batchSchedule(
        count: Int, batchSize: Int, batches: Int, seed: UInt64
    ) -> [[Int]] {
        guard count > 0, batchSize > 0 else { return [] }
        var generator = Xoshiro256StarStar(seed: seed ^ 0x5DEE_CE66_D1CE_5EED)
        var order = Array(0..<count)
        var position = count
        var schedule: [[Int]] = []
        for _ in 0..<batches {
            var batch: [Int] = []
            while batch.count < min(batchSize, count) {
                if position == count {
                    for i in stride(from: count - 1, to: 0, by: -1) {
                        let j = Int(generator.next() % UInt64(i + 1))
                        order.swapAt(i, j)
                    }
                    position = 0
                }
                batch.append(order[position])
                position += 1
            }
            schedule.append(batch)
        }
        return schedule
    }
}
