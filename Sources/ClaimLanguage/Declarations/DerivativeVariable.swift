/// The second argument of a derivative operator: a symbol `X`, or a linear
/// invertible re-parametrisation of it — `vec(X)`, `X'`, `vec(X')` — or, for
/// `grad_entries(f, S)`, the independent entries of a symmetric `S`.
///
/// The parser stores the form in the operator's variable text (`"vec(X)"`,
/// `"X'"`, `"vec(X')"`, `"entries(S)"`); shape inference reads it back and
/// rewrites the node in terms of `X` itself (see ``ShapeInference``), so
/// evaluators and provers only ever see plain symbols.
public struct DerivativeVariable: Hashable, Sendable {
    /// How the variable is written.
    public enum Form: Hashable, Sendable {
        /// `X`.
        case plain
        /// `vec(X)`: the same derivative, as a vector (`grad` gives `vec(∂f/∂X)`).
        case vectorised
        /// `X'`: `grad(f, X') = grad(f, X)'`, `jac(F, X') = jac(F, X)·comm(n, m)`.
        case transposed
        /// `vec(X')`.
        case vectorisedTranspose
        /// The n(n+1)/2 independent entries of a symmetric `S` (the Matrix
        /// Cookbook's convention): `2·grad(f, S) − grad(f, S) ⊙ I`.
        case independentEntries
    }

    /// The symbol.
    public let name: String
    /// The form.
    public let form: Form

    /// The variable `name` written in `form`.
    public init(name: String, form: Form) {
        self.name = name
        self.form = form
    }

    /// Reads the variable text the parser stored.
    public init(_ text: String) {
        func inner(_ prefix: String) -> String? {
            text.hasPrefix(prefix) && text.hasSuffix(")")
                ? String(text.dropFirst(prefix.count).dropLast()) : nil
        }
        if let x = inner("vec("), x.hasSuffix("'") {
            (name, form) = (String(x.dropLast()), .vectorisedTranspose)
        } else if let x = inner("vec(") {
            (name, form) = (x, .vectorised)
        } else if let x = inner("entries(") {
            (name, form) = (x, .independentEntries)
        } else if text.hasSuffix("'") {
            (name, form) = (String(text.dropLast()), .transposed)
        } else {
            (name, form) = (text, .plain)
        }
    }

    /// The text stored for a form of `name`.
    static func text(_ name: String, _ form: Form) -> String {
        switch form {
        case .plain: return name
        case .vectorised: return "vec(\(name))"
        case .transposed: return "\(name)'"
        case .vectorisedTranspose: return "vec(\(name)')"
        case .independentEntries: return "entries(\(name))"
        }
    }
}
