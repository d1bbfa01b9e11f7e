/// One dimension in a declaration: a positive integer or a dimension variable.
public enum Dimension: Hashable, Sendable, CustomStringConvertible {
    case fixed(Int)
    case variable(String)

    public var description: String {
        switch self {
        case .fixed(let n): return "\(n)"
        case .variable(let name): return name
        }
    }
}
