import GradientCheckZoo
import Synchronization
import Testing

@testable import MatrixNumerics

/// The rounding-noise ladder, the time estimate of a long full check, the
/// rounding hint and the Taylor test's gradient floor (issue 18, third round).
struct RoundingNoiseTests {
    /// `Σᵢ aᵢ xᵢ` summed left to right in `Float` over `count` positive terms:
    /// the running sum grows to `count` times a term, so a `√u` move of `x`
    /// shifts each term by far less than an ulp of the sum it joins.
    static func floatSum(_ x: [Double], _ a: [Double]) -> [Double] {
        var sum: Float = 0
        for i in x.indices { sum += Float(a[i]) * Float(x[i]) }
        return [Double(sum)]
    }

    @Test func ladderSeesTheErrorOfALongFloat32SumThatOneRungMisses() throws {
        let count = 50_000
        var random = Xoshiro256StarStar(seed: 81)
        var underReadByOneRung = 0.0
        var underReadByLadder = 0.0
        for trial in 0..<6 {
            let a = (0..<count).map { _ in 1 + random.nextUnitInterval() }
            let x = (0..<count).map { _ in Double(Float(1 + random.nextUnitInterval())) }
            let exact = zip(a, x).reduce(0.0) { $0 + Double(Float($1.0)) * $1.1 }
            let center = Self.floatSum(x, a)
            let error = abs(center[0] - exact)
            var ladder = RoundingNoiseLadder(
                unitRoundoff: Double(Float.ulpOfOne) / 2, samples: 6,
                roundPoint: { $0.map { Double(Float($0)) } })
            var checkRandom = CheckRandomness(seed: UInt64(trial))
            var evaluations = 0
            let full = try ladder.measure(
                at: x, center: center, random: &checkRandom, evaluations: &evaluations
            ) { Self.floatSum($0, a) }
            #expect(error <= 4 * full[0], "trial \(trial): error \(error), ladder \(full[0])")
            #expect(evaluations == 60)
            ladder.rungs = 1
            var oneRandom = CheckRandomness(seed: UInt64(trial))
            let one = try ladder.measure(
                at: x, center: center, random: &oneRandom, evaluations: &evaluations
            ) { Self.floatSum($0, a) }
            underReadByOneRung += error / one[0]
            underReadByLadder += error / full[0]
        }
        // The reason for the ladder: the √u rung alone under-reads this sum
        // (here by about 2× on average).
        #expect(underReadByOneRung > 1.5 * underReadByLadder)
    }

    @Test func gridStepKeepsTheFivePointStencilExactInFloat() {
        let ladder = RoundingNoiseLadder(
            unitRoundoff: Double(Float.ulpOfOne) / 2, samples: 1,
            roundPoint: { $0.map { Double(Float($0)) } })
        var random = CheckRandomness(seed: 3)
        let x = [1.0, -3.25, 1e-3, 7e5, 0].map { Double(Float($0)) }
        let w = ladder.gridStep(x, radius: 1e-2, random: &random)
        for k in [-2.0, -1, 1, 2] {
            for (xi, wi) in zip(x, w) {
                let point = xi + k * wi
                #expect(Double(Float(point)) == point, "x \(xi), w \(wi), k \(k)")
            }
        }
        #expect(w[4] == 0)
    }

    @Test func longFullCheckCallsBackWithItsEstimateBeforeGoingOn() throws {
        let estimate = Mutex<Double?>(nil)
        var options = DerivativeCheckOptions(mode: .full)
        options.longCheckSeconds = 0
        options.onLongCheck = { seconds in estimate.withLock { $0 = seconds } }
        let check = try DerivativeCheck.gradient(
            of: CoupledLoss(), claimed: coupledGradient, at: coupledPoint, options: options)
        #expect(check.outcome == .passed, "\(check)")
        let reported = try #require(estimate.withLock { $0 })
        #expect(reported > 0)
        #expect(check.estimatedSeconds == reported)
        #expect(check.notes.contains { $0.hasPrefix("estimated ") }, "\(check)")
        // Under the threshold: no callback, no note, but the estimate is kept.
        let quiet = try DerivativeCheck.gradient(
            of: CoupledLoss(), claimed: coupledGradient, at: coupledPoint)
        #expect(quiet.estimatedSeconds != nil)
        #expect(!quiet.notes.contains { $0.hasPrefix("estimated ") })
    }

    /// The docs' example of the callback (compiled twin of docs/gradient-checking.md).
    @Test func onLongCheckExampleFromTheDocs() throws {
        var options = DerivativeCheckOptions(mode: .full)
        options.onLongCheck = { seconds in print("full gradient check: about \(seconds) s") }
        let check = try DerivativeCheck.gradient(
            of: CoupledLoss(), claimed: coupledGradient, at: coupledPoint, options: options)
        #expect(check.outcome == .passed, "\(check)")
        #expect((check.estimatedSeconds ?? .infinity) < options.longCheckSeconds)
    }

