/// The 2×2 system of CurveBall's automatic hyper-parameters: the damped
/// quadratic model restricted to `s = −β Δz + ρ z`,
///
///     m̂(−β, ρ) = ½ [−β ρ] A [−β ρ]ᵀ + [b₁ b₂] [−β ρ]ᵀ,   A = [a₁₁ a₁₂; a₁₂ a₂₂],
///
/// minimised by `[−β; ρ] = −A⁺ b` (the pseudo-inverse covers the first step,
/// where `z = 0` makes `A` singular).
public struct CurveBallSystem: Sendable, Equatable {
    /// `a₁₁ = ΔzᵀĜΔz`.
    public var a11: Double
    /// `a₁₂ = zᵀĜΔz`.
    public var a12: Double
    /// `a₂₂ = zᵀĜz`.
    public var a22: Double
    /// `b₁ = ∇LᵀΔz`.
    public var b1: Double
    /// `b₂ = ∇Lᵀz`.
    public var b2: Double

    /// The system from its five scalars.
    public init(a11: Double, a12: Double, a22: Double, b1: Double, b2: Double) {
        self.a11 = a11
        self.a12 = a12
        self.a22 = a22
        self.b1 = b1
        self.b2 = b2
    }

    /// The minimising `(β, ρ)`; non-finite results are replaced by 0 (as the
    /// MatConvNet reference does).
    public func solve() -> (beta: Double, rho: Double) {
        // Symmetric 2×2 pseudo-inverse through the eigen-decomposition.
        let mean = (a11 + a22) / 2, halfGap = (a11 - a22) / 2
        let radius = (halfGap * halfGap + a12 * a12).squareRoot()
        let lambda1 = mean + radius, lambda2 = mean - radius
        // Eigenvector of lambda1: (cos θ, sin θ).
        var c = 1.0, s = 0.0
        if radius > 0 {
            let vx = halfGap + radius, vy = a12
            let norm = (vx * vx + vy * vy).squareRoot()
            if norm > 0 { c = vx / norm; s = vy / norm } else { c = 0; s = 1 }
        }
        let tolerance = 1e-14 * max(abs(lambda1), abs(lambda2))
        let inv1 = abs(lambda1) > tolerance ? 1 / lambda1 : 0
        let inv2 = abs(lambda2) > tolerance ? 1 / lambda2 : 0
        // x = −A⁺ b with A⁺ = inv1 v1 v1ᵀ + inv2 v2 v2ᵀ, v2 = (−s, c).
        let p1 = c * b1 + s * b2, p2 = -s * b1 + c * b2
        let x1 = -(inv1 * p1 * c - inv2 * p2 * s)
        let x2 = -(inv1 * p1 * s + inv2 * p2 * c)
        let beta = -x1, rho = x2
        return (beta.isFinite ? beta : 0, rho.isFinite ? rho : 0)
    }

    /// `m̂` at `s = −β Δz + ρ z`: the predicted change of the loss.
    public func modelValue(beta: Double, rho: Double) -> Double {
        let x1 = -beta, x2 = rho
        return 0.5 * (a11 * x1 * x1 + 2 * a12 * x1 * x2 + a22 * x2 * x2) + b1 * x1 + b2 * x2
    }
}
