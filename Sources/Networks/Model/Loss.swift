import MatrixNumerics
/// The loss `L(z^L, y)` on the network's last pre-activation `z^L`, with the
/// output link folded in, averaged over the columns (samples) of a batch.
///
/// Per sample (`z = z^L`, `y` its target column):
///
/// - `sigmoidBinaryCrossEntropy`: `ℓ = Σᵢ softplus(zᵢ) − yᵢ zᵢ`, `∇_z ℓ = σ(z) − y`,
///   `H_ℓ = ∇²_z ℓ = diag(σ ⊙ (1 − σ))`.
/// - `softmaxCrossEntropy`: `ℓ = s·logsumexp(z) − yᵀz` with `s = Σᵢ yᵢ`,
///   `∇_z ℓ = s·p − y`, `H_ℓ = s·(diag p − p pᵀ)`.
/// - `squaredError`: `ℓ = ½‖z − y‖²`, `∇_z ℓ = z − y`, `H_ℓ = I`.
///
/// with `p = softmax(z)`. The batch loss is `L = (1/B) Σ_b ℓ(z_b, y_b)`, so
/// `J_L = ∂L/∂Z^L` and `H_L` carry the factor `1/B` and `H_L` is block
/// diagonal over samples. For one-hot or probability targets `s = 1` and the
/// softmax rows reduce to the familiar `p − y`, `diag p − p pᵀ`.
///
/// Seed 001 writes `∇²_z J = diag(a ⊙ (1 − a)) = diag(a) − a aᵀ` for the
/// sigmoid output; the first equality is right, the second is the *softmax*
/// Hessian and is not equal to it (see `docs/networks.md`).
public enum Loss: String, Sendable, CaseIterable, Equatable {
    case sigmoidBinaryCrossEntropy
    case softmaxCrossEntropy
    case squaredError

    /// The mean loss `(1/B) Σ_b ℓ(z_b, y_b)` for any scalar type, for
    /// derivative checks (finite differences, dual numbers, complex step).
    ///
    /// The softmax is stabilised by subtracting the entry of largest real
    /// part, an exact identity of `logsumexp`.
    /// - Throws: ``NetworkError/shapeMismatch(operation:expected:actual:)``
    ///   when `outputs` and `targets` differ in shape.
    public func value<S: ElementaryFunctions & RealValued>(
        outputs: Matrix<S>, targets: Matrix<S>
    ) throws -> S {
        try Loss.requireSameShape(outputs.shape, targets.shape, operation: "loss")
        let rows = outputs.rows, batch = outputs.cols
        let z = outputs.entries, y = targets.entries
        var total = S.zero
        for b in 0..<batch {
            let base = b * rows
            switch self {
            case .sigmoidBinaryCrossEntropy:
                for i in 0..<rows { total += S.softplus(z[base + i]) - y[base + i] * z[base + i] }
            case .softmaxCrossEntropy:
                var largest = 0
                for i in 1..<max(rows, 1) where z[base + i].realValue > z[base + largest].realValue
                { largest = i }
                let shift = rows > 0 ? z[base + largest] : S.zero
                var sumExp = S.zero, targetSum = S.zero, targetDot = S.zero
                for i in 0..<rows {
                    sumExp += S.exp(z[base + i] - shift)
                    targetSum += y[base + i]
                    targetDot += y[base + i] * z[base + i]
                }
                if rows > 0 { total += targetSum * (S.log(sumExp) + shift) - targetDot }
            case .squaredError:
                for i in 0..<rows {
                    let r = z[base + i] - y[base + i]
                    total += r * r / S(2)
                }
            }
        }
        return batch == 0 ? S.zero : total / S(batch)
    }

    /// The link's prediction `σ(z)`, `softmax(z)` or `z`, column by column,
    /// from column-major `outputs` with `rows` entries per column.
    public func prediction(outputs z: [Double], rows: Int) -> [Double] {
        switch self {
        case .squaredError: return z
        case .sigmoidBinaryCrossEntropy: return z.map { Double.sigmoid($0) }
        case .softmaxCrossEntropy:
            var p = z
            guard rows > 0 else { return p }
            p.withUnsafeMutableBufferPointer { buffer in
                var base = 0
                while base < buffer.count {
                    var largest = buffer[base]
                    for i in 1..<rows where buffer[base + i] > largest {
                        largest = buffer[base + i]
                    }
                    var total = 0.0
                    for i in 0..<rows {
                        let e = Double.exp(buffer[base + i] - largest)
                        buffer[base + i] = e
                        total += e
                    }
                    let scale = 1 / total
                    for i in 0..<rows { buffer[base + i] *= scale }
                    base += rows
                }
            }
            return p
        }
    }

