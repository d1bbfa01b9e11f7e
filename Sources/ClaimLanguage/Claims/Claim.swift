/// A parsed claim: `let` definitions, two sides compared with `==`, and the
/// declarations and assumptions of its `where` clause.
///
/// ```swift
/// let claim = try Claim(
///     parsing: "vec(A*X*B) == kron(B', A) * vec(X) where A: m x n, X: n x p, B: p x q")
/// ```
///
/// Parsing checks the grammar only; ``ClaimChecker`` (or ``resolve()``)
/// infers shapes and checks names.
public struct Claim: Hashable, Sendable {
    /// The text the ranges refer to (the claim with any context prepended).
    public let source: String
    /// The `let` definitions, in order.
    public let definitions: [Definition]
    /// The left-hand side.
    public let lhs: Expression
    /// The right-hand side.
    public let rhs: Expression
    /// The `where` declarations.
    public let declarations: [Declaration]
    /// The assumptions (`f'' = 0`).
    public let assumptions: [Assumption]

    /// Creates a claim from parsed parts.
    public init(
        source: String, definitions: [Definition], lhs: Expression, rhs: Expression,
        declarations: [Declaration], assumptions: [Assumption]
    ) {
        self.source = source
        self.definitions = definitions
        self.lhs = lhs
        self.rhs = rhs
        self.declarations = declarations
        self.assumptions = assumptions
    }

    /// Parses `text`, with the definitions and declarations of `context`
    /// added (the context's definitions come first; its declarations join
    /// the `where` clause).
    /// - Throws: ``ClaimError`` with the caret position of the first syntax error.
    public init(parsing text: String, context: ClaimContext = ClaimContext()) throws {
        let source = context.apply(to: text)
        var parser = try Parser(source: source)
        self = try parser.parseClaim()
    }
}

/// Extra context for a claim, given programmatically: definitions that
/// precede it, declarations and assumptions that join its `where` clause.
///
/// ```swift
/// let context = ClaimContext(definitions: ["z = W*a + b", "h = f(z)"],
///                            declarations: ["W: n x m", "a: m", "b: n", "f: function", "f'' = 0"])
/// let claim = try Claim(parsing: "jac(h, b) == diag(f'(z))", context: context)
/// ```
public struct ClaimContext: Hashable, Sendable {
    /// `NAME = expr` definitions (without `let` and `;`), in order.
    public var definitions: [String]
    /// Declarations (`A: m x n`, `c: scalar`, `f: function`,
    /// `X: n x n symmetric`) and assumptions (`f'' = 0`).
    public var declarations: [String]

    public init(definitions: [String] = [], declarations: [String] = []) {
        self.definitions = definitions
        self.declarations = declarations
    }

    /// The claim text with the context spliced in.
    package func apply(to text: String) -> String {
        guard !definitions.isEmpty || !declarations.isEmpty else { return text }
        var result = definitions.map { "let \($0); " }.joined() + text
        if !declarations.isEmpty {
            let hasWhere =
                (try? Lexer(text).tokens())?.contains { $0.kind == .identifier("where") } ?? false
            result += (hasWhere ? ", " : " where ") + declarations.joined(separator: ", ")
        }
        return result
    }
}
