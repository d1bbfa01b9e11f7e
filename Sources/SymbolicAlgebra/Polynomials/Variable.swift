/// A symbolic variable: a name with optional matrix indices.
///
/// Matrix entries are named after their position, 1-based as in
/// mathematics: `Variable("A", 1, 2)` prints `A[1,2]` as plain text and
/// `A_{12}` in LaTeX (`A_{1,12}` when an index has more than one digit).
public struct Variable: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The name, e.g. `"A"` or `"x"`.
    public let name: String
    /// The indices, e.g. `[1, 2]` for `A[1,2]`; empty for a plain scalar.
    public let indices: [Int]

    /// A variable `name[indices…]`.
    public init(_ name: String, _ indices: Int...) {
        self.name = name
        self.indices = indices
    }

    /// A variable `name[indices…]`.
    public init(_ name: String, indices: [Int]) {
        self.name = name
        self.indices = indices
    }

    /// `A[1,2]`, or just the name.
    public var description: String {
        indices.isEmpty ? name : "\(name)[\(indices.map(String.init).joined(separator: ","))]"
    }

    /// `A_{12}`, `A_{1,12}`, or the name.
    public var latex: String {
        if indices.isEmpty { return name }
        let separator = indices.allSatisfy { (0...9).contains($0) } ? "" : ","
        return "\(name)_{\(indices.map(String.init).joined(separator: separator))}"
    }

    /// Orders by name, then indices (lexicographically); used for printing.
    public static func < (lhs: Variable, rhs: Variable) -> Bool {
        if lhs.name != rhs.name { return lhs.name < rhs.name }
        return lhs.indices.lexicographicallyPrecedes(rhs.indices)
    }
}
