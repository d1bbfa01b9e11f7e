import ClaimLanguage

extension ExactNumber {
    /// `−x`.
    package var negated: ExactNumber { ExactNumber(-numerator, denominator)! }

    /// `a + b` exactly; `nil` on overflow.
    package static func sum(_ a: ExactNumber, _ b: ExactNumber) -> ExactNumber? {
        let (x, o1) = a.numerator.multipliedReportingOverflow(by: b.denominator)
        let (y, o2) = b.numerator.multipliedReportingOverflow(by: a.denominator)
        let (n, o3) = x.addingReportingOverflow(y)
        let (d, o4) = a.denominator.multipliedReportingOverflow(by: b.denominator)
        return o1 || o2 || o3 || o4 ? nil : ExactNumber(n, d)
    }

    /// `a / b` exactly; `nil` when `b` is zero or on overflow.
    package static func quotient(_ a: ExactNumber, _ b: ExactNumber) -> ExactNumber? {
        guard b.numerator != 0, let inverse = ExactNumber(b.denominator, b.numerator) else {
            return nil
        }
        return ExponentialBase.product(a, inverse)
    }
}
