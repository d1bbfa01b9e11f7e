import MatrixNumerics

/// A point (or a direction) in the parameter space of a
/// ``MultilayerPerceptron``: one ``LayerParameters`` per layer.
///
/// The flat parameter vector `w ∈ ℝ^p` of seed 000 is
/// `[vec(W¹); b¹; vec(W²); b²; …]` (``flattened``); gradients, Gauss-Newton
/// products and Hessian-vector products are returned in the same shape, so
/// `J_φ u` reads as a `NetworkParameters`.
public struct NetworkParameters: Sendable, Equatable {
    /// The layers `l = 1 … L`.
    public var layers: [LayerParameters]

    /// Parameters from their layers.
    public init(layers: [LayerParameters]) { self.layers = layers }

    /// The number of scalar parameters `p`.
    public var count: Int { layers.reduce(0) { $0 + $1.weight.count + $1.bias.count } }

    /// A zero vector shaped like `self`.
    public var zero: NetworkParameters {
        NetworkParameters(
            layers: layers.map {
                LayerParameters(
                    uncheckedRows: $0.rows, cols: $0.cols,
                    weight: [Double](repeating: 0, count: $0.weight.count),
                    bias: [Double](repeating: 0, count: $0.bias.count))
            })
    }

    /// `w = [vec(W¹); b¹; vec(W²); b²; …]`.
    public var flattened: [Double] {
        var out: [Double] = []
        out.reserveCapacity(count)
        for layer in layers {
            out.append(contentsOf: layer.weight)
            out.append(contentsOf: layer.bias)
        }
        return out
    }

    /// The parameters shaped like `template` with the entries of the flat vector `flat`.
    /// - Throws: ``NetworkError/shapeMismatch(operation:expected:actual:)``
    ///   when `flat.count` differs from `template.count`.
    public init(flattened flat: [Double], like template: NetworkParameters) throws {
        guard flat.count == template.count else {
            throw NetworkError.shapeMismatch(
                operation: "parameters from flat vector",
                expected: "\(template.count) entries", actual: "\(flat.count)")
        }
        var offset = 0
        var layers: [LayerParameters] = []
        for layer in template.layers {
            let w = Array(flat[offset..<offset + layer.weight.count])
            offset += layer.weight.count
            let b = Array(flat[offset..<offset + layer.bias.count])
            offset += layer.bias.count
            layers.append(
                LayerParameters(uncheckedRows: layer.rows, cols: layer.cols, weight: w, bias: b))
        }
        self.layers = layers
    }

    /// Whether `other` has the same layer shapes.
    public func hasSameShape(as other: NetworkParameters) -> Bool {
        layers.count == other.layers.count
            && zip(layers, other.layers).allSatisfy { $0.rows == $1.rows && $0.cols == $1.cols }
    }

    /// Throws unless `other` has the same layer shapes.
    func requireSameShape(_ other: NetworkParameters, operation: String) throws {
        guard hasSameShape(as: other) else {
            throw NetworkError.shapeMismatch(
                operation: operation, expected: "parameters of shape \(shapeDescription)",
                actual: other.shapeDescription)
        }
    }

    /// `[n₁×n₀, n₂×n₁, …]`, for messages.
    public var shapeDescription: String {
        "[" + layers.map { "\($0.rows)×\($0.cols)" }.joined(separator: ", ") + "]"
    }

    /// The inner product `⟨self, other⟩ = Σ wᵢ vᵢ` (shapes checked by the caller).
    public func dot(_ other: NetworkParameters) -> Double {
        var s = 0.0
        for (a, b) in zip(layers, other.layers) {
            s += MatrixNumerics.dot(a.weight, b.weight) + MatrixNumerics.dot(a.bias, b.bias)
        }
        return s
    }

    /// `self ← a·self + b·other`, in place (shapes checked by the caller).
    public mutating func combine(
        scaling a: Double, adding other: NetworkParameters, scaledBy b: Double
    ) {
        for l in layers.indices {
            let o = other.layers[l]
            layers[l].weight.withUnsafeMutableBufferPointer { w in
                o.weight.withUnsafeBufferPointer { v in
                    for k in 0..<min(w.count, v.count) { w[k] = a * w[k] + b * v[k] }
                }
            }
            layers[l].bias.withUnsafeMutableBufferPointer { w in
                o.bias.withUnsafeBufferPointer { v in
                    for k in 0..<min(w.count, v.count) { w[k] = a * w[k] + b * v[k] }
                }
            }
        }
    }

    /// Applies `body` to every (parameter, other…) entry in place; used by the optimisers.
    mutating func updateEntries(_ body: (inout Double, Int) -> Void) {
        var offset = 0
        for l in layers.indices {
            layers[l].weight.withUnsafeMutableBufferPointer { w in
                for k in 0..<w.count { body(&w[k], offset + k) }
            }
            offset += layers[l].weight.count
            layers[l].bias.withUnsafeMutableBufferPointer { w in
                for k in 0..<w.count { body(&w[k], offset + k) }
            }
            offset += layers[l].bias.count
        }
    }

    /// Whether every entry is finite.
    public var isFinite: Bool {
        layers.allSatisfy { $0.weight.allSatisfy(\.isFinite) && $0.bias.allSatisfy(\.isFinite) }
    }
}
