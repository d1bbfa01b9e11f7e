#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The package's number formats, in one place: reports, tables and generated
/// notes print numbers only through these.
public enum NumberFormat {
    /// Three significant digits: fixed notation for magnitudes in
    /// [0.01, 10⁴) (`0.0123`, `1.23`, `123`), else scientific (`1.23e-09`).
    public static func threeSignificant(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        if x == 0 { return "0" }
        let magnitude = Swift.abs(x)
        if magnitude >= 0.01, magnitude < 10_000 {
            // Fixed notation with three significant digits: 0.0123, 1.23, 123.
            let decimals =
                magnitude >= 100
                ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.1 ? 3 : 4
            let scale = Double.pow(10, Double(decimals))
            let scaled = Int((magnitude * scale).rounded())
            let whole = scaled / Int(scale), fraction = scaled % Int(scale)
            let text =
                decimals == 0 ? "\(whole)" : "\(whole).\(String(fraction).zeroPadded(to: decimals))"
            return (x < 0 ? "-" : "") + text
        }
        var exponent = 0
        var mantissa = Swift.abs(x)
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        var rounded = (mantissa * 100).rounded() / 100
        if rounded >= 10 { rounded /= 10; exponent += 1 }
        let sign = x < 0 ? "-" : ""
        let digits = Int((rounded * 100).rounded())
        let text = "\(digits / 100).\(String(digits % 100).zeroPadded(to: 2))"
        if exponent == 0 { return sign + text }
        let e =
            exponent < 0
            ? "-" + String(-exponent).zeroPadded(to: 2) : "+" + String(exponent).zeroPadded(to: 2)
        return sign + text + "e" + e
    }

    /// Scientific notation with `fractionDigits` digits after the point, as C's
    /// `%.*e` prints it (`1.23e-05`); zero prints as `0`.
    public static func scientific(_ x: Double, fractionDigits: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        if x == 0 { return "0" }
        let digits = Int32(Swift.max(0, Swift.min(fractionDigits, 17)))
        var buffer = [CChar](repeating: 0, count: 48)
        let written = withVaList([digits, x]) { arguments in
            buffer.withUnsafeMutableBufferPointer {
                vsnprintf($0.baseAddress, $0.count, "%.*e", arguments)
            }
        }
        guard written > 0 else { return "\(x)" }
        return String(
            decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The claim checker's report format: two decimals for moderate values
    /// (`0.25`), Swift's shortest representation or a two-decimal mantissa
    /// (`1.23e-5`) otherwise, `∞` for infinity.
    public static func compact(_ x: Double) -> String {
        if x.isInfinite { return "∞" }
        if x >= 1e4 || (x < 1e-2 && x > 0) {
            return String(describing: (x * 100).rounded() / 100 == x ? x : x).count > 10
                ? compactScientific(x) : "\(x)"
        }
        return "\((x * 100).rounded() / 100)"
    }

    public static func compactScientific(_ x: Double) -> String {
        guard x > 0, x.isFinite else { return "\(x)" }
        var exponent = 0
        var m = x
        while m >= 10 { m /= 10; exponent += 1 }
        while m < 1 { m *= 10; exponent -= 1 }
        return "\((m * 100).rounded() / 100)e\(exponent)"
    }
}

extension String {
    /// The string left-padded with zeros to `width` characters.
    func zeroPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
