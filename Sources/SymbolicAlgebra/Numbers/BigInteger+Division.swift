/// Errors of exact arithmetic.
public enum ExactArithmeticError: Error, Equatable, CustomStringConvertible {
    /// A division whose divisor is exactly zero; `operation` names it.
    case divisionByZero(operation: String)

    public var description: String {
        switch self {
        case .divisionByZero(let operation): return "\(operation): division by an exact zero"
        }
    }
}

extension BigInteger {
    /// Truncating division: `self = quotient·divisor + remainder` with
    /// `|remainder| < |divisor|` and the remainder taking the sign of `self`
    /// (as for Swift's `Int`).
    /// - Throws: ``ExactArithmeticError/divisionByZero(operation:)`` when
    ///   `divisor` is zero.
    /// - Complexity: O(m·n) limb operations (Knuth, TAOCP vol. 2, algorithm D).
    public func quotientAndRemainder(
        dividingBy divisor: BigInteger
    ) throws -> (quotient: BigInteger, remainder: BigInteger) {
        guard !divisor.isZero else {
            throw ExactArithmeticError.divisionByZero(operation: "BigInteger.quotientAndRemainder")
        }
        return uncheckedQuotientAndRemainder(dividingBy: divisor)
    }

    /// Division for a divisor already known to be non-zero.
    package func uncheckedQuotientAndRemainder(
        dividingBy divisor: BigInteger
    ) -> (quotient: BigInteger, remainder: BigInteger) {
        precondition(!divisor.isZero, "division by zero")
        if case .small(let a) = storage, case .small(let b) = divisor.storage {
            let (q, o) = a.dividedReportingOverflow(by: b)
            if !o { return (BigInteger(q), BigInteger(a - q * b)) }
        }
        let n = signAndMagnitude, d = divisor.signAndMagnitude
        let (q, r) = BigInteger.divideMagnitudes(n.magnitude, d.magnitude)
        return (
            BigInteger.normalized(negative: n.negative != d.negative, magnitude: q),
            BigInteger.normalized(negative: n.negative, magnitude: r)
        )
    }

    /// `self / divisor` when the division is known to be exact.
    package func exactlyDivided(by divisor: BigInteger) -> BigInteger {
        uncheckedQuotientAndRemainder(dividingBy: divisor).quotient
    }

    /// Quotient and remainder of magnitudes (`v` non-empty).
    package static func divideMagnitudes(
        _ u: [UInt32], _ v: [UInt32]
    ) -> (quotient: [UInt32], remainder: [UInt32]) {
        if compareMagnitudes(u, v) < 0 { return ([], u) }
        let n = v.count
        if n == 1 {
            let d = UInt64(v[0])
            var q = [UInt32](repeating: 0, count: u.count)
            var r: UInt64 = 0
            // `while` loops, not `stride`: a debug build spends much of a
            // division in the generic stride iterator.
            var i = u.count - 1
            while i >= 0 {
                let cur = (r << 32) | UInt64(u[i])
                q[i] = UInt32(cur / d)
                r = cur % d
                i -= 1
            }
            return (q, r == 0 ? [] : [UInt32(r)])
        }
        let m = u.count - n
        let s = v[n - 1].leadingZeroBitCount
        // Normalise so the divisor's top limb has its high bit set (smart shifts give 0 for s = 0).
        var vn = [UInt32](repeating: 0, count: n)
        var i = n - 1
        while i > 0 {
            vn[i] = (v[i] << s) | (v[i - 1] >> (32 - s))
            i -= 1
        }
        vn[0] = v[0] << s
        var un = [UInt32](repeating: 0, count: u.count + 1)
        un[u.count] = u[u.count - 1] >> (32 - s)
        i = u.count - 1
        while i > 0 {
            un[i] = (u[i] << s) | (u[i - 1] >> (32 - s))
            i -= 1
        }
        un[0] = u[0] << s

        let base: UInt64 = 1 << 32
        var q = [UInt32](repeating: 0, count: m + 1)
        let vTop = UInt64(vn[n - 1]), vNext = UInt64(vn[n - 2])
        var j = m
        while j >= 0 {
            defer { j -= 1 }
            let numerator = (UInt64(un[j + n]) << 32) | UInt64(un[j + n - 1])
            var qhat = numerator / vTop
            var rhat = numerator % vTop
            // qhat < 2³³; the product is evaluated only once qhat < 2³².
            while qhat >= base || qhat * vNext > ((rhat << 32) | UInt64(un[j + n - 2])) {
                qhat -= 1
                rhat += vTop
                if rhat >= base { break }
            }
            var borrow: Int64 = 0
            var carry: UInt64 = 0
            for i in 0..<n {
                let p = qhat * UInt64(vn[i]) + carry
                carry = p >> 32
                let t = Int64(un[i + j]) - borrow - Int64(p & 0xFFFF_FFFF)
                un[i + j] = UInt32(truncatingIfNeeded: t)
                borrow = t < 0 ? 1 : 0
            }
            let t = Int64(un[j + n]) - borrow - Int64(carry)
            un[j + n] = UInt32(truncatingIfNeeded: t)
            if t < 0 {
                // qhat was one too large: add the divisor back.
                qhat -= 1
                var c: UInt64 = 0
                for i in 0..<n {
                    let sum = UInt64(un[i + j]) + UInt64(vn[i]) + c
                    un[i + j] = UInt32(truncatingIfNeeded: sum)
                    c = sum >> 32
                }
                un[j + n] = UInt32(truncatingIfNeeded: UInt64(un[j + n]) + c)
            }
            q[j] = UInt32(truncatingIfNeeded: qhat)
        }
        var r = [UInt32](repeating: 0, count: n)
        for i in 0..<n { r[i] = (un[i] >> s) | (un[i + 1] << (32 - s)) }
        return (q, r)
    }

