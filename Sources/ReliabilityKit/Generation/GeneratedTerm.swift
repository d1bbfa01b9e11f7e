/// A node of a generated expression (see ``GeneratedTerm``).
public indirect enum GeneratedNode: Hashable, Sendable {
    case symbol(String)
    /// A small integer constant.
    case number(Int)
    /// `eye(d)`.
    case identity(GeneratedDimension)
    /// `ones(r, c)`.
    case ones(GeneratedDimension, GeneratedDimension)
    /// `zeros(r, c)`.
    case zeros(GeneratedDimension, GeneratedDimension)
    case negation(GeneratedTerm)
    case transpose(GeneratedTerm)
    case sum(GeneratedTerm, GeneratedTerm)
    case difference(GeneratedTerm, GeneratedTerm)
    /// Matrix product, or a scalar multiple when a side is `1×1`.
    case product(GeneratedTerm, GeneratedTerm)
    case hadamard(GeneratedTerm, GeneratedTerm)
    case kronecker(GeneratedTerm, GeneratedTerm)
    case vec(GeneratedTerm)
    /// `diag(x)` of a column vector: the diagonal matrix.
    case diagonalMatrix(GeneratedTerm)
    /// `diag(A)` of a square matrix: the column of its diagonal.
    case diagonalOf(GeneratedTerm)
    case trace(GeneratedTerm)
    case entrySum(GeneratedTerm)
    case determinant(GeneratedTerm)
    case inverse(GeneratedTerm)
    /// `A^k`, `k ≥ 0`, for a square `A` or a scalar.
    case power(GeneratedTerm, Int)
    /// `c^d` for a scalar `c` and a dimension `d` used as an integer.
    case dimensionPower(GeneratedTerm, GeneratedDimension)
    /// An elementwise built-in function (`exp`, `tanh`, `sigmoid`).
    case elementwise(String, GeneratedTerm)
    /// `jac(F, X)`; the second term is the symbol `X`.
    case jacobian(GeneratedTerm, GeneratedTerm)
    /// `grad(f, X)`.
    case gradient(GeneratedTerm, GeneratedTerm)
    /// `hess(f, X)`.
    case hessian(GeneratedTerm, GeneratedTerm)
}

/// A generated, well-shaped expression of the claim language with its shape
/// in terms of dimension variables, printable as claim text.
///
/// Constructors compute the result shape from the operands' shapes without
/// validating them: the generator only builds well-shaped terms, and
/// mutants (which may be ill-shaped) are validated by the checker's own
/// shape inference.
public struct GeneratedTerm: Hashable, Sendable, CustomStringConvertible {
    public let node: GeneratedNode
    public let shape: GeneratedShape

    public init(_ node: GeneratedNode, _ shape: GeneratedShape) {
        self.node = node
        self.shape = shape
    }

    // MARK: Constructors

