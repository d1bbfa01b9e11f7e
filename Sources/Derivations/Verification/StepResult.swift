
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

extension StepResult {
    /// The step's status as `matcheck verify --json --steps` reports it:
    /// `refuted` for a confirmed erratum (refuted as written, the correction
    /// holds); `shape`, `convention` or `approximation` for a step of that
    /// kind that is as expected; `proved` or `holds numerically` for an
    /// equality or definition; for an unexpected result, the verdict as
    /// written (`inconclusive`, `refuted`, …).
    public var reportedStatus: String {
        switch status {
        case .erratum: return "refuted"
        case .unexpected: return asWritten.verdict.rawValue
        case .proved, .numeric:
            switch step.kind {
            case .shape: return "shape"
            case .convention: return "convention"
            case .approximation: return "approximation"
            case .equality, .definition: return status == .proved ? "proved" : "holds numerically"
            }
        }
    }

    /// The claim as written, in the claim language; a shape step's annotation
    /// as `expression : rows × cols`.
    public var claimText: String {
        if let shape = step.shape { return "\(shape.expression) : \(shape.rows) × \(shape.cols)" }
        return step.claim
    }

    /// The corrected claim (or corrected annotation) of an erratum.
    public var correctedText: String? {
        if let fix = step.correctedShape { return "\(fix.expression) : \(fix.rows) × \(fix.cols)" }
        return step.correction?.claim
    }
}
