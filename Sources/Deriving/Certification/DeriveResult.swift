import ClaimChecking
import ClaimLanguage

/// What `matcheck derive` found for one input.
public struct DeriveResult: Sendable {
    /// The input text.
    public let input: String
    /// The derivative in matrix notation (no derivative operators), certified;
    /// `nil` when there is no matrix form or the result did not pass its check.
    public let result: Expression?
    /// The claim `<input> == <result>` that certified it.
    public let certificationClaim: String?
    /// The checker's verdict on that claim (`proved` or `holds`).
    public let verdict: Verdict?
    /// The scope of a proof (`all-shapes`, `shapes-up-to-N`).
    public let scope: ProofScope?
    /// Why there is no certified matrix form.
    public let reason: String?
    /// The index-notation form of the derivative, when there is no matrix form.
    public let indexForm: String?
    /// Wall-clock seconds to derive and certify.
    public let seconds: Double

    /// The result in claim-language text.
    public var resultText: String? { result.map(ExpressionPrinter.text) }
    /// The result in LaTeX.
    public var latex: String? { result.map(LaTeXPrinter.latex) }
    /// Whether a certified matrix-form result exists.
    public var isCertified: Bool { result != nil }
}
