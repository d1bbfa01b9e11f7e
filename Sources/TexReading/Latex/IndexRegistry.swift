import Derivations

/// The indices an equation uses (`k` in `\sum_{k=1}^{n}`, `j` in `W_{jk}`)
/// and the range each runs over, collected while the equation is parsed;
/// they become `k: index 1..n` declarations of its claim.
public final class IndexRegistry {
    /// Index name → upper bound, in order of first use.
    public private(set) var ranges: [(name: String, upper: Dimension)] = []

    /// An empty registry.
    public init() {}

    /// The upper bound of `name`, if registered.
    public func upper(of name: String) -> Dimension? {
        ranges.first { $0.name == name }?.upper
    }

    /// Registers `name` over `1…upper`; a second registration must agree.
    /// - Throws: ``TexParseError`` when the index was given another range.
    public func register(_ name: String, upper: Dimension, at offset: Int) throws {
        if let existing = self.upper(of: name) {
            guard existing == upper else {
                throw TexParseError("the index \(name) runs over 1..\(existing) and over 1..\(upper)", at: offset)
            }
            return
        }
        ranges.append((name, upper))
    }
}
