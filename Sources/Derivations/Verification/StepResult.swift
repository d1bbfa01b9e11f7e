/// How a step's results compare with what the derivation expects of it.
public enum StepStatus: String, Sendable {
    /// A true step, proved exactly.
    case proved
    /// A true step that holds numerically but has no exact proof.
    case numeric
    /// An erratum confirmed: refuted as written, the correction proved (or
    /// holding numerically).
    case erratum
    /// Anything else: a true step refuted or undecided, an erratum not
    /// refuted, a correction not proved. Always reported.
    case unexpected
}

/// The checked result of one step.
public struct StepResult: Sendable {
    public var step: Step
    /// The claim as the note writes it (for an approximation: under its
    /// exactness condition).
    public var asWritten: ClaimOutcome
    /// For an approximation: the same claim without the condition, showing
    /// the size of the dropped term (expected to be refuted).
    public var withoutCondition: ClaimOutcome?
    /// For an erratum: the corrected claim.
    public var corrected: ClaimOutcome?
    public var status: StepStatus
    /// Why the status is `unexpected`, if it is.
    public var problem: String?
    /// Wall-clock seconds spent checking the step (not shown in notes/).
    public var seconds: Double = 0
}

/// The checked result of one derivation.
public struct DerivationResult: Sendable {
    public var derivation: Derivation
    public var steps: [StepResult]
    /// Wall-clock seconds spent verifying.
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
