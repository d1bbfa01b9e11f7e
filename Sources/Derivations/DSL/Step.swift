

/// One step of a derivation: the note's own line, and the claim that checks it.
///
/// A step is encoded **as the note writes it**. When it is false as written,
/// ``correction`` holds the corrected statement: the checker then expects the
/// as-written claim to be *refuted* (with a counterexample) and the
/// correction to be *proved*. A note is never silently repaired.
public struct Step: Sendable {
    /// A short title ("δ recursion", "bias Hessian").
    public var title: String
    /// The note's line in LaTeX, as the note writes it.
    public var noteLatex: String
    /// What kind of statement the step is.
    public var kind: StepKind
    /// The claim in the claim language, as the note writes it (translated to
    /// our notation, see the derivation's notation section). For a
    /// ``StepKind/shape`` step this is empty and ``shape`` holds the annotation.
    public var claim: String
    /// For a shape step: the annotation as written.
    public var shape: ShapeAnnotation?
    /// For an approximation: the assumptions under which it is exact
    /// (e.g. `f'' = 0`).
    public var exactUnder: [String]
    /// Declarations, definitions and assumptions of this step only, added to
    /// the derivation's context.
    public var context: Context
    /// The corrected statement, when the step is false as written.
    public var correction: Correction?
    /// For a shape step with an erratum: the corrected annotation.
    public var correctedShape: ShapeAnnotation?
    /// A remark shown with the step in the generated notes.
    public var remark: String?
    /// The note's lines this step checks, quoted verbatim.
    public var quote: SourceQuote?

    /// Whether the step is an erratum (false as written).
    public var isErratum: Bool { correction != nil || correctedShape != nil }

    public init(
        _ title: String, lines: ClosedRange<Int>? = nil, quote verbatim: String? = nil,
        kind: StepKind = .equality, note noteLatex: String, claim: String,
        exactUnder: [String] = [], context: Context = Context(), correction: Correction? = nil,
        remark: String? = nil
    ) {
        self.title = title
        self.kind = kind
        self.noteLatex = noteLatex
        self.claim = claim
        self.shape = nil
        self.exactUnder = exactUnder
        self.context = context
        self.correction = correction
        self.correctedShape = nil
        self.remark = remark
        self.quote = Step.quote(lines, verbatim)
    }

    static func quote(_ lines: ClosedRange<Int>?, _ verbatim: String?) -> SourceQuote? {
        guard let lines, let verbatim else { return nil }
        return SourceQuote(lines: lines, verbatim: verbatim)
    }

    /// A shape-annotation step: the note writes `annotation` under an
    /// expression; `corrected` is the right shape when the annotation is wrong.
    public init(
        shape title: String, lines: ClosedRange<Int>? = nil, quote verbatim: String? = nil,
        note noteLatex: String, annotation: ShapeAnnotation,
        corrected: ShapeAnnotation? = nil, explanation: String? = nil,
        context: Context = Context(), remark: String? = nil
    ) {
        self.title = title
        self.kind = .shape
        self.noteLatex = noteLatex
        self.claim = ""
        self.shape = annotation
        self.exactUnder = []
        self.context = context
        self.correction = nil
        self.correctedShape = corrected
        self.remark = explanation.map { e in remark.map { e + " " + $0 } ?? e } ?? remark
        self.quote = Step.quote(lines, verbatim)
    }
}
