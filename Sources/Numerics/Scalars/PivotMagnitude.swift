/// How elimination chooses pivots for a scalar type.
///
/// Floating-point scalars return their magnitude, so elimination uses partial
/// pivoting (largest magnitude in the column). Exact scalars return `nil`,
/// so elimination pivots on the first entry that is exactly non-zero.
public protocol PivotingStrategy {
    /// The magnitude used to rank pivot candidates, or `nil` for exact
    /// arithmetic.
    var pivotMagnitude: Double? { get }
}

extension Double: PivotingStrategy {
    @inlinable public var pivotMagnitude: Double? { Swift.abs(self) }
}

extension Float: PivotingStrategy {
    @inlinable public var pivotMagnitude: Double? { Double(Swift.abs(self)) }
}
