/// Running the test: the entry points (`Double`, `Float`, a matrix) and the remainders over `h`.
extension TaylorRemainderTest {
    /// Runs the test along a seeded random direction.
    ///
    /// - Parameters:
    ///   - function: `f : ℝⁿ → ℝ`.
    ///   - gradient: the claimed `∇f(x)`, length `n`.
    ///   - hessianVectorProduct: optionally the claimed `v ↦ ∇²f(x) v`; then
    ///     the expected order is 3.
    ///   - x: the point, length `n`.
    ///   - direction: `v`; a seeded standard normal vector scaled to
    ///     `‖v‖∞ = max(1, ‖x‖∞)` when `nil`.
    /// - Throws: ``DerivativeCheckError`` for length mismatches or
    ///   non-finite values at `x`; anything `function` throws.
    /// - Complexity: at most 125 evaluations of `f`, 61 of the gradient (and of the HVP).
    static func run(
        function: ([Double]) throws -> Double,
        gradient: [Double],
        hessianVectorProduct: (([Double]) throws -> [Double])? = nil,
        at x: [Double],
        direction: [Double]? = nil,
        seed: UInt64 = 0x5EED
    ) throws -> TaylorRemainderTest {
        try run(
            function: function, roundPoint: { $0 }, unitRoundoff: Double.ulpOfOne / 2,
            gradient: { _ in gradient },
            hessianVectorProduct: hessianVectorProduct.map { hvp in { _, v in try hvp(v) } },
            at: x, direction: direction, seed: seed)
    }

    /// Runs the test on `Float` code: `f` and the claimed derivatives are
    /// computed in single precision; the steps are the exact differences of
    /// the `Float`-rounded points, and the floor is that of the `Float` code.
    /// - Throws: as the `Double` version.
    static func run(
        function: @escaping ([Float]) throws -> Float,
        gradient: [Float],
        hessianVectorProduct: (([Float]) throws -> [Float])? = nil,
        at x: [Float],
        seed: UInt64 = 0x5EED
    ) throws -> TaylorRemainderTest {
        let product: (([Double]) throws -> [Double])? = hessianVectorProduct.map { hvp in
            { v in try hvp(v.map { Float($0) }).map { Double($0) } }
        }
        let widened = gradient.map { Double($0) }
        return try run(
            function: { point in Double(try function(point.map { Float($0) })) },
            roundPoint: { $0.map { Double(Float($0)) } }, unitRoundoff: Double(Float.ulpOfOne) / 2,
            gradient: { _ in widened },
            hessianVectorProduct: product.map { hvp in { _, v in try hvp(v) } },
            at: x.map { Double($0) }, direction: nil, seed: seed)
    }

    /// Runs the test for a function of a matrix: `gradient` and the optional
    /// Hessian-vector product `V ↦ ∇²f(X) V` in the shape of `X`.
    /// - Throws: ``DerivativeCheckError/shapeMismatch(what:expected:actual:)``
    ///   when a shape differs from `x`'s; otherwise as the flat version.
    static func run(
        function: (Matrix<Double>) throws -> Double,
        gradient: Matrix<Double>,
        hessianVectorProduct: ((Matrix<Double>) throws -> Matrix<Double>)? = nil,
        at x: Matrix<Double>,
        seed: UInt64 = 0x5EED
    ) throws -> TaylorRemainderTest {
        let shape = x.shape
        guard gradient.shape == shape else {
            throw DerivativeCheckError.shapeMismatch(
                what: "claimed gradient", expected: shape, actual: gradient.shape)
        }
        let product: (([Double]) throws -> [Double])? = hessianVectorProduct.map { hvp in
            { v in
                let hv = try hvp(reshaped(v, shape))
                guard hv.shape == shape else {
                    throw DerivativeCheckError.shapeMismatch(
                        what: "claimed Hessian-vector product", expected: shape, actual: hv.shape)
                }
                return hv.entries
            }
        }
        return try run(
            function: { try function(reshaped($0, shape)) }, gradient: gradient.entries,
            hessianVectorProduct: product, at: x.entries, seed: seed)
    }

