#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ClaimChecking

// Words, numbers, links and headings shared by the pages.

extension NotesRenderer {
    func statusWord(_ r: StepResult) -> String {
        switch r.status {
        case .proved: return r.asWritten.scope == "all shapes" ? "proved for every shape" : "proved"
        case .numeric: return "holds numerically"
        case .erratum: return "**erratum**: refuted as written, corrected below"
        case .unexpected: return "**unexpected**"
        }
    }

    func evidence(_ o: ClaimOutcome) -> String {
        var parts: [String] = [o.verdict.rawValue]
        if !o.scope.isEmpty { parts[0] += " (\(o.scope))" }
        if !o.shapesProved.isEmpty { parts.append("exact at " + shapeSummary(o.shapesProved)) }
        if let e = o.maxNumericError, o.verdict.holds {
            parts.append(
                "numeric max relative error \(magnitude(e))"
                    + (o.method.isEmpty ? "" : " (\(o.method))"))
        }
        if !o.detail.isEmpty, o.verdict != .proved { parts.append(o.detail) }
        return parts.joined(separator: "; ") + "."
    }

    /// A short description of a set of shape assignments such as `m=2, n=3`:
    /// all of them when there are at most four, otherwise their number and
    /// the range of each dimension variable.
    func shapeSummary(_ shapes: [String]) -> String {
        let sorted = shapes.sorted()
        if sorted.count <= 4 { return sorted.map { "`\($0)`" }.joined(separator: ", ") }
        var ranges: [String: (Int, Int)] = [:]
        for shape in sorted {
            for pair in shape.split(separator: ",") {
                let kv = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                guard kv.count == 2, let v = Int(kv[1]) else { continue }
                let r = ranges[kv[0]] ?? (v, v)
                ranges[kv[0]] = (min(r.0, v), max(r.1, v))
            }
        }
        let text = ranges.keys.sorted().map { k in
            let r = ranges[k] ?? (0, 0)
            return r.0 == r.1 ? "\(k) = \(r.0)" : "\(k) ∈ \(r.0)…\(r.1)"
        }.joined(separator: ", ")
        return "\(sorted.count) shapes (\(text))"
    }

    /// A power-of-ten bound, `≤ 1e-13`, or `0` — stable across machines.
    func magnitude(_ x: Double?) -> String {
        guard let x else { return "n/a" }
        guard x > 0, x.isFinite else { return x == 0 ? "0" : "n/a" }
        let e = Int(ceil(log10(x)))
        return "≤ 1e\(e)"
    }

    /// A fenced block (```` ```math ````, ```` ```text ````) indented by `pad`.
    func fenced(_ language: String, _ body: String, _ pad: String) -> [String] {
        [pad + "```" + language, pad + body, pad + "```"]
    }

    /// `line 40` or `lines 40–42`.
    func lineWords(_ lines: ClosedRange<Int>) -> String {
        lines.count == 1
            ? "line \(lines.lowerBound)"
            : "lines \(lines.lowerBound)–\(lines.upperBound)"
    }

    /// A relative link to lines of a seed note in `notes/seeds/`.
    func lineLink(_ seed: String, _ lines: ClosedRange<Int>) -> String {
        "seeds/\(seed)#L\(lines.lowerBound)" + (lines.count > 1 ? "-L\(lines.upperBound)" : "")
    }

    /// A heading without raw TeX: `y^{(4)}` becomes `y⁽⁴⁾`, `a^{l-1}` becomes
    /// `aˡ⁻¹`, `w_{jk}` becomes `w_jk`; what has no Unicode form keeps `^(…)`.
    static func plainHeading(_ text: String) -> String {
        let superscripts: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
            "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
            "(": "⁽", ")": "⁾", "+": "⁺", "-": "⁻", "−": "⁻",
            "l": "ˡ", "L": "ᴸ", "T": "ᵀ", "n": "ⁿ", "r": "ʳ",
        ]
        var out = ""
        var chars = Array(text)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "^" || c == "_", chars.first == "{" else { out.append(c); continue }
            guard let close = chars.firstIndex(of: "}") else { out.append(c); continue }
            let inner = String(chars[chars.index(after: chars.startIndex)..<close])
            chars = chars[chars.index(after: close)...]
            let plain = inner.replacingOccurrences(of: "[", with: "").replacingOccurrences(
                of: "]", with: "")
            if c == "_" {
                out += "_" + plain
            } else if plain.allSatisfy({ superscripts[$0] != nil }) {
                out += String(plain.map { superscripts[$0] ?? $0 })
            } else {
                out += "^(" + plain + ")"
            }
        }
        return out
    }

    func oneLine(_ latex: String) -> String {
        latex.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
