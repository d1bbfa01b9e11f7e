import Foundation
import MatrixNumerics
import Testing

/// `NumberFormat.scientific` replaces `String(format: "%.Ne")` in the tool's
/// tables; it must print exactly what C prints.
@Test(arguments: [0, 1, 2, 3])
func scientificMatchesPrintf(fractionDigits: Int) {
    var random = SplitMix64(seed: 42 &+ UInt64(fractionDigits))
    for _ in 0..<2_000 {
        let mantissa = Double(random.next() % 1_000_000) / 100_000 + 0.000_01
        let exponent = Int(random.next() % 60) - 30
        let sign: Double = random.next() % 2 == 0 ? 1 : -1
        let x = sign * mantissa * Foundation.pow(10, Double(exponent))
        let expected = String(format: "%.\(fractionDigits)e", x)
        #expect(NumberFormat.scientific(x, fractionDigits: fractionDigits) == expected, "\(x)")
    }
    #expect(NumberFormat.scientific(0, fractionDigits: fractionDigits) == "0")
    #expect(NumberFormat.scientific(9.999, fractionDigits: 1) == "1.0e+01")
}

@Test func threeSignificantDigits() {
    #expect(NumberFormat.threeSignificant(0.012345) == "0.0123")
    #expect(NumberFormat.threeSignificant(123.4) == "123")
    #expect(NumberFormat.threeSignificant(-1.2345e-9) == "-1.23e-09")
    #expect(NumberFormat.threeSignificant(.nan) == "nan")
}

@Test func compactReportNumbers() {
    #expect(NumberFormat.compact(0.25) == "0.25")
    #expect(NumberFormat.compact(.infinity) == "∞")
    #expect(NumberFormat.compactScientific(1.234e-7) == "1.23e-7")
}