    /// The test in a given precision: `roundPoint` rounds a point to it;
    /// `gradient` and `hessianVectorProduct` (`(point, v) ↦ ∇²f v`) are the
    /// claimed code, re-evaluated near `x` to measure its rounding along `v`.
    static func run(
        function: ([Double]) throws -> Double, roundPoint: @escaping ([Double]) -> [Double],
        unitRoundoff: Double,
        gradient: ([Double]) throws -> [Double],
        hessianVectorProduct: (([Double], [Double]) throws -> [Double])?,
        at start: [Double], direction: [Double]?, seed: UInt64, noiseSamples: Int = 6
    ) throws -> TaylorRemainderTest {
        let n = start.count
        guard n > 0 else { throw DerivativeCheckError.emptyPoint }
        try requireFinite(start, "point x")
        let x = roundPoint(start)
        let g = try gradient(x)
        guard g.count == n else {
            throw DerivativeCheckError.lengthMismatch(
                what: "claimed gradient", expected: n, actual: g.count)
        }
        try requireFinite(g, "claimed gradient")
        var v: [Double]
        if let direction {
            guard direction.count == n else {
                throw DerivativeCheckError.lengthMismatch(
                    what: "direction", expected: n, actual: direction.count)
            }
            try requireFinite(direction, "direction")
            v = direction
        } else {
            var random = CheckRandomness(seed: seed)
            v = random.normalVector(n)
            let scale =
                max(1, x.map { Swift.abs($0) }.max() ?? 1)
                / max(v.map { Swift.abs($0) }.max() ?? 1, .leastNormalMagnitude)
            v = v.map { $0 * scale }
        }
        guard v.contains(where: { $0 != 0 }) else {
            throw DerivativeCheckError.invalidOption("direction is zero")
        }

        let fx = try function(x)
        guard fx.isFinite else { throw DerivativeCheckError.nonFinite(what: "f(x)", index: nil) }
        var hv: [Double]?
        if let hessianVectorProduct {
            let product = try hessianVectorProduct(x, v)
            guard product.count == n else {
                throw DerivativeCheckError.lengthMismatch(
                    what: "claimed Hessian-vector product", expected: n, actual: product.count)
            }
            try requireFinite(product, "claimed Hessian-vector product")
            hv = product
        }
        let expected = hv == nil ? 2 : 3
        // The rounding of f, of ⟨g, v⟩ and of ⟨v, Hv⟩ near x, each by the
        // noise ladder (fourth differences over radii √u … 64√u): long sums
        // are redrawn and the smooth parts cancel.
        var random = CheckRandomness(seed: seed &+ 1)
        let ladder = RoundingNoiseLadder(
            unitRoundoff: unitRoundoff, samples: noiseSamples, roundPoint: roundPoint)
        var evaluations = 0
        let floor = max(
            2 * unitRoundoff * Swift.abs(fx),
            try ladder.measure(
                at: x, center: [fx], random: &random, evaluations: &evaluations
            ) { [try function($0)] }[0])
        let gradientNoise =
            try ladder.measure(
                at: x, center: [dot(g, v)], random: &random, evaluations: &evaluations
            ) { [dot(try gradient($0), v)] }[0]
            + 2 * unitRoundoff * zip(g, v).reduce(0) { $0 + Swift.abs($1.0 * $1.1) }
        var curvatureNoise = 0.0
        if let hv, let hessianVectorProduct {
            curvatureNoise =
                try ladder.measure(
                    at: x, center: [dot(v, hv)], random: &random, evaluations: &evaluations
                ) { [dot(v, try hessianVectorProduct($0, v))] }[0]
                + 2 * unitRoundoff * zip(hv, v).reduce(0) { $0 + Swift.abs($1.0 * $1.1) }
        }
        // Every h down to where the step drops below the precision: a
        // remainder a·h + b·h² can cross zero (one dip below the floor)
        // before its leading term shows.
        let pointScale = max(1, x.map { Swift.abs($0) }.max() ?? 1)
        let directionScale = v.map { Swift.abs($0) }.max() ?? 1
        var samples: [Sample] = []
        var h = 1.0
        while samples.count < 64, h * directionScale > 4 * unitRoundoff * pointScale {
            let point = roundPoint(zip(x, v).map { $0 + h * $1 })
            let fh = try function(point)
            // The step actually taken (exact in Double for Float points).
            let step = zip(point, x).map { $0 - $1 }
            let slope = dot(g, step)
            let curvature = hv.map { 0.5 * h * dot(step, $0) } ?? 0
            let remainder = fh - fx - slope - curvature
            // f's floor, plus the rounding of the claimed derivatives, which
            // enters the remainder as h·⟨δg, v⟩ and h²/2·⟨v, δHv⟩: a first-order
            // term that rounding alone puts there is never read as a wrong slope.
            let sampleFloor =
                max(
                    floor,
                    4 * unitRoundoff * (Swift.abs(fh) + Swift.abs(slope) + Swift.abs(curvature)))
                + h * gradientNoise + 0.5 * h * h * curvatureNoise
            let above = remainder.isFinite && Swift.abs(remainder) > 32 * sampleFloor
            samples.append(
                Sample(
                    stepSize: h, remainder: remainder, aboveRoundingFloor: above,
                    floor: sampleFloor))
            h /= 2
        }
        return TaylorRemainderTest(
            expectedOrder: expected, samples: samples, roundingFloor: floor,
            gradientRoundingAlongDirection: gradientNoise, seed: seed, direction: v)
    }
}
