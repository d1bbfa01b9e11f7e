import MatrixNumerics

/// A bias-free MLP with sigmoid hidden layers, a linear
/// output layer and the mean softmax cross-entropy over a batch (as in
/// `torch_gradcheck.py`), with a **hand-written** backprop — the kind of user
/// code the checks exist for. Weights are flat: `W1, W2, …`, each `out × in`,
/// column-major.
public struct Perceptron: ZooModel {
    public let name = "mlp"
    @usableFromInline let sizes: [Int]
    @usableFromInline let inputs: [[Double]]
    @usableFromInline let labels: [Int]

    public init(sizes: [Int], batch: Int, random: inout Xoshiro256StarStar) {
        self.sizes = sizes
        inputs = (0..<batch).map { _ in (0..<sizes[0]).map { _ in random.nextStandardNormal() } }
        labels = (0..<batch).map { _ in Int(random.next() % UInt64(sizes[sizes.count - 1])) }
    }

    public var parameterShape: Shape { Shape(parameterCount, 1) }

    public var parameterCount: Int {
        zip(sizes.dropLast(), sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// `W1, W2, …` in the user's shapes, for readable reports.
    public func layout() throws -> ParameterLayout {
        try ParameterLayout((1..<sizes.count).map { ("W\($0)", Shape(sizes[$0], sizes[$0 - 1])) })
    }

    /// Standard normal weights scaled by `1/√fan-in`.
    public func randomWeights(_ random: inout Xoshiro256StarStar) -> [Double] {
        var w: [Double] = []
        w.reserveCapacity(parameterCount)
        for k in 1..<sizes.count {
            let scale = 1 / Double(sizes[k - 1]).squareRoot()
            for _ in 0..<(sizes[k] * sizes[k - 1]) { w.append(random.nextStandardNormal() * scale) }
        }
        return w
    }

    /// The loss, generic so the checks can run it on dual numbers.
    @inlinable public func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    )
        throws -> S
    {
        let activations = forward(x.entries)
        let logits = activations[activations.count - 1]
        let classes = sizes[sizes.count - 1]
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
    @inlinable func forward<S: ElementaryFunctions & RealConstant>(_ w: [S]) -> [[S]] {
        let batch = inputs.count
        var a = [S]()
        a.reserveCapacity(sizes[0] * batch)
        for sample in inputs { for value in sample { a.append(S.constant(value)) } }
        var all = [a]
        var offset = 0
        for k in 1..<sizes.count {
            let rows = sizes[k]
            let cols = sizes[k - 1]
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
    @inlinable func backprop<S: ElementaryFunctions & RealConstant>(_ w: [S]) -> [S] {
        let batch = inputs.count
        let classes = sizes[sizes.count - 1]
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
            let rows = sizes[k]
            let cols = sizes[k - 1]
            let offset = offsets[k - 1]
            let a = activations[k - 1]
            var back = [S](repeating: .zero, count: cols * batch)
            w.withUnsafeBufferPointer { weights in
                g.withUnsafeMutableBufferPointer { g in
                    delta.withUnsafeBufferPointer { delta in
                        for c in 0..<cols {
                            let column = offset + c * rows
                            for b in 0..<batch {
                                let ac = a[c + b * cols]
                                let out = b * rows
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

    @inlinable public func gradient<S: ElementaryFunctions & RealConstant>(
        _ w: Matrix<S>
    ) throws
        -> Matrix<S>
    {
        Matrix(column: backprop(w.entries))
    }

    public func randomPoint(_ random: inout Xoshiro256StarStar) -> Matrix<Double> {
        Matrix(column: randomWeights(&random))
    }
}
