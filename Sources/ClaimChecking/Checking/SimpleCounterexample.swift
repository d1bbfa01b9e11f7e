/// A counterexample a student can check by hand: the smallest shape that
/// refutes, and entries from `0, ±1, ±½, ±2, 3`.
public struct SimpleCounterexample: Hashable, Sendable, CustomStringConvertible {
    /// The dimension variables' values.
    public let assignment: [String: Int]
    /// Every symbol's entries, exactly (`"1/2"`), row by row.
    public let point: [String: [[String]]]
    /// The zero-based entry where the sides differ.
    public let row: Int
    public let col: Int
    /// The two sides there: exact rationals when `exact`, else decimals.
    public let lhs: String
    public let rhs: String
    /// Whether the sides were evaluated in exact rational arithmetic (error
    /// bound 0); otherwise in floating point with the residual more than the
    /// refutation factor above its rounding-error bound.
    public let exact: Bool

    public var description: String {
        let values = point.keys.sorted().map { name -> String in
            let rows = point[name] ?? []
            if rows.count == 1 && rows[0].count == 1 { return "\(name) = \(rows[0][0])" }
            if rows.allSatisfy({ $0.count == 1 }) {
                return "\(name) = (" + rows.map { $0[0] }.joined(separator: ", ") + ")"
            }
            let matrix = rows.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ")
            return "\(name) = [" + matrix + "]"
        }
        let shape = assignment.isEmpty ? "" : "at \(ShapeAssignment.describe(assignment)), "
        let how = exact ? " (exact)" : " (floating point, far above its error bound)"
        return "\(shape)\(values.joined(separator: ", ")): entry [\(row + 1),\(col + 1)] is \(lhs)"
            + " on the left and \(rhs) on the right" + how
    }
}
