/// One lexical token of the claim language, with its position.
public struct Token: Equatable, Sendable {
    /// The kinds of token.
    public enum Kind: Equatable, Sendable {
        case identifier(String)
        case number(ExactNumber)
        case plus, minus
        /// `*`: matrix product (or scalar multiple).
        case star
        /// `.*` or `⊙`: Hadamard product.
        case hadamard
        /// `./`: elementwise division.
        case elementDivide
        /// `/`: division by a scalar.
        case slash
        /// `⊗`: Kronecker product.
        case kronecker
        /// `'`: transpose (postfix) or derivative mark (`f'(z)`).
        case prime
        /// `ᵀ`: transpose.
        case transposeMark
        /// `^`: power.
        case caret
        /// `.^`: entrywise power.
        case elementPower
        case leftParen, rightParen, comma, semicolon, colon
        /// `[` and `]`: an entry `W[j,k]`.
        case leftBracket, rightBracket
        /// `..`: an index range `1..n`.
        case dotDot
        /// `=` (in `let` definitions and assumptions).
        case equals
        /// `==`: the claim's equality.
        case equalEqual
        /// `×`: separates the dimensions in a declaration.
        case times
        /// The end of the input.
        case end
    }

    /// The kind.
    public let kind: Kind
    /// Where the token is.
    public let range: SourceRange

    /// How the token reads in error messages.
    package var display: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .number(let value): return "number \(value)"
        case .plus: return "'+'"
        case .minus: return "'-'"
        case .star: return "'*'"
        case .hadamard: return "'.*'"
        case .elementDivide: return "'./'"
        case .slash: return "'/'"
        case .kronecker: return "'⊗'"
        case .prime: return "'''"
        case .transposeMark: return "'ᵀ'"
        case .caret: return "'^'"
        case .elementPower: return "'.^'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .comma: return "','"
        case .semicolon: return "';'"
        case .colon: return "':'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .dotDot: return "'..'"
        case .equals: return "'='"
        case .equalEqual: return "'=='"
        case .times: return "'×'"
        case .end: return "the end of the claim"
        }
    }
}
