import ClaimLanguage
/// The symbols, definitions and assumptions a derivation (or one step) works in.
///
/// Declarations use the claim language's `where` syntax (`W: n x m, a: m,
/// f: function, c: scalar`); definitions are its `let` bindings, in order;
/// assumptions are statements such as `f'' = 0` (a piecewise-linear
/// activation) that the checker applies symbolically and numerically.
public struct Context: Sendable {
    /// `where`-clause declarations, e.g. `"W: n x m"`.
    public var declarations: [String]
    /// `let` definitions `(name, expression)`, in order.
    public var definitions: [(name: String, expression: String)]
    /// Assumptions, e.g. `"f'' = 0"`.
    public var assumptions: [String]

    public init(
        declarations: [String] = [], definitions: [(name: String, expression: String)] = [],
        assumptions: [String] = []
    ) {
        self.declarations = declarations
        self.definitions = definitions
        self.assumptions = assumptions
    }

    /// This context followed by `other` (later definitions may use earlier ones).
    public func merged(with other: Context) -> Context {
        Context(
            declarations: declarations + other.declarations,
            definitions: definitions + other.definitions,
            assumptions: assumptions + other.assumptions)
    }

    /// This context as the claim checker's ``ClaimContext``, with `extra`
    /// assumptions (e.g. an approximation's exactness condition) added.
    public func claimContext(assuming extra: [String] = []) -> ClaimContext {
        ClaimContext(
            definitions: definitions.map { "\($0.name) = \($0.expression)" },
            declarations: declarations + assumptions + extra)
    }
}

extension Context {
    /// A context with the given declarations and `let` definitions, e.g.
    /// `.symbols("zl: n, V: p x n", ("zn", "V*f(zl)"))`.
    public static func symbols(
        _ declarations: String, _ definitions: (String, String)...,
        assuming assumptions: [String] = []
    ) -> Context {
        Context(
            declarations: declarations.isEmpty ? [] : [declarations],
            definitions: definitions.map { (name: $0.0, expression: $0.1) },
            assumptions: assumptions)
    }
}
