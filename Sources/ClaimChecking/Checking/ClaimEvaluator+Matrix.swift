import ClaimLanguage
import MatrixNumerics

extension ClaimEvaluator {
    /// `[A, B; C, D]`: the blocks placed side by side within a block row, the block
    /// rows one above the other.
    /// - Throws: ``EvaluationFailure/invalidShape(_:)`` when the blocks do not fit.
    func matrixLiteral(_ rows: [[Expression]]) throws -> Matrix<S> {
        let blocks = try rows.map { try $0.map { try value($0) } }
        var height = 0
        var width: Int?
        for (number, row) in blocks.enumerated() {
            guard let first = row.first else {
                throw EvaluationFailure.invalidShape("block row \(number + 1) is empty")
            }
            guard row.allSatisfy({ $0.rows == first.rows }) else {
                throw EvaluationFailure.invalidShape(
                    "the blocks of block row \(number + 1) have different numbers of rows")
            }
            let rowWidth = row.reduce(0) { $0 + $1.cols }
            if let width, width != rowWidth {
                throw EvaluationFailure.invalidShape(
                    "block row \(number + 1) has \(rowWidth) columns, block row 1 has \(width)")
            }
            width = rowWidth
            height += first.rows
        }
        let cols = width ?? 0
        let (count, overflow) = height.multipliedReportingOverflow(by: cols)
        guard !overflow, count <= Self.maximumEntries else {
            throw EvaluationFailure.invalidShape("the matrix written out is too large")
        }
        var storage = [S](repeating: S(0), count: count)
        var top = 0
        for row in blocks {
            var left = 0
            for block in row {
                for j in 0..<block.cols {
                    for i in 0..<block.rows { storage[(left + j) * height + top + i] = block[i, j] }
                }
                left += block.cols
            }
            top += row[0].rows
        }
        return try matrixOperation { try Matrix(rows: height, cols: cols, storage: storage) }
    }
}