    /// The greatest common divisor, always non-negative; `gcd(0, 0) = 0`.
    ///
    /// The common factor of two is taken out first,
    /// `gcd(a, b) = 2^min(α, β)·gcd(a/2^α, b/2^β)` for `a = 2^α·odd`,
    /// `b = 2^β·odd`, so a power-of-two denominator (every end point of a
    /// ``CertifiedInterval`` after rounding) costs no Euclidean division.
    public static func gcd(_ a: BigInteger, _ b: BigInteger) -> BigInteger {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            var p = x.magnitude, q = y.magnitude
            while q != 0 { (p, q) = (q, p % q) }
            if p <= UInt(Int.max) { return BigInteger(Int(p)) }
            return normalized(
                negative: false,
                magnitude: [UInt32(truncatingIfNeeded: p), UInt32(truncatingIfNeeded: p >> 32)])
        }
        if a.isZero { return b.magnitude }
        if b.isZero { return a.magnitude }
        let alpha = a.trailingZeroBitCount, beta = b.trailingZeroBitCount
        var p = a.magnitudeShiftedRight(by: alpha), q = b.magnitudeShiftedRight(by: beta)
        while !q.isZero { (p, q) = (q, p.uncheckedQuotientAndRemainder(dividingBy: q).remainder) }
        return p.shiftedLeft(by: Swift.min(alpha, beta))
    }

    /// Decimal digits, with a leading `-` for negative values.
    public var description: String {
        switch storage {
        case .small(let v): return String(v)
        case .large(let negative, var magnitude):
            var chunks: [UInt32] = []
            while !magnitude.isEmpty {
                let (q, r) = BigInteger.divideMagnitudes(magnitude, [1_000_000_000])
                chunks.append(r.first ?? 0)
                magnitude = q
                while let last = magnitude.last, last == 0 { magnitude.removeLast() }
            }
            var text = negative ? "-" : ""
            text += String(chunks.last ?? 0)
            for chunk in chunks.dropLast().reversed() {
                let digits = String(chunk)
                text += String(repeating: "0", count: 9 - digits.count) + digits
            }
            return text
        }
    }

    /// Parses optional sign and decimal digits; `nil` for anything else.
    public init?(_ text: String) {
        var digits = Substring(text)
        var negative = false
        if let first = digits.first, first == "-" || first == "+" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var value = BigInteger.zero
        var index = digits.startIndex
        while index < digits.endIndex {
            let end =
                digits.index(index, offsetBy: 9, limitedBy: digits.endIndex) ?? digits.endIndex
            let chunk = digits[index..<end]
            guard let chunkValue = Int(chunk) else { return nil }
            var scale = 1
            for _ in 0..<chunk.count { scale *= 10 }
            value = value * BigInteger(scale) + BigInteger(chunkValue)
            index = end
        }
        self = negative ? -value : value
    }
}
