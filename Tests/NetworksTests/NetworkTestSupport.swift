@testable import MatrixNumerics
@testable import Networks

/// One small network configuration for the parameterised tests.
struct NetworkCase: Sendable, CustomStringConvertible {
    var widths: [Int]
    var activation: Activation
    var loss: Loss
    var batch: Int = 3
    var seed: UInt64 = 1

    var description: String { "\(widths) \(activation) \(loss)" }

    func network() throws -> MultilayerPerceptron {
        var net = try MultilayerPerceptron(
            widths: widths, activations: Array(repeating: activation, count: widths.count - 2),
            loss: loss, seed: seed)
        // Non-zero biases so every term of every recursion is exercised.
        var generator = Xoshiro256StarStar(seed: seed &+ 99)
        for l in net.parameters.layers.indices {
            net.parameters.layers[l].bias = net.parameters.layers[l].bias.map { _ in
                generator.uniform(-0.5, 0.5)
            }
        }
        return net
    }

    func batchData() throws -> (inputs: Matrix<Double>, targets: Matrix<Double>) {
        var generator = Xoshiro256StarStar(seed: seed &+ 7)
        let n0 = widths[0], nL = widths[widths.count - 1]
        let x = try Matrix<Double>(rows: n0, cols: batch) { _, _ in generator.uniform(-1.5, 1.5) }
        var y = [Double]()
        for _ in 0..<batch {
            switch loss {
            case .softmaxCrossEntropy:
                let hot = Int(generator.next() % UInt64(nL))
                y += (0..<nL).map { $0 == hot ? 1 : 0 }
            case .sigmoidBinaryCrossEntropy:
                y += (0..<nL).map { _ in generator.nextUnitInterval() < 0.5 ? 0 : 1 }
            case .squaredError:
                y += (0..<nL).map { _ in generator.nextStandardNormal() }
            }
        }
        return (x, try Matrix(rows: nL, cols: batch, storage: y))
    }
}

/// Depths 1–4, every activation, every loss (kept tiny for debug-build speed).
let networkCases: [NetworkCase] = [
    NetworkCase(widths: [3, 2], activation: .identity, loss: .squaredError),
    NetworkCase(widths: [3, 4, 2], activation: .tanh, loss: .softmaxCrossEntropy),
    NetworkCase(
        widths: [2, 3, 3, 2], activation: .sigmoid, loss: .sigmoidBinaryCrossEntropy, seed: 2),
    NetworkCase(widths: [3, 5, 4, 3], activation: .relu, loss: .softmaxCrossEntropy, seed: 3),
    NetworkCase(
        widths: [2, 4, 3, 3, 2], activation: .tanh, loss: .squaredError, batch: 2, seed: 4),
    NetworkCase(
        widths: [4, 3, 2], activation: .identity, loss: .sigmoidBinaryCrossEntropy, seed: 5),
    NetworkCase(widths: [3, 4, 3], activation: .sigmoid, loss: .squaredError, seed: 6),
]

/// A random direction shaped like `template`.
func randomDirection(like template: NetworkParameters, seed: UInt64) throws -> NetworkParameters {
    var generator = Xoshiro256StarStar(seed: seed)
    return try NetworkParameters(
        flattened: (0..<template.count).map { _ in generator.nextStandardNormal() }, like: template)
}

/// The central difference `(F(w + h e_k) − F(w − h e_k)) / 2h` of a vector function for every `k`.
func centralDifferenceColumns(
    at w: [Double], step h: Double, _ f: ([Double]) throws -> [Double]
) rethrows -> [[Double]] {
    var columns: [[Double]] = []
    for k in w.indices {
        var plus = w, minus = w
        plus[k] += h
        minus[k] -= h
        let fp = try f(plus), fm = try f(minus)
        columns.append(zip(fp, fm).map { ($0 - $1) / (2 * h) })
    }
    return columns
}

/// `max |a − b| / max(1, max |b|)`.
func relativeError(_ a: [Double], _ b: [Double]) -> Double {
    let scale = max(1, b.map { abs($0) }.max() ?? 0)
    return zip(a, b).map { abs($0 - $1) }.max().map { $0 / scale } ?? .infinity
}
