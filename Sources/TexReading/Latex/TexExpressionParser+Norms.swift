import ClaimLanguage

extension TexExpressionParser {
    /// `\|x\|`, `\Vert x \Vert`, `\lVert x \rVert` (optionally `_2`; `_F` for any shape):
    /// `norm(x)`. `|c|`, `\lvert c \rvert`, `\vert c \vert` of a scalar: `abs(c)`.
    ///
    /// Readings that could be wrong are refused: `\|X\|` or `\|X\|_2` of a matrix is the
    /// spectral norm in many notes (only `\|X\|_F` is read for a matrix), and `|X|` of a
    /// non-scalar may be an entrywise absolute value, a determinant or a norm.
    mutating func parseBars(opening t: TexToken, norm: Bool) throws -> Expression {
        advance()
        let closers: [TexToken.Kind] =
            norm
            ? [.command("|"), .command("Vert"), .command("rVert")]
            : [.symbol("|"), .command("rvert"), .command("vert")]
        var level = 0
        var close: Int?
        var i = position
        scan: while i < tokens.count {
            switch tokens[i].kind {
            case .openBrace: level += 1
            case .closeBrace:
                level -= 1
                if level < 0 { break scan }
            case let kind where level == 0 && closers.contains(kind):
                close = i
                break scan
            default: break
            }
            i += 1
        }
        guard let close else {
            throw TexParseError(
                "'\(t.display)' at column \(t.offset + 1) is not closed", at: t.offset)
        }
        let inner = Array(tokens[position..<close])
        guard !inner.isEmpty else {
            throw TexParseError("'\(t.display)' with nothing inside", at: t.offset)
        }
        position = close + 1
        let argument = try parseArgumentTokens(inner, end: tokens[close].offset)
        if norm {
            var frobenius = false
            if let s = current, s.kind == .subscriptMark {
                advance()
                let script = try scriptTokens()
                guard script.count == 1,
                    script[0].kind == .number("2") || script[0].kind == .letter("F")
                else {
                    throw TexParseError(
                        "only the norms \\|x\\|, \\|x\\|_2 of a vector and \\|X\\|_F are read",
                        at: s.offset)
                }
                frobenius = script[0].kind == .letter("F")
            }
            if !frobenius {
                guard let shape = environment.shape(argument),
                    shape.rows == .fixed(1) || shape.cols == .fixed(1)
                else {
                    throw TexParseError(
                        "\\|X\\| of a matrix, or of an expression of unknown shape, may be the "
                            + "spectral norm: write \\|X\\|_F for the Frobenius norm",
                        at: t.offset)
                }
            }
            return .call(.norm, [argument], range(from: t.offset))
        }
        guard environment.isScalar(argument) == true else {
            throw TexParseError(
                "|X| of an expression not known to be a scalar may be an entrywise absolute "
                    + "value, a determinant or a norm",
                at: t.offset)
        }
        return .call(.abs, [argument], range(from: t.offset))
    }

    /// `\sqrt{c}` of a scalar: `sqrt(c)`; `\sqrt[n]{…}` is refused.
    mutating func parseSquareRoot(_ t: TexToken) throws -> Expression {
        advance()
        if let next = current, next.isSymbol("[") {
            throw TexParseError("roots other than \\sqrt{…} are not supported", at: next.offset)
        }
        let inner = try scriptTokens()
        let argument = try parseArgumentTokens(inner, end: here)
        guard environment.isScalar(argument) == true else {
            throw TexParseError(
                "\\sqrt of an expression not known to be a scalar", at: t.offset)
        }
        return .call(.sqrt, [argument], range(from: t.offset))
    }
}
