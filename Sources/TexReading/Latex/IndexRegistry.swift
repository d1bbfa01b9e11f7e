import ClaimLanguage

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

    /// Registers `name` over `1…upper`. The first registration wins: a
    /// later use over another dimension (`W_{kj}` after `\sum_{k=1}^{m}`
    /// with `W` n×m) is left for shape inference to report as a shape error.
    public func register(_ name: String, upper: Dimension, at offset: Int) {
        if self.upper(of: name) == nil { ranges.append((name, upper)) }
    }
}
