/// How a flat parameter vector splits into the user's named matrices, so that
/// a report can say `W2[3, 7]` instead of `x[1234]`.
///
/// Blocks are laid out one after another; inside a block the order is
/// column-major, the order of `vec(W)` (``Matrix/entries``). A plain vector is
/// one `n × 1` block.
///
/// ```swift
/// let layout = try ParameterLayout([("W1", Shape(30, 20)), ("W2", Shape(10, 30))])
/// layout.label(ofFlatIndex: 601)   // "W2[1, 0]"
/// ```
public struct ParameterLayout: Sendable, Equatable {
    /// One named matrix inside the flat vector.
    public struct Block: Sendable, Equatable {
        /// The name shown in reports.
        public let name: String
        /// The matrix shape.
        public let shape: Shape
        /// Index of the block's first entry in the flat vector.
        public let offset: Int
    }

    /// The blocks, in the order they appear in the flat vector.
    public let blocks: [Block]
    /// Total number of scalars.
    public let count: Int

    /// Creates a layout from named shapes, laid out one after another.
    /// - Throws: ``DerivativeCheckError/invalidLayout(_:)`` for a negative
    ///   dimension or a total that overflows `Int`.
    public init(_ shapes: [(name: String, shape: Shape)]) throws {
        var blocks: [Block] = []
        var offset = 0
        for (name, shape) in shapes {
            guard shape.rows >= 0, shape.cols >= 0 else {
                throw DerivativeCheckError.invalidLayout(
                    "block '\(name)' has negative shape \(shape)")
            }
            let (size, overflowSize) = shape.rows.multipliedReportingOverflow(by: shape.cols)
            let (next, overflowSum) = offset.addingReportingOverflow(size)
            guard !overflowSize, !overflowSum else {
                throw DerivativeCheckError.invalidLayout(
                    "block '\(name)' \(shape) makes the total overflow Int")
            }
            blocks.append(Block(name: name, shape: shape, offset: offset))
            offset = next
        }
        self.blocks = blocks
        self.count = offset
    }

    /// A single column vector named `name` with `count` entries (`x[i]`).
    public static func vector(_ count: Int, name: String = "x") -> ParameterLayout {
        ParameterLayout(vectorNamed: name, count: max(0, count))
    }

    private init(vectorNamed name: String, count: Int) {
        self.blocks = [Block(name: name, shape: Shape(count, 1), offset: 0)]
        self.count = count
    }

    /// The readable name of a flat index: `W[i, j]` for a matrix block,
    /// `x[i]` for a column vector, `#k` if the index lies outside the layout.
    public func label(ofFlatIndex index: Int) -> String {
        guard index >= 0, index < count else { return "#\(index)" }
        // Binary search for the last block whose offset is <= index.
        var low = 0, high = blocks.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if blocks[mid].offset <= index { low = mid } else { high = mid - 1 }
        }
        var blockIndex = low
        // Skip empty blocks sharing this offset.
        while blockIndex < blocks.count - 1, blocks[blockIndex].shape.count == 0 { blockIndex += 1 }
        let block = blocks[blockIndex]
        let local = index - block.offset
        if block.shape.cols == 1 { return "\(block.name)[\(local)]" }
        let row = local % max(1, block.shape.rows)
        let col = local / max(1, block.shape.rows)
        return "\(block.name)[\(row), \(col)]"
    }
}
