import Foundation
import Synchronization

/// Checks every step of a derivation against its expectation.
///
/// - An equality, definition or convention step must be proved (or hold
///   numerically, reported as such).
/// - An approximation must be proved under its exactness condition; without
///   it, the claim is checked again to show the dropped term.
/// - A shape step must match the inferred shape.
/// - An erratum must be refuted as written and its correction proved.
public struct DerivationVerifier: Sendable {
    public let checker: any StepClaimChecking

    public init(checker: any StepClaimChecking) {
        self.checker = checker
    }

    /// Verifies all steps of `derivation`, in order.
    public func verify(
        _ derivation: Derivation, clock: @Sendable () -> Double = { 0 }
    ) -> DerivationResult {
        let start = clock()
        let results = derivation.steps.map { step in
            let t = clock()
            var r = verify(step, in: derivation.context)
            r.seconds = clock() - t
            return r
        }
        return DerivationResult(derivation: derivation, steps: results, seconds: clock() - start)
    }

    /// Verifies every step of every derivation, `jobs` steps at a time, and
    /// returns the results in the derivations' order.
    ///
    /// The steps are independent (each is checked in its own derivation's
    /// context), so they are spread over `jobs` workers; the outcome of every
    /// step is the one ``verify(_:in:)`` gives. A derivation's `seconds` is
    /// the sum of its steps' times (on a busy machine, more than the wall
    /// time it took).
    public func verifyAll(
        _ derivations: [Derivation], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        clock: @escaping @Sendable () -> Double = { 0 }
    ) -> [DerivationResult] {
        let work = derivations.indices.flatMap { d in
            derivations[d].steps.indices.map { (derivation: d, step: $0) }
        }
        let slots = Mutex<[StepResult?]>(Array(repeating: nil, count: work.count))
        let workers = Swift.max(1, Swift.min(jobs, work.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: work.count, by: workers) {
                let item = work[index]
                let derivation = derivations[item.derivation]
                let t = clock()
                var r = verify(derivation.steps[item.step], in: derivation.context)
                r.seconds = clock() - t
                slots.withLock { $0[index] = r }
            }
        }
        let results = slots.withLock { $0 }
        var next = 0
        return derivations.map { derivation in
            let steps = derivation.steps.map { step -> StepResult in
                defer { next += 1 }
                // Every slot is filled (`concurrentPerform` returns after all
                // workers, and each index belongs to one worker); the fallback
                // only keeps this free of a force unwrap.
                return results[next] ?? verify(step, in: derivation.context)
            }
            return DerivationResult(
                derivation: derivation, steps: steps,
                seconds: steps.reduce(0) { $0 + $1.seconds })
        }
    }

    /// Verifies one step in the derivation's context.
    public func verify(_ step: Step, in base: Context) -> StepResult {
        let context = base.merged(with: step.context)
        if step.kind == .shape, let annotation = step.shape {
            return verifyShape(step, annotation: annotation, context: context)
        }
        let asWritten = checker.check(
            step.claim, in: context.claimContext(assuming: step.exactUnder))
        var withoutCondition: ClaimOutcome?
        if step.kind == .approximation {
            withoutCondition = checker.check(step.claim, in: context.claimContext())
        }
        var corrected: ClaimOutcome?
        if let correction = step.correction {
            let correctedContext = correction.context.map { base.merged(with: $0) } ?? context
            corrected = checker.check(correction.claim, in: correctedContext.claimContext())
        }
        let (status, problem) = judge(step, asWritten: asWritten, corrected: corrected)
        return StepResult(
            step: step, asWritten: asWritten, withoutCondition: withoutCondition,
            corrected: corrected, status: status, problem: problem)
    }

    private func verifyShape(
        _ step: Step, annotation: ShapeAnnotation, context: Context
    ) -> StepResult {
        let asWritten = checker.checkShape(annotation, in: context.claimContext())
        var corrected: ClaimOutcome?
        if let fix = step.correctedShape {
            corrected = checker.checkShape(fix, in: context.claimContext())
        }
        let (status, problem) = judge(step, asWritten: asWritten, corrected: corrected)
        return StepResult(
            step: step, asWritten: asWritten, withoutCondition: nil,
            corrected: corrected, status: status, problem: problem)
    }

    private func judge(
        _ step: Step, asWritten: ClaimOutcome, corrected: ClaimOutcome?
    ) -> (StepStatus, String?) {
        if step.isErratum {
            guard asWritten.verdict == .refuted else {
                return (
                    .unexpected,
                    "expected the line as written to be refuted, got \(asWritten.verdict.rawValue)"
                        + (asWritten.detail.isEmpty ? "" : ": \(asWritten.detail)")
                )
            }
            guard let corrected, corrected.verdict.holds else {
                let got =
                    corrected.map {
                        $0.verdict.rawValue + ($0.detail.isEmpty ? "" : ": \($0.detail)")
                    } ?? "nothing"
                return (.unexpected, "expected the correction to be proved, got \(got)")
            }
            return (.erratum, nil)
        }
        switch asWritten.verdict {
        case .proved: return (.proved, nil)
        case .holdsNumerically: return (.numeric, nil)
        default:
            return (
                .unexpected,
                "expected the step to hold, got \(asWritten.verdict.rawValue)"
                    + (asWritten.detail.isEmpty ? "" : ": \(asWritten.detail)")
            )
        }
    }
}
