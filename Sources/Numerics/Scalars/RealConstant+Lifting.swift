/// Lifting fixed `Double` data (inputs, labels, weights that are not
/// differentiated) into the scalar a generic function runs on, once per
/// evaluation:
///
/// ```swift
/// let rows = Matrix<S>(constants: data)   // zero derivative parts
/// ```
extension Matrix where Scalar: RealConstant {
    /// `data` with every entry embedded as a constant of `Scalar`.
    @inlinable
    public init(constants data: Matrix<Double>) {
        self.init(
            uncheckedRows: data.rows, cols: data.cols,
            storage: data.entries.map { Scalar.constant($0) })
    }
}

extension Array where Element: RealConstant {
    /// `data` with every entry embedded as a constant of `Element`.
    @inlinable
    public init(constants data: [Double]) {
        self = data.map { Element.constant($0) }
    }
}
