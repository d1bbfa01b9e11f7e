/// The symbolic check at one shape assignment.
public struct SymbolicShapeResult: Hashable, Sendable {
    public let assignment: [String: Int]
    public let outcome: SymbolicOutcome
    /// Wall-clock seconds spent.
    public let seconds: Double
}
