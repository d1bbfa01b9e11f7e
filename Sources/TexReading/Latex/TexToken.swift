/// One token of LaTeX math: a control word, a letter, a number, a symbol,
/// a brace, a script mark. ``offset`` counts `Character`s from the start of
/// the math text it was read from.
public struct TexToken: Hashable, Sendable {
    /// What the token is.
    public enum Kind: Hashable, Sendable {
        /// `\frac`, `\partial`, `\alpha` (without the backslash); `\\` is
        /// ``rowBreak``, and spacing commands (`\,`, `\;`, `\quad`) are kept
        /// as ``space`` only where they separate equations.
        case command(String)
        /// A single letter (ASCII or Greek): each letter is its own symbol
        /// in math mode, so `Wa` is `W` times `a`.
        case letter(Character)
        /// A decimal number such as `2` or `0.5`.
        case number(String)
        /// A single character of punctuation or an operator: `+ - * / = ( ) [ ] , ; : < > | ! ' &`.
        case symbol(Character)
        /// `{`.
        case openBrace
        /// `}`.
        case closeBrace
        /// `^`.
        case superscriptMark
        /// `_`.
        case subscriptMark
        /// `\\`, a row break in an environment.
        case rowBreak
        /// Any other character (CJK text, emoji, control characters).
        case other(Character)
    }

    /// The kind.
    public let kind: Kind
    /// The first character of the token in the math text.
    public let offset: Int
    /// One past its last character.
    public let end: Int

    /// Creates a token.
    public init(_ kind: Kind, offset: Int, end: Int) {
        self.kind = kind
        self.offset = offset
        self.end = end
    }

    /// The token as written, for messages.
    public var display: String {
        switch kind {
        case .command(let name): return "\\" + name
        case .letter(let c), .symbol(let c), .other(let c): return String(c)
        case .number(let n): return n
        case .openBrace: return "{"
        case .closeBrace: return "}"
        case .superscriptMark: return "^"
        case .subscriptMark: return "_"
        case .rowBreak: return "\\\\"
        }
    }

    /// Whether the token is the control word `\name`.
    func isCommand(_ name: String) -> Bool { kind == .command(name) }
    /// Whether the token is the symbol `c`.
    func isSymbol(_ c: Character) -> Bool { kind == .symbol(c) }
}
