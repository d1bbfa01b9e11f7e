import MatrixNumerics
/// A seeded generator of random well-shaped claim-language expressions over
/// random symbol shapes.
///
/// Shapes are built from one to three dimension variables (`m`, `n`, `p`);
/// products of them arise from `kron` and `vec`. Every expression is built
/// top-down for a requested shape, so it is well-shaped by construction:
/// products, sums, transposes, Kronecker products, `vec`, `diag`, traces,
/// entry sums, Hadamard products, elementwise functions, `inv`, `det` and
/// integer powers of square matrices. Symbols are created on demand (a
/// shape reuses an existing symbol half of the time) and declared by
/// ``declarations``.
///
/// ```swift
/// var generator = ExpressionGenerator(seed: 7)
/// let e = generator.expression(GeneratedShape(.variable("m"), .variable("n")), depth: 3)
/// print("\(e) where \(generator.declarations)")
/// ```
public struct ExpressionGenerator: Sendable {
    /// The random source (seeded, reproducible).
    public var random: Xoshiro256StarStar
    /// The dimension variables this generator draws from.
    public let dimensionVariables: [String]
    /// Whether elementwise functions (`exp`, `tanh`, `sigmoid`) may occur.
    public var allowsElementwiseFunctions = true
    /// Whether `inv`, `det` and powers may occur.
    public var allowsInverses = true
    /// A symbol the generator prefers when a leaf has its shape (the
    /// variable of a derivative claim).
    public var preferredSymbol: GeneratedTerm?
    /// Whether transposes, Kronecker products and `diag` may occur above leaves.
    public var allowsStructuralOperations = true
    /// The symbols created so far, with their shapes, in order.
    public private(set) var symbols: [(name: String, shape: GeneratedShape)] = []

    static let matrixNames = [
        "A", "B", "C", "D", "G", "H", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "U", "V", "W",
    ]
    static let vectorNames = ["u", "v", "w", "y", "z", "r", "s", "t"]
    static let scalarNames = ["a", "b", "c", "d", "g", "h"]

    /// A generator with the given seed over 1–3 random dimension variables
    /// from `m, n, p` (or the given ones).
    public init(seed: UInt64, dimensionVariables: [String]? = nil) {
        random = Xoshiro256StarStar(seed: seed)
        if let given = dimensionVariables {
            self.dimensionVariables = given
        } else {
            let all = ["m", "n", "p"]
            let count = 1 + Int(random.next() % 3)
            self.dimensionVariables = Array(all.prefix(count))
        }
    }

    // MARK: Randomness

    /// A uniform integer in `0..<n` (`n ≥ 1`).
    public mutating func integer(_ n: Int) -> Int { n <= 1 ? 0 : Int(random.next() % UInt64(n)) }

