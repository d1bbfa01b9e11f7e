/// Lines of a seed note that hold math but are not a claim, and why.
public struct UnclaimedLines: Sendable {
    /// Why the lines are not checked as a claim.
    public enum Reason: String, Sendable {
        /// Setup or a definition: names, domains, a layer's picture, a notation.
        case setup
        /// Prose with inline math (a remark, a plan, a heading).
        case prose
        /// A garbled transcription: the math cannot be read (the explanation
        /// says what is unreadable).
        case garbled
    }

    /// The lines (1-based, inclusive).
    public var lines: ClosedRange<Int>
    /// Why they are not a claim.
    public var reason: Reason
    /// What the lines hold, in a few words.
    public var explanation: String

    public init(_ lines: ClosedRange<Int>, _ reason: Reason, _ explanation: String) {
        self.lines = lines
        self.reason = reason
        self.explanation = explanation
    }

    /// One line.
    public init(_ line: Int, _ reason: Reason, _ explanation: String) {
        self.init(line...line, reason, explanation)
    }
}