    public static func symbol(_ name: String, _ shape: GeneratedShape) -> GeneratedTerm {
        GeneratedTerm(.symbol(name), shape)
    }
    public static func number(_ value: Int) -> GeneratedTerm {
        GeneratedTerm(.number(value), .scalar)
    }
    public static func identity(_ d: GeneratedDimension) -> GeneratedTerm {
        GeneratedTerm(.identity(d), GeneratedShape(d, d))
    }
    public static func ones(_ r: GeneratedDimension, _ c: GeneratedDimension) -> GeneratedTerm {
        GeneratedTerm(.ones(r, c), GeneratedShape(r, c))
    }
    public static func zeros(_ r: GeneratedDimension, _ c: GeneratedDimension) -> GeneratedTerm {
        GeneratedTerm(.zeros(r, c), GeneratedShape(r, c))
    }
    public static prefix func - (a: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.negation(a), a.shape)
    }
    public var transposed: GeneratedTerm { GeneratedTerm(.transpose(self), shape.transposed) }
    public static func + (a: GeneratedTerm, b: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.sum(a, b), a.shape.isScalar ? b.shape : a.shape)
    }
    public static func - (a: GeneratedTerm, b: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.difference(a, b), a.shape.isScalar ? b.shape : a.shape)
    }
    public static func * (a: GeneratedTerm, b: GeneratedTerm) -> GeneratedTerm {
        if a.shape.isScalar { return GeneratedTerm(.product(a, b), b.shape) }
        if b.shape.isScalar { return GeneratedTerm(.product(a, b), a.shape) }
        return GeneratedTerm(.product(a, b), GeneratedShape(a.shape.rows, b.shape.cols))
    }
    public static func hadamard(_ a: GeneratedTerm, _ b: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.hadamard(a, b), a.shape.isScalar ? b.shape : a.shape)
    }
    public static func kronecker(_ a: GeneratedTerm, _ b: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(
            .kronecker(a, b),
            GeneratedShape(a.shape.rows.times(b.shape.rows), a.shape.cols.times(b.shape.cols)))
    }
    public static func vec(_ a: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.vec(a), GeneratedShape(a.shape.count, .one))
    }
    public static func diagonalMatrix(_ a: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.diagonalMatrix(a), GeneratedShape(a.shape.rows, a.shape.rows))
    }
    public static func diagonalOf(_ a: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.diagonalOf(a), GeneratedShape(a.shape.rows, .one))
    }
    public static func trace(_ a: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.trace(a), .scalar)
    }
    public static func entrySum(_ a: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.entrySum(a), .scalar)
    }
    public static func determinant(_ a: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.determinant(a), .scalar)
    }
    public static func inverse(_ a: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.inverse(a), a.shape)
    }
    public static func power(_ a: GeneratedTerm, _ k: Int) -> GeneratedTerm {
        GeneratedTerm(.power(a, k), a.shape)
    }
    public static func dimensionPower(_ a: GeneratedTerm, _ d: GeneratedDimension) -> GeneratedTerm
    { GeneratedTerm(.dimensionPower(a, d), .scalar) }
    public static func elementwise(_ f: String, _ a: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.elementwise(f, a), a.shape)
    }
    public static func jacobian(_ f: GeneratedTerm, _ x: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.jacobian(f, x), GeneratedShape(f.shape.count, x.shape.count))
    }
    public static func gradient(_ f: GeneratedTerm, _ x: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.gradient(f, x), x.shape)
    }
    public static func hessian(_ f: GeneratedTerm, _ x: GeneratedTerm) -> GeneratedTerm {
        GeneratedTerm(.hessian(f, x), GeneratedShape(x.shape.count, x.shape.count))
    }

    // MARK: Structure

    /// The direct sub-terms, left to right.
    public var children: [GeneratedTerm] {
        switch node {
        case .symbol, .number, .identity, .ones, .zeros: return []
        case .negation(let a), .transpose(let a), .vec(let a), .diagonalMatrix(let a),
            .diagonalOf(let a), .trace(let a),
            .entrySum(let a), .determinant(let a), .inverse(let a), .power(let a, _),
            .dimensionPower(let a, _),
            .elementwise(_, let a):
            return [a]
        case .sum(let a, let b), .difference(let a, let b), .product(let a, let b),
            .hadamard(let a, let b),
            .kronecker(let a, let b), .jacobian(let a, let b), .gradient(let a, let b),
            .hessian(let a, let b):
            return [a, b]
        }
    }

    /// The same operation over new children (shapes recomputed, not validated).
    public func withChildren(_ c: [GeneratedTerm]) -> GeneratedTerm {
        switch node {
        case .symbol, .number, .identity, .ones, .zeros: return self
        case .negation: return -c[0]
        case .transpose: return c[0].transposed
        case .vec: return .vec(c[0])
        case .diagonalMatrix: return .diagonalMatrix(c[0])
        case .diagonalOf: return .diagonalOf(c[0])
        case .trace: return .trace(c[0])
        case .entrySum: return .entrySum(c[0])
        case .determinant: return .determinant(c[0])
        case .inverse: return .inverse(c[0])
        case .power(_, let k): return .power(c[0], k)
        case .dimensionPower(_, let d): return .dimensionPower(c[0], d)
        case .elementwise(let f, _): return .elementwise(f, c[0])
        case .sum: return c[0] + c[1]
        case .difference: return c[0] - c[1]
        case .product: return c[0] * c[1]
        case .hadamard: return .hadamard(c[0], c[1])
        case .kronecker: return .kronecker(c[0], c[1])
        case .jacobian: return .jacobian(c[0], c[1])
        case .gradient: return .gradient(c[0], c[1])
        case .hessian: return .hessian(c[0], c[1])
        }
    }

    /// Every sub-term in pre-order (the term itself first).
    public var subterms: [GeneratedTerm] {
        var result: [GeneratedTerm] = []
        var stack = [self]
        while let t = stack.popLast() {
            result.append(t)
            stack.append(contentsOf: t.children.reversed())
        }
        return result
    }

    /// The term with its `index`-th pre-order sub-term replaced by `replacement`.
    public func replacing(_ index: Int, with replacement: GeneratedTerm) -> GeneratedTerm {
        var counter = 0
        return replacing(index, replacement, &counter)
    }

    private func replacing(
        _ index: Int, _ replacement: GeneratedTerm, _ counter: inout Int
    ) -> GeneratedTerm {
        if counter == index { counter += 1; return replacement }
        counter += 1
        let c = children
        if c.isEmpty { return self }
        var changed = false
        var newChildren: [GeneratedTerm] = []
        for child in c {
            let before = counter
            let n = child.replacing(index, replacement, &counter)
            if index >= before && index < counter { changed = true }
            newChildren.append(n)
        }
        return changed ? withChildren(newChildren) : self
    }

    /// Whether the symbol `name` occurs in the term.
    public func mentions(_ name: String) -> Bool {
        subterms.contains { if case .symbol(name) = $0.node { return true } else { return false } }
    }

    /// The number of nodes.
    public var size: Int { subterms.count }

    // MARK: Printing

    /// Claim-language text, parenthesised so that it parses back to the same tree.
    public var description: String {
        switch node {
        case .symbol(let name): return name
        case .number(let v): return v < 0 ? "(\(v))" : "\(v)"
        case .identity(let d): return "eye(\(d))"
        case .ones(let r, let c): return "ones(\(r), \(c))"
        case .zeros(let r, let c): return "zeros(\(r), \(c))"
        case .negation(let a): return "(-\(a))"
        case .transpose(let a):
            if case .symbol = a.node { return "\(a)'" }
            return "(\(a))'"
        case .sum(let a, let b): return "(\(a) + \(b))"
        case .difference(let a, let b): return "(\(a) - \(b))"
        case .product(let a, let b): return "(\(a) * \(b))"
        case .hadamard(let a, let b): return "(\(a) .* \(b))"
        case .kronecker(let a, let b): return "kron(\(a), \(b))"
        case .vec(let a): return "vec(\(a))"
        case .diagonalMatrix(let a), .diagonalOf(let a): return "diag(\(a))"
        case .trace(let a): return "tr(\(a))"
        case .entrySum(let a): return "sum(\(a))"
        case .determinant(let a): return "det(\(a))"
        case .inverse(let a): return "inv(\(a))"
        case .power(let a, let k): return "(\(a))^\(k)"
        case .dimensionPower(let a, let d): return "(\(a))^(\(d))"
        case .elementwise(let f, let a): return "\(f)(\(a))"
        case .jacobian(let f, let x): return "jac(\(f), \(x))"
        case .gradient(let f, let x): return "grad(\(f), \(x))"
        case .hessian(let f, let x): return "hess(\(f), \(x))"
        }
    }
}