    /// `true` with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double(random.next() >> 11) / Double(1 << 53) < p
    }

    /// A uniformly chosen element.
    public mutating func pick<T>(_ items: [T]) -> T { items[integer(items.count)] }

    /// A random single dimension variable (rarely `1`).
    public mutating func dimension() -> GeneratedDimension {
        chance(0.08) ? .one : .variable(pick(dimensionVariables))
    }

    // MARK: Symbols

    /// A symbol of `shape` (whose dimensions are single variables or 1):
    /// an existing one half of the time, else a new one.
    public mutating func symbol(_ shape: GeneratedShape) -> GeneratedTerm {
        if let p = preferredSymbol, p.shape == shape, chance(0.7) { return p }
        let existing = symbols.filter { $0.shape == shape }
        if !existing.isEmpty && chance(0.5) { return .symbol(pick(existing).name, shape) }
        let pool =
            shape.isScalar
            ? ExpressionGenerator.scalarNames
            : shape.isColumn ? ExpressionGenerator.vectorNames : ExpressionGenerator.matrixNames
        let used = Set(symbols.map(\.name))
        guard let name = pool.first(where: { !used.contains($0) }) else {
            if let e = existing.first { return .symbol(e.name, shape) }
            let name = "Z\(symbols.count)"
            symbols.append((name, shape))
            return .symbol(name, shape)
        }
        symbols.append((name, shape))
        return .symbol(name, shape)
    }

    /// Declares a symbol with a chosen name (used for derivative variables).
    public mutating func declare(_ name: String, _ shape: GeneratedShape) -> GeneratedTerm {
        if !symbols.contains(where: { $0.name == name }) { symbols.append((name, shape)) }
        return .symbol(name, shape)
    }

    /// The `where` clause body: `A: m x n, c: scalar, …`.
    public var declarations: String {
        symbols.map { s in
            if s.shape.isScalar { return "\(s.name): scalar" }
            return "\(s.name): \(s.shape.rows) x \(s.shape.cols)"
        }.joined(separator: ", ")
    }

    /// Declarations of only the symbols in `names`.
    public func declarations(of names: Set<String>) -> String {
        symbols.filter { names.contains($0.name) }.map { s in
            if s.shape.isScalar { return "\(s.name): scalar" }
            return "\(s.name): \(s.shape.rows) x \(s.shape.cols)"
        }.joined(separator: ", ")
    }

    // MARK: Expressions

    /// A leaf of `shape`: a symbol, a number (`1×1`), or, for product
    /// dimensions that cannot be declared, a Kronecker product or `vec` of leaves.
    public mutating func leaf(_ shape: GeneratedShape) -> GeneratedTerm {
        if shape.isScalar {
            return chance(0.4) ? .number(1 + integer(4)) : symbol(shape)
        }
        let r = shape.rows.factors, c = shape.cols.factors
        if r.count <= 1 && c.count <= 1 {
            // eye(n) only when a declared symbol fixes n as a dimension variable.
            if shape.isSquare && chance(0.05)
                && symbols.contains(where: {
                    $0.shape.rows == shape.rows || $0.shape.cols == shape.rows
                })
            {
                return .identity(shape.rows)
            }
            return symbol(shape)
        }
        if c.isEmpty && chance(0.5) {
            // vec of an r1 × (rest) matrix.
            let split = 1 + integer(r.count - 1)
            let inner = GeneratedShape(
                GeneratedDimension(Array(r.prefix(split))),
                GeneratedDimension(Array(r.dropFirst(split))))
            return .vec(leaf(inner))
        }
        let left = GeneratedShape(
            GeneratedDimension(Array(r.prefix(1))), GeneratedDimension(Array(c.prefix(1))))
        let right = GeneratedShape(
            GeneratedDimension(Array(r.dropFirst())), GeneratedDimension(Array(c.dropFirst())))
        return .kronecker(leaf(left), leaf(right))
    }

    /// A random scalar factor: a small number or a scalar symbol.
    public mutating func scalarFactor() -> GeneratedTerm {
        chance(0.5) ? .number(2 + integer(3)) : symbol(.scalar)
    }

    /// A random expression of `shape`, at most `depth` operations deep.
    public mutating func expression(_ shape: GeneratedShape, depth: Int) -> GeneratedTerm {
        if depth <= 0 || chance(0.15) { return leaf(shape) }
        let singleRows = shape.rows.factors.count <= 1, singleCols = shape.cols.factors.count <= 1
        var choices: [Int] = [0, 1, 2, 4, 4, 5]
        if allowsElementwiseFunctions { choices.append(6) }
        if allowsStructuralOperations {
            choices.append(3)
            if shape.rows.factors.count + shape.cols.factors.count >= 2 { choices += [7, 7] }
            if shape.isSquare && singleRows && !shape.rows.isOne { choices.append(9) }
            if shape.isColumn && singleRows && !shape.rows.isOne { choices.append(10) }
        }
        if shape.isColumn && !shape.rows.isOne { choices.append(8) }
        if shape.isScalar { choices += [11, 11, 12] }
        if shape.isScalar && allowsInverses { choices += [13, 14] }
        if shape.isSquare && singleRows && !shape.rows.isOne && allowsInverses {
            choices += [15, 16]
        }
        if !shape.isScalar && singleRows && singleCols { choices.append(17) }
        switch pick(choices) {
        case 0: return expression(shape, depth: depth - 1) + expression(shape, depth: depth - 1)
        case 1:
            // Never `a − a`: a zero matrix makes inverses undefined everywhere.
            let a = expression(shape, depth: depth - 1), b = expression(shape, depth: depth - 1)
            return a == b ? a + b : a - b
        case 2: return -expression(shape, depth: depth - 1)
        case 3: return expression(shape.transposed, depth: depth - 1).transposed
        case 4:
            let k = dimension()
            return expression(GeneratedShape(shape.rows, k), depth: depth - 1)
                * expression(GeneratedShape(k, shape.cols), depth: depth - 1)
        case 5:
            return .hadamard(
                expression(shape, depth: depth - 1), expression(shape, depth: depth - 1))
        case 6:
            return .elementwise(
                pick(["exp", "tanh", "sigmoid"]), expression(shape, depth: depth - 1))
        case 7:
            // Kronecker product: split each dimension's factors between the two sides.
            var r1: [String] = [], r2: [String] = [], c1: [String] = [], c2: [String] = []
            for f in shape.rows.factors { if chance(0.5) { r1.append(f) } else { r2.append(f) } }
            for f in shape.cols.factors { if chance(0.5) { c1.append(f) } else { c2.append(f) } }
            if r1.isEmpty && c1.isEmpty || r2.isEmpty && c2.isEmpty { return leaf(shape) }
            return .kronecker(
                expression(
                    GeneratedShape(GeneratedDimension(r1), GeneratedDimension(c1)), depth: depth - 1
                ),
                expression(
                    GeneratedShape(GeneratedDimension(r2), GeneratedDimension(c2)), depth: depth - 1
                ))
        case 8:
            let r = shape.rows.factors
            let split = integer(r.count + 1)
            let inner = GeneratedShape(
                GeneratedDimension(Array(r.prefix(split))),
                GeneratedDimension(Array(r.dropFirst(split))))
            return .vec(expression(inner, depth: depth - 1))
        case 9:
            return .diagonalMatrix(expression(GeneratedShape(shape.rows, .one), depth: depth - 1))
        case 10:
            return .diagonalOf(expression(GeneratedShape(shape.rows, shape.rows), depth: depth - 1))
        case 11:
            let k = GeneratedDimension.variable(pick(dimensionVariables))
            return .trace(expression(GeneratedShape(k, k), depth: depth - 1))
        case 12:
            return .entrySum(expression(GeneratedShape(dimension(), dimension()), depth: depth - 1))
        case 13:
            let k = GeneratedDimension.variable(pick(dimensionVariables))
            return .determinant(expression(GeneratedShape(k, k), depth: Swift.min(depth - 1, 1)))
        case 14:
            // `c^n` only for an `n` that a declared symbol fixes as a dimension variable.
            let declared = dimensionVariables.filter { v in
                symbols.contains { ($0.shape.rows.factors + $0.shape.cols.factors).contains(v) }
            }
            guard !declared.isEmpty else {
                return scalarFactor() * expression(shape, depth: depth - 1)
            }
            return .dimensionPower(symbol(.scalar), .variable(pick(declared)))
        case 15: return .inverse(invertible(shape))
        case 16: return .power(expression(shape, depth: Swift.min(depth - 1, 1)), 2 + integer(2))
        default: return scalarFactor() * expression(shape, depth: depth - 1)
        }
    }

    /// A random square matrix that is invertible at almost every point: a
    /// symbol, its transpose, or a sum of two symbols.
    public mutating func invertible(_ shape: GeneratedShape) -> GeneratedTerm {
        switch integer(3) {
        case 0: return symbol(shape)
        case 1: return symbol(shape).transposed
        default:
            let a = symbol(shape), b = symbol(shape)
            return a == b ? a : a + b
        }
    }

    /// A random shape whose dimensions are single variables (or 1).
    public mutating func simpleShape() -> GeneratedShape {
        GeneratedShape(dimension(), chance(0.2) ? .one : dimension())
    }
}
