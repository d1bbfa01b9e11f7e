import MatrixNumerics
/// The weights and biases of one dense layer, `W^l` (`n_l × n_{l−1}`,
/// column-major) and `b^l` (`n_l`).
public struct LayerParameters: Sendable, Equatable {
    /// Rows of `W^l`: the layer's width `n_l`.
    public let rows: Int
    /// Columns of `W^l`: the previous layer's width `n_{l−1}`.
    public let cols: Int
    /// `vec(W^l)`: the entries of `W^l` in column-major order.
    public var weight: [Double]
    /// `b^l`.
    public var bias: [Double]

    /// A layer from `vec(W)` and `b`.
    /// - Throws: ``NetworkError/shapeMismatch(operation:expected:actual:)``
    ///   when the counts do not match `rows × cols` and `rows`.
    public init(rows: Int, cols: Int, weight: [Double], bias: [Double]) throws {
        let (count, overflow) = rows.multipliedReportingOverflow(by: cols)
        guard rows > 0, cols > 0, !overflow, weight.count == count, bias.count == rows else {
            throw NetworkError.shapeMismatch(
                operation: "layer parameters",
                expected: "\(rows)×\(cols) weight and \(rows) bias entries",
                actual: "\(weight.count) weight and \(bias.count) bias entries")
        }
        self.rows = rows
        self.cols = cols
        self.weight = weight
        self.bias = bias
    }

    package init(uncheckedRows rows: Int, cols: Int, weight: [Double], bias: [Double]) {
        self.rows = rows
        self.cols = cols
        self.weight = weight
        self.bias = bias
    }

    /// `W^l` as a matrix.
    public var weightMatrix: Matrix<Double> { DenseKernels.matrix(weight, rows, cols) }
    /// `b^l` as a column.
    public var biasColumn: Matrix<Double> { Matrix(column: bias) }
}
