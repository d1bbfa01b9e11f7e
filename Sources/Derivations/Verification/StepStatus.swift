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
