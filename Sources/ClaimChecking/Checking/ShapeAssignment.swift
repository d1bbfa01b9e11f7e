/// Naming helpers for assignments of dimension variables.
public enum ShapeAssignment {
    /// `m=2, n=3`, or `fixed shapes` when there are no dimension variables.
    public static func describe(_ assignment: [String: Int]) -> String {
        assignment.isEmpty
            ? "fixed shapes"
            : assignment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: ", ")
    }

    /// Every assignment of `variables` to values in `1...maximum`; the
    /// `signed` ones (integer symbols that are no dimension) take values in
    /// `(1 - maximum)...maximum`, so the cube of side 3 has `k = -2…3`.
    package static func all(
        _ variables: [String], maximum: Int, signed: Set<String> = []
    ) -> [[String: Int]] {
        var result: [[String: Int]] = [[:]]
        for v in variables {
            let values = signed.contains(v) ? (1 - maximum)...maximum : 1...maximum
            result = result.flatMap { partial in
                values.map { value in partial.merging([v: value]) { $1 } }
            }
        }
        return result
    }
}
