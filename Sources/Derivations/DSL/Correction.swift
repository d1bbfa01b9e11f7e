/// The corrected form of a step that is false as the note writes it.
public struct Correction: Sendable {
    /// The corrected claim, in the claim language. Must be proved.
    public var claim: String
    /// The corrected line in LaTeX.
    public var latex: String
    /// What is wrong with the line as written, in one or two sentences.
    public var explanation: String
    /// The context of the corrected claim, replacing the step's own context;
    /// `nil` keeps the step's context.
    public var context: Context?

    public init(claim: String, latex: String, explanation: String, context: Context? = nil) {
        self.claim = claim
        self.latex = latex
        self.explanation = explanation
        self.context = context
    }
}
