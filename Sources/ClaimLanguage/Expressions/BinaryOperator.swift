/// The binary operators, from loosest to tightest binding:
/// `+ -`, then `* .* ./ /`, then `⊗`.
public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
    case add = "+"
    case subtract = "-"
    /// Matrix product, or a scalar multiple when one side is `1×1`.
    case multiply = "*"
    /// Hadamard (entrywise) product.
    case hadamard = ".*"
    /// Entrywise division.
    case elementDivide = "./"
    /// Division by a scalar.
    case divide = "/"
    /// Kronecker product.
    case kronecker = "⊗"
}
