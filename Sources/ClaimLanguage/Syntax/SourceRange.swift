/// A half-open range of character positions `start..<end` in a claim's text
/// (positions count Swift `Character`s from 0), used to put a caret under
/// the part of the claim an error is about.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    /// The first character of the range.
    public var start: Int
    /// One past the last character of the range.
    public var end: Int

    /// The range `start..<max(end, start + 1)`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = Swift.max(end, start + 1)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(Swift.min(start, other.start), Swift.max(end, other.end))
    }

    /// `column start` (1-based, as shown to users).
    public var description: String { "column \(start + 1)" }
}
