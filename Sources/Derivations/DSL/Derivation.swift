/// An executable derivation: one seed note (or one part of it) encoded as a
/// context and an ordered list of checked steps.
///
/// ```swift
/// Derivation("vec-kronecker", seed: "001_6ddf747029886e15.txt",
///            title: "vec and Kronecker") {
///     Summary("vec(AXB) = (Bᵀ ⊗ A) vec X and the layer Hessians.")
///     Symbols("A: m x n, X: n x p, B: p x q")
///     Step("vec rule", note: #"\text{vec}(AXB) = (B^T \otimes A)\text{vec}(X)"#,
///          claim: "vec(A*X*B) == kron(B', A) * vec(X)")
/// }
/// ```
public struct Derivation: Sendable, Identifiable {
    /// A short, unique, command-line friendly name (`matcheck verify <id>`).
    public var id: String
    /// The seed note's file name in `shared/seeds/`.
    public var seed: String
    /// The title shown in the generated notes.
    public var title: String
    /// What the derivation derives, in a sentence or two.
    public var summary: String
    /// How our notation and layout map to the note's.
    public var notation: [String]
    /// Comparison with other references (Matrix Cookbook, the paper).
    public var references: [String]
    /// Symbols, definitions and assumptions shared by all steps.
    public var context: Context
    /// The steps, in the note's order.
    public var steps: [Step]

    public init(
        _ id: String, seed: String, title: String, @DerivationBuilder _ body: () -> [DerivationPart]
    ) {
        self.id = id
        self.seed = seed
        self.title = title
        self.summary = ""
        self.notation = []
        self.references = []
        self.context = Context()
        self.steps = []
        for part in body() {
            switch part {
            case .summary(let s): summary += summary.isEmpty ? s : " " + s
            case .notation(let n): notation.append(n)
            case .reference(let r): references.append(r)
            case .context(let c): context = context.merged(with: c)
            case .step(let s): steps.append(s)
            }
        }
    }
}

/// The derivation's statement.
public func Summary(_ text: String) -> DerivationPart { .summary(text) }
/// A remark on notation and layout: how the note's symbols map to ours.
public func Notation(_ text: String) -> DerivationPart { .notation(text) }
/// A comparison with another reference.
public func Reference(_ text: String) -> DerivationPart { .reference(text) }
/// Declarations in the claim language's `where` syntax: `"W: n x m, a: m"`.
public func Symbols(_ declarations: String) -> DerivationPart {
    .context(Context(declarations: [declarations]))
}
/// A `let` definition shared by the following steps.
public func Define(_ name: String, _ expression: String) -> DerivationPart {
    .context(Context(definitions: [(name, expression)]))
}
/// An assumption for every step (e.g. `"X symmetric"`).
public func Assume(_ assumption: String) -> DerivationPart {
    .context(Context(assumptions: [assumption]))
}
