extension ShapeInference {
    /// `[A, B; C, D]`: the blocks of a block row share their number of rows; the
    /// block rows share their total number of columns. The shape is
    /// `(Σ rows of the block rows) × (Σ columns of a block row)`.
    mutating func matrixLiteral(
        _ rows: [[Expression]], _ r: SourceRange
    ) throws -> SymbolicShape {
        var height = DimensionPolynomial.constant(0)
        var width: DimensionPolynomial?
        for (rowNumber, row) in rows.enumerated() {
            guard let first = row.first else {
                throw fail(.syntax, "block row \(rowNumber + 1) of the matrix is empty", r)
            }
            let rowHeight = try resolved(try infer(first), first.range).rows
            var rowWidth = DimensionPolynomial.constant(0)
            for block in row {
                let s = try resolved(try infer(block), block.range)
                try unify(
                    s.rows, rowHeight, block.range,
                    """
                    matrix: the blocks of block row \(rowNumber + 1) have different numbers \
                    of rows: \(try resolved(rowHeight, block.range)) and \(s.rows)
                    """)
                guard let sum = try resolved(rowWidth, block.range) + resolved(s.cols, block.range)
                else { throw fail(.limit, "a dimension is too large to represent", block.range) }
                rowWidth = sum
            }
            if let width {
                let rowRange = row[0].range.union(row[row.count - 1].range)
                try unify(
                    rowWidth, width, rowRange,
                    """
                    matrix: block row \(rowNumber + 1) has \(try resolved(rowWidth, rowRange)) \
                    columns, block row 1 has \(try resolved(width, rowRange))
                    """)
            } else {
                width = rowWidth
            }
            guard let total = try resolved(height, r) + resolved(rowHeight, r) else {
                throw fail(.limit, "a dimension is too large to represent", r)
            }
            height = total
        }
        return SymbolicShape(rows: height, cols: try resolved(width ?? .one, r))
    }
}