    /// Fast mode runs the ladder only when a probe is outside the first bound.
    @Test func fastCheckRunsTheLadderOnlyWhenAProbeIsOutside() throws {
        let right = try DerivativeCheck.gradient(
            of: CoupledLoss(), claimed: coupledGradient, at: coupledPoint, options: .fast)
        #expect(right.outcome == .passed, "\(right)")
        let wrong = try DerivativeCheck.gradient(
            of: CoupledLoss(),
            claimed: { x in
                var g = coupledGradient(x)
                g[2, 0] *= 1 + 1e-6
                return g
            }, at: coupledPoint, options: .fast)
        #expect(wrong.outcome == .failed, "\(wrong)")
        // The same probes and noise points; the wrong one adds the 60 ladder evaluations.
        #expect(wrong.evaluations >= right.evaluations + 60, "\(right)\n\(wrong)")
    }

    /// Fast mode measures nearby points only while some probe is outside the
    /// bound formed with those measured so far (more points only widen the
    /// bound), and says so; a failing check measures all of them.
    @Test func fastCheckSkipsTheNoisePointsWhenNoProbeIsOutside() throws {
        let x = Matrix(column: [0.75, -1.5, 2.25])
        let options = DerivativeCheckOptions(mode: .fast)
        let exact = try DerivativeCheck.gradient(
            of: HalfSquaredNorm(), claimed: { $0 }, at: x, options: options)
        #expect(exact.outcome == .passed, "\(exact)")
        #expect(exact.notes.contains { $0.contains("after 0 of the 6 nearby points") })
        // The K noise points would cost a claimed gradient and P reference
        // passes each: 6 · (1 + 2) = 18 evaluations.
        let noisePoints = options.noiseSamples * (1 + options.probes)
        let wrong = try DerivativeCheck.gradient(
            of: HalfSquaredNorm(),
            claimed: { x in
                var g = x
                g[1, 0] = g[1, 0] * (1 + 1e-6)
                return g
            }, at: x, options: options)
        #expect(wrong.outcome == .failed, "\(wrong)")
        #expect(!wrong.notes.contains { $0.contains("were not needed") })
        #expect(wrong.evaluations >= exact.evaluations + noisePoints, "\(exact)\n\(wrong)")
    }

    /// `f(x) = ½‖x‖²`, whose gradient `x` is exact in any precision.
    struct HalfSquaredNorm: ScalarValuedMatrixFunction {
        func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> S {
            x.entries.reduce(S.zero) { $0 + $1 * $1 } * S(0.5)
        }
    }

    @Test func discrepancyAtTheRoundingLevelGetsAHintAndABugDoesNot() throws {
        let x = Matrix(column: [0.75, -1.5, 2.25])
        let u = Double.ulpOfOne / 2
        let rounding = try DerivativeCheck.gradient(
            of: HalfSquaredNorm(),
            claimed: { x in
                var g = x
                g[1, 0] = g[1, 0] * (1 + 64 * u)
                return g
            }, at: x)
        #expect(rounding.outcome == .failed, "\(rounding)")
        let hint = try #require(rounding.roundingHint, "\(rounding)")
        #expect(hint.contains("rounding"))
        #expect(rounding.description.contains("hint: "))
        let bug = try DerivativeCheck.gradient(
            of: HalfSquaredNorm(),
            claimed: { x in
                var g = x
                g[1, 0] = g[1, 0] * (1 + 1e-6)
                return g
            }, at: x)
        #expect(bug.outcome == .failed, "\(bug)")
        #expect(bug.roundingHint == nil, "\(bug)")
    }

    /// Issue 18: the Float32 Taylor test "failed" a correct softmax gradient at
    /// large logits (2 of 100 points): the rounded gradient's own first-order
    /// term. It now enters each sample's floor.
    @Test func float32TaylorOnLargeLogitSoftmaxIsNeverFailed() throws {
        var random = Xoshiro256StarStar(seed: 18)
        let model = LargeLogitSoftmax(classes: 200, random: &random)
        for trial in 0..<12 {
            let x = model.randomPoint(&random)
            let test = try DerivativeCheck.taylorRemainder(
                of: { (w: Matrix<Float>) in try model(w) },
                claimed: { (w: Matrix<Float>) in try model.gradient(w) }, at: x,
                options: DerivativeCheckOptions(seed: UInt64(trial)))
            #expect(test.outcome != .failed, "\(test)")
            #expect(test.gradientRoundingAlongDirection > 0)
        }
    }

    @Test func taylorRemainderCatchesAWrongFloat32Gradient() throws {
        var random = Xoshiro256StarStar(seed: 19)
        let model = LargeLogitSoftmax(classes: 200, scale: 1, random: &random)
        let x = model.randomPoint(&random)
        let test = try DerivativeCheck.taylorRemainder(
            of: { (w: Matrix<Float>) in try model(w) },
            claimed: { (w: Matrix<Float>) in
                var g = try model.gradient(w)
                g[7, 0] += 0.05
                return g
            }, at: x, options: DerivativeCheckOptions(seed: 4))
        #expect(test.outcome == .failed, "\(test)")
    }
}
