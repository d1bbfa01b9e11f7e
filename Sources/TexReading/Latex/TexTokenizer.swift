/// Splits LaTeX math into ``TexToken``s. Never fails: characters it does not
/// know become `.other` tokens, which the parser reports with their column.
///
/// Spacing commands (`\,` `\;` `\:` `\!` `\ ` `~`) and `%` comments are
/// dropped; `\quad` and `\qquad` stay as commands because they separate
/// equations.
///
/// - Complexity: O(n) in the length of the text.
public enum TexTokenizer {
    /// The tokens of `text`.
    public static func tokens(_ text: String) -> [TexToken] {
        tokens(Array(text))
    }

    /// The tokens of `characters`.
    public static func tokens(_ characters: [Character]) -> [TexToken] {
        var result: [TexToken] = []
        result.reserveCapacity(characters.count)
        var i = 0
        let n = characters.count
        while i < n {
            let c = characters[i]
            if c.isWhitespace || c == "~" {
                i += 1
                continue
            }
            if c == "%" {
                while i < n, !characters[i].isNewline { i += 1 }
                continue
            }
            if c == "\\" {
                guard i + 1 < n else {
                    result.append(TexToken(.other(c), offset: i, end: i + 1))
                    i += 1
                    continue
                }
                let next = characters[i + 1]
                if next == "\\" {
                    result.append(TexToken(.rowBreak, offset: i, end: i + 2))
                    i += 2
                } else if next.isASCII, next.isLetter {
                    var j = i + 1
                    while j < n, characters[j].isASCII, characters[j].isLetter { j += 1 }
                    result.append(
                        TexToken(.command(String(characters[(i + 1)..<j])), offset: i, end: j))
                    i = j
                } else if [",", ";", ":", "!", " ", ">"].contains(next) || next.isWhitespace {
                    i += 2
                } else {
                    // Control symbols: \{ \} \| \_ \% \& …
                    result.append(TexToken(.command(String(next)), offset: i, end: i + 2))
                    i += 2
                }
                continue
            }
            if c.isASCII, c.isNumber {
                var j = i
                while j < n, characters[j].isASCII, characters[j].isNumber { j += 1 }
                if j + 1 < n, characters[j] == ".", characters[j + 1].isASCII,
                    characters[j + 1].isNumber
                {
                    j += 1
                    while j < n, characters[j].isASCII, characters[j].isNumber { j += 1 }
                }
                result.append(TexToken(.number(String(characters[i..<j])), offset: i, end: j))
                i = j
                continue
            }
            let kind: TexToken.Kind
            switch c {
            case "{": kind = .openBrace
            case "}": kind = .closeBrace
            case "^": kind = .superscriptMark
            case "_": kind = .subscriptMark
            case "+", "-", "*", "/", "=", "(", ")", "[", "]", ",", ";", ":", "<", ">", "|", "!",
                "'", "&", ".":
                kind = .symbol(c)
            case "−": kind = .symbol("-")
            case "′": kind = .symbol("'")
            default:
                kind = TexTokenizer.isLetter(c) ? .letter(c) : .other(c)
            }
            result.append(TexToken(kind, offset: i, end: i + 1))
            i += 1
        }
        return result
    }

    /// ASCII letters and Greek letters (α…ω, Α…Ω).
    static func isLetter(_ c: Character) -> Bool {
        if c.isASCII { return c.isLetter }
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x391...0x3C9).contains(scalar.value) && scalar.value != 0x3A2
    }
}
