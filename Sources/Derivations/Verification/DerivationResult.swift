/// The checked result of one derivation.
public struct DerivationResult: Sendable {
    public var derivation: Derivation
    public var steps: [StepResult]
    /// Seconds spent verifying: wall-clock when verified alone, the sum of
    /// the steps' times when its steps were spread over several workers.
    public var seconds: Double

    public var proved: Int { steps.filter { $0.status == .proved }.count }
    public var numeric: Int { steps.filter { $0.status == .numeric }.count }
    public var errata: Int { steps.filter { $0.status == .erratum }.count }
    public var unexpected: Int { steps.filter { $0.status == .unexpected }.count }
    /// Steps proved for every shape (all dimension values).
    public var provedAllShapes: Int {
        steps.filter { $0.status == .proved && $0.asWritten.scope == "all shapes" }.count
    }
}
