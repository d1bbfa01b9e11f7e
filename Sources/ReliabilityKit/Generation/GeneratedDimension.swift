/// A dimension of a generated expression: a product of dimension variables
/// (`m`, `m·n`, `n·n`), or `1` when there are none.
///
/// Products commute, so `m·n` and `n·m` are the same dimension, as they are
/// for the checker's shape inference.
public struct GeneratedDimension: Hashable, Sendable, CustomStringConvertible {
    /// The variables of the product, sorted (repeated for powers).
    public let factors: [String]

    /// The product of `factors`.
    public init(_ factors: [String]) { self.factors = factors.sorted() }

    /// The dimension `1`.
    public static let one = GeneratedDimension([])

    /// The single variable `name`.
    public static func variable(_ name: String) -> GeneratedDimension { GeneratedDimension([name]) }

    /// Whether the dimension is `1`.
    public var isOne: Bool { factors.isEmpty }

    /// `self · other`.
    public func times(_ other: GeneratedDimension) -> GeneratedDimension {
        GeneratedDimension(factors + other.factors)
    }

    /// The value at an assignment of the variables (overflow-checked; `nil` on overflow or a
    /// missing variable).
    public func value(at assignment: [String: Int]) -> Int? {
        var result = 1
        for name in factors {
            guard let v = assignment[name] else { return nil }
            let (p, overflow) = result.multipliedReportingOverflow(by: v)
            if overflow { return nil }
            result = p
        }
        return result
    }

    /// Claim-language text: `1`, `n`, `m*n`.
    public var description: String { factors.isEmpty ? "1" : factors.joined(separator: "*") }
}

/// The shape `rows × cols` of a generated expression.
public struct GeneratedShape: Hashable, Sendable, CustomStringConvertible {
    public let rows: GeneratedDimension
    public let cols: GeneratedDimension

    public init(_ rows: GeneratedDimension, _ cols: GeneratedDimension) {
        self.rows = rows
        self.cols = cols
    }

    /// The `1×1` shape.
    public static let scalar = GeneratedShape(.one, .one)

    public var isScalar: Bool { rows.isOne && cols.isOne }
    public var isSquare: Bool { rows == cols }
    public var isColumn: Bool { cols.isOne }
    /// The transposed shape.
    public var transposed: GeneratedShape { GeneratedShape(cols, rows) }
    /// `|F|`: rows times cols.
    public var count: GeneratedDimension { rows.times(cols) }

    public var description: String { "\(rows)×\(cols)" }
}
