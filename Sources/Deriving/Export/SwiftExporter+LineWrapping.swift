/// The exported source wrapped to ``SwiftExporter/maximumLineLength`` columns, broken only
/// where a line break leaves the Swift unchanged.
extension SwiftExporter {
    /// The longest line the exporter writes wherever the text allows a break: the package's
    /// `.swift-format` line length. A single word or token longer than that stays whole.
    static let maximumLineLength = 100

    /// A comment as `///` lines: `first` opens the first line and `continuation` the ones a
    /// long or multi-line `text` wraps to; breaks fall on spaces and on the text's own line
    /// breaks (so a claim written over several lines never leaves the comment).
    static func commentLines(_ text: String, first: String, continuation: String) -> [String] {
        var lines: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let words = line.split(separator: " ", omittingEmptySubsequences: false)
            lines += packed(
                words.map(String.init), first: index == 0 ? first : continuation,
                continuation: continuation)
        }
        // A blank line of the text, or a space before a break, leaves no trailing space.
        return lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// `func name(parameters) throws -> result {` on one line when it fits, otherwise with the
    /// parameters on indented lines of their own between `func name(` and `) throws -> …`.
    static func signatureLines(name: String, parameters: [String], result: String) -> [String] {
        let opening = "func \(name)("
        let closing = ") throws -> \(result) {"
        let single = opening + parameters.joined(separator: ", ") + closing
        guard single.count > maximumLineLength, !parameters.isEmpty else { return [single] }
        let pieces = parameters.enumerated().map { index, parameter in
            index == parameters.count - 1 ? parameter : parameter + ","
        }
        return [opening] + packed(pieces, first: "    ", continuation: "    ") + [closing]
    }

    /// The statement `prefix + code`, continued on lines that start with `indent`. A break
    /// replaces a space that follows a binary operator (`+ - * / = < > ? :`), a comma or an
    /// argument label's colon: there a new line reads as the same expression, and a break right
    /// after a keyword (`return`, `try`) cannot happen.
    static func codeLines(_ code: String, prefix: String, indent: String) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var previous: Character?
        for character in code {
            if character == " ", let previous, breaksAfter(previous, in: piece) {
                pieces.append(piece)
                piece = ""
            } else {
                piece.append(character)
            }
            previous = character
        }
        pieces.append(piece)
        return packed(pieces, first: prefix, continuation: indent)
    }

    /// Whether a space after `last`, the final character of `piece`, may become a line
    /// break: `piece` ends in a comma, a label's colon, or an operator standing alone.
    private static func breaksAfter(_ last: Character, in piece: String) -> Bool {
        if last == "," || last == ":" { return true }
        let operatorCharacters: Set<Character> = ["+", "-", "*", "/", "=", "<", ">", "?"]
        guard operatorCharacters.contains(last) else { return false }
        let token = piece.reversed().prefix { $0 != " " }
        return token.allSatisfy { operatorCharacters.contains($0) || $0 == "!" || $0 == "&" }
    }

    /// Words joined by single spaces into lines of at most ``maximumLineLength``: the first
    /// line starts with `first`, the others with `continuation`. Joined back with spaces
    /// (their line starts removed), the lines give the words' original text.
    private static func packed(
        _ words: [String], first: String, continuation: String
    ) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in words {
            if lineHasWord, line.count + 1 + word.count > maximumLineLength {
                lines.append(line)
                line = continuation + word
            } else {
                line += (lineHasWord ? " " : "") + word
            }
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}
