extension ParameterLayout {
    /// The layout of `parameters` as named blocks, one after another.
    /// - Throws: ``DerivativeCheckError/invalidLayout(_:)`` on overflow.
    public init<S: Ring>(_ parameters: [(name: String, value: Matrix<S>)]) throws {
        try self.init(parameters.map { (name: $0.name, shape: $0.value.shape) })
    }

    /// The flat column `vec(W₁); vec(W₂); …` that a check runs on.
    /// - Throws: ``DerivativeCheckError/shapeMismatch(what:expected:actual:)``
    ///   when a matrix does not have its block's shape or the count differs.
    public func pack<S: Ring>(_ matrices: [Matrix<S>]) throws -> Matrix<S> {
        guard matrices.count == blocks.count else {
            throw DerivativeCheckError.lengthMismatch(
                what: "matrices to pack", expected: blocks.count, actual: matrices.count)
        }
        var flat = [S]()
        flat.reserveCapacity(count)
        for (block, matrix) in zip(blocks, matrices) {
            guard matrix.shape == block.shape else {
                throw DerivativeCheckError.shapeMismatch(
                    what: block.name, expected: block.shape, actual: matrix.shape)
            }
            flat += matrix.entries
        }
        return Matrix(column: flat)
    }

    /// The named matrices of a flat column (or of any matrix with
    /// ``count`` entries, read in column-major order), in block order.
    /// - Throws: ``DerivativeCheckError/lengthMismatch(what:expected:actual:)``.
    public func unpack<S: Ring>(_ flat: Matrix<S>) throws -> [Matrix<S>] {
        guard flat.count == count else {
            throw DerivativeCheckError.lengthMismatch(
                what: "flat parameters", expected: count, actual: flat.count)
        }
        let entries = flat.entries
        return blocks.map { block in
            Matrix(
                uncheckedRows: block.shape.rows, cols: block.shape.cols,
                storage: Array(entries[block.offset..<(block.offset + block.shape.count)]))
        }
    }

    /// The matrix named `name` inside `flat`, or `nil` for an unknown name.
    /// - Throws: ``DerivativeCheckError/lengthMismatch(what:expected:actual:)``.
    public func unpack<S: Ring>(_ name: String, from flat: Matrix<S>) throws -> Matrix<S>? {
        guard let block = blocks.first(where: { $0.name == name }) else { return nil }
        guard flat.count == count else {
            throw DerivativeCheckError.lengthMismatch(
                what: "flat parameters", expected: count, actual: flat.count)
        }
        return Matrix(
            uncheckedRows: block.shape.rows, cols: block.shape.cols,
            storage: Array(flat.entries[block.offset..<(block.offset + block.shape.count)]))
    }
}
