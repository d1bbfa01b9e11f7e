/// Why a derivative has no matrix form here (the deriver then reports the
/// index-notation form and exits 3).
public struct NoMatrixForm: Error, Sendable, CustomStringConvertible {
    /// The construct that has no matrix-notation rule.
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }

    /// A derivative operator nested inside the differentiated expression.
    static let nestedDerivative = NoMatrixForm(
        "a derivative operator inside the expression has no matrix form here")
    /// Entries and index sums: index notation, not matrix notation.
    static let indexNotation = NoMatrixForm(
        "entries and index sums are index notation: derive works on matrix expressions")
    /// A matrix written out as blocks `[A, B; C, D]`.
    static let writtenOutMatrix = NoMatrixForm(
        "derive does not differentiate matrices written out [A, B; C, D]")
}