    /// The mean loss and its gradient `J_L = ∂L/∂Z^L` (same shape as `Z^L`,
    /// including the factor `1/B`), from the outputs and their prediction.
    func valueAndGradient(
        outputs z: [Double], prediction p: [Double], targets y: [Double], rows: Int
    ) -> (value: Double, gradient: [Double]) {
        let batch = rows == 0 ? 0 : z.count / rows
        guard batch > 0 else { return (0, []) }
        let scale = 1 / Double(batch)
        var gradient = [Double](repeating: 0, count: z.count)
        var total = 0.0
        switch self {
        case .sigmoidBinaryCrossEntropy:
            for k in 0..<z.count {
                total += Double.softplus(z[k]) - y[k] * z[k]
                gradient[k] = (p[k] - y[k]) * scale
            }
        case .squaredError:
            for k in 0..<z.count {
                let r = z[k] - y[k]
                total += 0.5 * r * r
                gradient[k] = r * scale
            }
        case .softmaxCrossEntropy:
            for b in 0..<batch {
                let base = b * rows
                var largest = z[base]
                for i in 1..<rows where z[base + i] > largest { largest = z[base + i] }
                var sumExp = 0.0, targetSum = 0.0, targetDot = 0.0
                for i in 0..<rows {
                    sumExp += Double.exp(z[base + i] - largest)
                    targetSum += y[base + i]
                    targetDot += y[base + i] * z[base + i]
                }
                total += targetSum * (Double.log(sumExp) + largest) - targetDot
                for i in 0..<rows {
                    gradient[base + i] = (targetSum * p[base + i] - y[base + i]) * scale
                }
            }
        }
        return (total * scale, gradient)
    }

    /// `H_L · V` for a direction `V` shaped like `Z^L`: the loss Hessian
    /// (block diagonal over samples, factor `1/B` included) applied column by
    /// column, from the prediction `p` and the targets (for the softmax's `s = Σ y`).
    func hessianProduct(
        prediction p: [Double], targets y: [Double], direction v: [Double], rows: Int
    ) -> [Double] {
        let batch = rows == 0 ? 0 : v.count / rows
        guard batch > 0 else { return [] }
        let scale = 1 / Double(batch)
        var out = [Double](repeating: 0, count: v.count)
        switch self {
        case .squaredError:
            for k in 0..<v.count { out[k] = v[k] * scale }
        case .sigmoidBinaryCrossEntropy:
            for k in 0..<v.count { out[k] = p[k] * (1 - p[k]) * v[k] * scale }
        case .softmaxCrossEntropy:
            for b in 0..<batch {
                let base = b * rows
                var dot = 0.0, targetSum = 0.0
                for i in 0..<rows {
                    dot += p[base + i] * v[base + i]
                    targetSum += y[base + i]
                }
                let s = targetSum * scale
                for i in 0..<rows { out[base + i] = s * p[base + i] * (v[base + i] - dot) }
            }
        }
        return out
    }

    /// The per-sample loss Hessian `H_ℓ = ∇²_z ℓ` (without `1/B`) for one column.
    func sampleHessian(prediction p: [Double], targets y: [Double]) throws -> Matrix<Double> {
        let n = p.count
        var h = [Double](repeating: 0, count: n * n)
        switch self {
        case .squaredError:
            for i in 0..<n { h[i + i * n] = 1 }
        case .sigmoidBinaryCrossEntropy:
            for i in 0..<n { h[i + i * n] = p[i] * (1 - p[i]) }
        case .softmaxCrossEntropy:
            let s = y.reduce(0, +)
            for j in 0..<n {
                for i in 0..<n { h[i + j * n] = s * ((i == j ? p[i] : 0) - p[i] * p[j]) }
            }
        }
        return try Matrix(column: h).unvec(rows: n, cols: n)
    }

    /// Fraction of samples classified correctly: the arg-max for softmax, each
    /// output thresholded at ½ for the sigmoid; `nil` for squared error.
    public func accuracy(prediction p: [Double], targets y: [Double], rows: Int) -> Double? {
        guard rows > 0, !p.isEmpty else { return nil }
        let batch = p.count / rows
        switch self {
        case .squaredError: return nil
        case .sigmoidBinaryCrossEntropy:
            var correct = 0
            for k in 0..<p.count where (p[k] > 0.5) == (y[k] > 0.5) { correct += 1 }
            return Double(correct) / Double(p.count)
        case .softmaxCrossEntropy:
            var correct = 0
            for b in 0..<batch {
                let base = b * rows
                var bestP = 0, bestY = 0
                for i in 1..<rows {
                    if p[base + i] > p[base + bestP] { bestP = i }
                    if y[base + i] > y[base + bestY] { bestY = i }
                }
                if bestP == bestY { correct += 1 }
            }
            return Double(correct) / Double(batch)
        }
    }

    static func requireSameShape(_ a: Shape, _ b: Shape, operation: String) throws {
        guard a == b else {
            throw NetworkError.shapeMismatch(
                operation: operation, expected: "targets of shape \(a)", actual: "\(b)")
        }
    }
}
