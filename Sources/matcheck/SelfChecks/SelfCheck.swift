import Foundation
import MatrixNumerics

/// One numeric self-check: a measured error against its tolerance.
struct SelfCheck {
    /// What is checked, e.g. `(AB)ᵀ = BᵀAᵀ`.
    let name: String
    /// The largest error observed (relative unless the name says otherwise).
    let error: Double
    /// The largest error that passes.
    let tolerance: Double

    /// Passes when the error is a number no larger than the tolerance.
    var passed: Bool { error <= tolerance }

    /// Evaluates `measure`, recording a thrown error as a failed check.
    static func run(_ name: String, tolerance: Double, _ measure: () throws -> Double) -> SelfCheck
    {
        do {
            return SelfCheck(name: name, error: try measure(), tolerance: tolerance)
        } catch {
            return SelfCheck(name: name + " (threw: \(error))", error: .nan, tolerance: tolerance)
        }
    }
}

/// Prints checks as an aligned table: name, max error, tolerance, ok/FAIL.
func printSelfCheckTable(_ checks: [SelfCheck]) {
    let width = max(5, checks.map(\.name.count).max() ?? 0)
    func pad(_ s: String, _ n: Int) -> String {
        s + String(repeating: " ", count: max(0, n - s.count))
    }
    print(
        pad("check", width) + "  " + pad("max error", 10) + "  " + pad("tolerance", 10) + "  result"
    )
    print(String(repeating: "-", count: width + 32))
    for c in checks {
        print(
            pad(c.name, width) + "  " + pad(NumberFormat.scientific(c.error, fractionDigits: 1), 10)
                + "  " + pad(NumberFormat.scientific(c.tolerance, fractionDigits: 1), 10)
                + "  " + (c.passed ? "ok" : "FAIL"))
    }
}
