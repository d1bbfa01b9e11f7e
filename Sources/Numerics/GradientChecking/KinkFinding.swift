/// A point where the function is not differentiable along some direction:
/// the one-sided derivatives `lim_{h→0+} (φ(h) − φ(0))/h` and
/// `lim_{h→0+} (φ(0) − φ(−h))/h` of `φ(t) = f(x + t v)` disagree
/// (relu or `abs` at 0, `max` at a tie).
public struct KinkFinding: Sendable, Equatable, CustomStringConvertible {
    /// The point that was found not differentiable.
    public let point: [Double]
    /// Along what: `x[3]`, `W1[2, 0]`, or `random direction`.
    public let direction: String
    /// The right derivative `φ'(0+)`.
    public let rightDerivative: Double
    /// The left derivative `φ'(0−)`.
    public let leftDerivative: Double

    public init(point: [Double], direction: String, rightDerivative: Double, leftDerivative: Double)
    {
        self.point = point
        self.direction = direction
        self.rightDerivative = rightDerivative
        self.leftDerivative = leftDerivative
    }

    public var description: String {
        "not differentiable at this point along \(direction): one-sided derivatives "
            + "\(NumberFormat.threeSignificant(rightDerivative)) (right) and "
            + "\(NumberFormat.threeSignificant(leftDerivative)) (left) disagree"
    }
}
