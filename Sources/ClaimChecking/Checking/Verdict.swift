/// The outcome of checking a claim.
public enum Verdict: Hashable, Sendable, CustomStringConvertible {
    /// Exactly equal on every symbolic shape and confirmed numerically on
    /// larger ones.
    case proved
    /// No exact proof (the reason says why: the symbolic budget was
    /// exceeded, or the exact difference is non-zero yet vanished at every
    /// point tried), but both sides agree to working precision at every
    /// numeric point.
    case holdsNumerically(reason: String)
    /// A concrete counterexample shows the two sides differ.
    case refuted(Counterexample)
    /// Neither proved nor refuted; the reason says why.
    case inconclusive(reason: String)

    /// `proved`, `holds`, `refuted` or `inconclusive`.
    public var name: String {
        switch self {
        case .proved: return "proved"
        case .holdsNumerically: return "holds"
        case .refuted: return "refuted"
        case .inconclusive: return "inconclusive"
        }
    }

    /// The CLI exit status: 0 proved or holds, 1 refuted, 3 inconclusive.
    public var exitCode: Int32 {
        switch self {
        case .proved, .holdsNumerically: return 0
        case .refuted: return 1
        case .inconclusive: return 3
        }
    }

    public var description: String {
        switch self {
        case .proved: return "proved"
        case .holdsNumerically(let reason): return "holds numerically (\(reason))"
        case .refuted(let c): return "refuted: \(c)"
        case .inconclusive(let reason): return "inconclusive (\(reason))"
        }
    }
}

/// A concrete point where the two sides of a claim differ.
public struct Counterexample: Hashable, Sendable, CustomStringConvertible {
    /// The dimension variables' values.
    public let assignment: [String: Int]
    /// The seed of the random point (reproducible with ``ClaimChecker``).
    public let seed: UInt64
    /// The zero-based row and column of the differing entry (in the larger
    /// side when the other is a broadcast scalar).
    public let row: Int
    public let col: Int
    /// The two sides' values at that entry.
    public let lhs: Double
    public let rhs: Double
    /// `|lhs − rhs|`.
    public let residual: Double
    /// The rounding-error bound of the residual (running error analysis).
    public let errorBound: Double
    /// The symbol values at the point, rounded, for display (`A = [[…]]`).
    public let point: [String: [[Double]]]
    /// For a witness certified in interval arithmetic: the two sides'
    /// enclosures, e.g. `lhs ∈ [1e-435, 2e-435], rhs = 0 (128-bit intervals)`.
    public var certificate: String? = nil
    /// The same refutation with simple exact entries, when one is found
    /// (``CounterexampleShrinker``); the random point above stays the
    /// numeric confirmation.
    public internal(set) var simple: SimpleCounterexample? = nil

    /// `residual / errorBound`: how far above its error bound the residual is.
    public var significance: Double { errorBound > 0 ? residual / errorBound : .infinity }

    public var description: String {
        let at =
            """
                at \(ShapeAssignment.describe(assignment)), seed \(seed), entry \
                [\(row + 1),\(col + 1)]
                """
        let random =
            certificate.map { "\(at): \($0)" }
            ?? """
                \(at): lhs = \(lhs), rhs = \(rhs), |lhs − rhs| = \(residual) > error bound \
                \(errorBound)
                """
        guard let simple else { return random }
        return "\(simple); numeric confirmation \(random)"
    }
}

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
