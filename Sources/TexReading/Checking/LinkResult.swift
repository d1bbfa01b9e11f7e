import ClaimChecking

/// One row of the report: a link, the claim it became and its verdict.
public struct LinkResult: Sendable {
    /// The 1-based line (see ``EquationLink``).
    public let line: Int
    /// The link's number in its display or row.
    public let link: Int
    /// The LaTeX as written.
    public let latex: String
    /// The claim it became, in the claim language; `nil` when not parsed.
    public let claim: String?
    /// The verdict.
    public let verdict: LinkVerdict
    /// The checker's report, when the claim was checked.
    public let report: CheckReport?

    /// Creates a result.
    public init(
        line: Int, link: Int, latex: String, claim: String?, verdict: LinkVerdict,
        report: CheckReport?
    ) {
        self.line = line
        self.link = link
        self.latex = latex
        self.claim = claim
        self.verdict = verdict
        self.report = report
    }
}
