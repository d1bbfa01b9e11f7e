#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A distribution for the entries of a random matrix.
public enum RandomDistribution: Sendable, Equatable {
    /// The standard normal distribution `N(0, 1)` (Box–Muller).
    case standardNormal
    /// The uniform distribution on `[lower, upper)`.
    case uniform(lower: Double, upper: Double)
}

extension RandomNumberGenerator {
    /// A uniform `Double` in `[0, 1)` from the top 53 bits of `next()`.
    @inlinable
    public mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A standard normal sample by the Box–Muller transform (one of the pair;
    /// deterministic given the generator's state).
    @inlinable
    public mutating func nextStandardNormal() -> Double {
        let u1 = 1 - nextUnitInterval()  // (0, 1]: log is finite
        let u2 = nextUnitInterval()
        return (-2 * Double.log(u1)).squareRoot() * Double.cos(2 * Double.pi * u2)
    }
}

extension Matrix where Scalar == Double {
    /// A `rows × cols` matrix with independent entries from `distribution`,
    /// drawn in column-major order from `generator`.
    ///
    /// Seed the generator (``Xoshiro256StarStar``) and print the seed so the
    /// matrix can be reproduced exactly.
    /// - Throws: ``MatrixError/invalidDimensions(operation:rows:cols:)`` for
    ///   negative or overflowing dimensions, ``RandomDistributionError`` for a
    ///   uniform range that is empty or not finite.
    @inlinable
    public static func random<Generator: RandomNumberGenerator>(
        rows: Int, cols: Int, distribution: RandomDistribution = .standardNormal,
        using generator: inout Generator
    ) throws -> Matrix {
        let count = try checkedCount(rows, cols, operation: "random matrix")
        var storage = [Double]()
        storage.reserveCapacity(count)
        switch distribution {
        case .standardNormal:
            for _ in 0..<count { storage.append(generator.nextStandardNormal()) }
        case let .uniform(lower, upper):
            guard lower.isFinite, upper.isFinite, lower < upper, (upper - lower).isFinite else {
                throw RandomDistributionError.invalidUniformRange(lower: lower, upper: upper)
            }
            for _ in 0..<count {
                let sample = lower + (upper - lower) * generator.nextUnitInterval()
                storage.append(Swift.min(sample, upper.nextDown))
            }
        }
        return Matrix(uncheckedRows: rows, cols: cols, storage: storage)
    }
}

/// An invalid parameter of a ``RandomDistribution``.
public enum RandomDistributionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A uniform range that is empty, reversed or not finite.
    case invalidUniformRange(lower: Double, upper: Double)

    public var description: String {
        switch self {
        case let .invalidUniformRange(lower, upper):
            return "random matrix: uniform range [\(lower), \(upper)) is empty or not finite"
        }
    }
}
