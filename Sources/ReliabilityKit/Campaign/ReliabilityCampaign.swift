#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClaimChecking
import Dispatch
import MatrixNumerics
import Synchronization

/// The reliability campaign: generated true claims and their mutants, and
/// fuzzed input, each run through the checker with a time budget.
///
/// - A true claim must never be refuted.
/// - A mutant is refuted (counted), or else classified by
///   ``EquivalenceDetector``: still an identity → set aside, and confirmed
///   by the independent ``CertifiedOracle`` (a disagreement is reported);
///   otherwise a
///   `proved`/`holds` verdict is a *mutant accepted* failure and an
///   `inconclusive` one is counted with its reason.
/// - A fuzz input must end in a verdict or a ``ClaimError``.
/// - Any check slower than ``timeBudget`` is a hang.
///
/// ```swift
/// var figures = ReliabilityFigures()
/// let campaign = ReliabilityCampaign.quick(seed: 1)
/// campaign.runClaims(0..<100, into: &figures)
/// campaign.runFuzz(0..<1000, into: &figures)
/// ```
public struct ReliabilityCampaign: Sendable {
    /// The base seed; claim `i` and fuzz input `i` derive from it.
    public var seed: UInt64
    /// Checker settings for generated claims and mutants.
    public var options: CheckOptions
    /// Checker settings for fuzz inputs.
    public var fuzzOptions: CheckOptions
    /// Seconds one check may take before it counts as a hang.
    public var timeBudget: Double
    /// The claim generator.
    public var generator = ClaimGenerator()
    /// The equivalent-mutant detector.
    public var detector = EquivalenceDetector()
    /// Receives every input before it is checked (for tracing a slow one).
    public var trace: (@Sendable (String) -> Void)?

    public init(seed: UInt64, options: CheckOptions, fuzzOptions: CheckOptions, timeBudget: Double)
    {
        self.seed = seed
        self.options = options
        self.fuzzOptions = fuzzOptions
        self.timeBudget = timeBudget
    }

    /// Small settings for `swift test` and the full campaign alike: symbolic
    /// dimensions up to 2 (3 for the detector), two numeric shapes of
    /// dimension up to 4 with two points each.
    public static func quick(seed: UInt64, timeBudget: Double = 10) -> ReliabilityCampaign {
        var o = CheckOptions.quick
        o.seed = seed
        o.symbolicMaximumDimension = 2
        o.symbolicMaximumShapes = 8
        o.symbolicTermBudget = 5_000
        o.numericShapes = 2
        o.pointsPerShape = 2
        // The checker stops itself at half the budget; a check over the
        // whole budget is a hang the checker's own limit failed to prevent.
        o.timeBudget = timeBudget / 2
        var f = o
        f.numericShapes = 1
        f.pointsPerShape = 1
        f.maximumAttempts = 3
        f.symbolicMaximumShapes = 4
        f.numericMaximumDimension = 3
        f.symbolicTermBudget = 2_000
        f.timeBudget = timeBudget / 10
        return ReliabilityCampaign(seed: seed, options: o, fuzzOptions: f, timeBudget: timeBudget)
    }

    /// The seed of claim number `index`.
    public func claimSeed(_ index: Int) -> UInt64 { seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index) }

    /// Checks generated claims `indices` and one mutant of each.
    public func runClaims(_ indices: Range<Int>, into figures: inout ReliabilityFigures) {
        for index in indices {
            let claim = generator.claim(seed: claimSeed(index))
            figures.claims += 1
            let outcome = timed(claim.text, options, &figures)
            switch outcome {
            case .verdict(.proved): figures.trueProved += 1
            case .verdict(.holdsNumerically): figures.trueHolds += 1
            case .verdict(.inconclusive): figures.trueInconclusive += 1
            case .verdict(.refuted(let c)):
                figures.trueRefuted += 1
                figures.failures.append(
                    ReliabilityFailure(
                        kind: .trueRefuted, input: claim.text,
                        detail: "\(c) [by \(claim.construction); seed \(claim.seed)]"))
            case .claimError(let e):
                figures.trueRejected += 1
                figures.failures.append(
                    ReliabilityFailure(kind: .trueRejected, input: claim.text, detail: e.summary))
            case .unexpectedError(let e):
                figures.crashes += 1
                figures.failures.append(
                    ReliabilityFailure(kind: .unexpectedError, input: claim.text, detail: e))
            }
            guard let mutant = generator.mutant(of: claim, seed: claimSeed(index)) else { continue }
            figures.mutants += 1
            let m = timed(mutant.text, options, &figures)
            switch m {
            case .verdict(.refuted):
                figures.mutantsRefuted += 1
                figures.refutedByMutation[mutant.mutation.rawValue, default: 0] += 1
            case .verdict(let verdict):
                switch detector.classify(mutant.text) {
                case .equivalent:
                    figures.mutantsEquivalent += 1
                    // Confirmed by a different method: certified evaluation of
                    // the claim as written, no symbolic rules shared.
                    figures.oracleChecks += 1
                    if let witness = CertifiedOracle(timeBudget: timeBudget / 4).witness(
                        mutant.text)
                    {
                        figures.oracleDisagreements += 1
                        figures.failures.append(
                            ReliabilityFailure(
                                kind: .oracleDisagreement, input: mutant.text,
                                detail: "\(verdict.name); \(witness)"))
                    }
                case .undecided(let why) where !(verdict.exitCode == 3):
                    figures.mutantsUndecided += 1
                    figures.undecided.append("\(mutant.text) — \(verdict.name); \(why)")
                case .differs, .undecided:
                    if case .inconclusive(let reason) = verdict {
                        figures.mutantsInconclusive += 1
                        figures.inconclusiveReasons[String(reason.prefix(48)), default: 0] += 1
                        figures.inconclusiveMutants.append("\(mutant.text) — \(reason)")
                    } else {
                        figures.mutantsAccepted += 1
                        figures.failures.append(
                            ReliabilityFailure(
                                kind: .mutantAccepted, input: mutant.text,
                                detail: "\(verdict) [\(mutant.mutation.rawValue) of: \(claim.text)]"
                            ))
                    }
                }
            case .claimError(let e):
                // Mutants are validated by shape inference first; an error here is a bug.
                figures.crashes += 1
                figures.failures.append(
                    ReliabilityFailure(
                        kind: .unexpectedError, input: mutant.text, detail: e.summary))
            case .unexpectedError(let e):
                figures.crashes += 1
                figures.failures.append(
                    ReliabilityFailure(kind: .unexpectedError, input: mutant.text, detail: e))
            }
        }
    }

    /// Checks attack-style claims `indices` (all false, ``AttackClaims``,
    /// cycling through the kinds): each must be refuted; "proved" or "holds"
    /// is a false verdict, "inconclusive" is counted.
    public func runAttacks(_ indices: Range<Int>, into figures: inout ReliabilityFigures) {
        let attacks = AttackClaims()
        let kinds = AttackClaims.Kind.allCases
        for index in indices {
            let text = attacks.claim(kinds[index % kinds.count], seed: claimSeed(index) &+ 0xA77AC)
            figures.attacks += 1
            switch timed(text, options, &figures) {
            case .verdict(.refuted): figures.attacksRefuted += 1
            case .verdict(.inconclusive(let reason)):
                figures.attacksInconclusive += 1
                figures.inconclusiveAttacks.append("\(text) — \(reason)")
            case .verdict(let verdict):
                figures.attacksAccepted += 1
                figures.failures.append(
                    ReliabilityFailure(kind: .attackAccepted, input: text, detail: "\(verdict)"))
            case .claimError(let e):
                figures.crashes += 1
                figures.failures.append(
                    ReliabilityFailure(kind: .unexpectedError, input: text, detail: e.summary))
            case .unexpectedError(let e):
                figures.crashes += 1
                figures.failures.append(
                    ReliabilityFailure(kind: .unexpectedError, input: text, detail: e))
            }
        }
    }

    /// The fuzzer of this campaign (its corpus: hand-written claims and the
    /// first generated ones).
    public var fuzzer: ClaimFuzzer {
        let generated = (0..<40).map { generator.claim(seed: claimSeed($0)).text }
        return ClaimFuzzer(seed: seed, corpus: ClaimFuzzer.handwrittenCorpus + generated)
    }

    /// Runs fuzz inputs `indices` in-process.
    public func runFuzz(_ indices: Range<Int>, into figures: inout ReliabilityFigures) {
        runFuzz(indices, fuzzer: fuzzer, into: &figures)
    }

    /// Runs fuzz inputs `indices` of `fuzzer` in-process.
    func runFuzz(
        _ indices: Range<Int>, fuzzer: ClaimFuzzer, into figures: inout ReliabilityFigures
    ) {
        for index in indices {
            let text = fuzzer.input(index)
            figures.fuzzInputs += 1
            switch timed(text, fuzzOptions, &figures) {
            case .verdict: figures.fuzzVerdicts += 1
            case .claimError: figures.fuzzClaimErrors += 1
            case .unexpectedError(let e):
                figures.crashes += 1
                figures.failures.append(
                    ReliabilityFailure(kind: .unexpectedError, input: text, detail: e))
            }
        }
    }

    /// ``runClaims(_:into:)`` with `jobs` claims checked at a time.
    public func runClaims(
        _ indices: Range<Int>, jobs: Int, into figures: inout ReliabilityFigures
    ) {
        inParallel(indices, jobs: jobs, into: &figures) { $0.runClaims($1, into: &$2) }
    }

    /// ``runAttacks(_:into:)`` with `jobs` claims checked at a time.
    public func runAttacks(
        _ indices: Range<Int>, jobs: Int, into figures: inout ReliabilityFigures
    ) {
        inParallel(indices, jobs: jobs, into: &figures) { $0.runAttacks($1, into: &$2) }
    }

    /// ``runFuzz(_:into:)`` with `jobs` inputs checked at a time.
    public func runFuzz(_ indices: Range<Int>, jobs: Int, into figures: inout ReliabilityFigures) {
        let fuzzer = self.fuzzer
        inParallel(indices, jobs: jobs, into: &figures) {
            $0.runFuzz($1, fuzzer: fuzzer, into: &$2)
        }
    }

    /// Runs `body` on every index of `indices`, `jobs` at a time, each
    /// index into figures of its own, then merges them into `figures` in
    /// index order: counts and lists do not depend on `jobs` (only timings
    /// may). `jobs` below 1 counts as 1.
    func inParallel(
        _ indices: Range<Int>, jobs: Int, into figures: inout ReliabilityFigures,
        _ body: @Sendable (ReliabilityCampaign, Range<Int>, inout ReliabilityFigures) -> Void
    ) {
        let workers = Swift.max(1, Swift.min(jobs, indices.count))
        if workers == 1 {
            body(self, indices, &figures)
            return
        }
        let parts = Mutex<[ReliabilityFigures?]>(Array(repeating: nil, count: indices.count))
        let start = indices.lowerBound, count = indices.count
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for offset in stride(from: worker, to: count, by: workers) {
                var part = ReliabilityFigures()
                body(self, (start + offset)..<(start + offset + 1), &part)
                parts.withLock { $0[offset] = part }
            }
        }
        for part in parts.withLock({ $0 }) {
            if let part { figures.merge(part) }
        }
    }

    /// Checks `text`, recording a hang when it takes longer than ``timeBudget``.
    func timed(
        _ text: String, _ options: CheckOptions, _ figures: inout ReliabilityFigures
    ) -> InputOutcome {
        trace?(text)
        let start = MonotonicClock.seconds()
        let outcome = InputOutcome.check(text, options: options)
        let seconds = MonotonicClock.seconds() - start
        figures.slowestSeconds = Swift.max(figures.slowestSeconds, seconds)
        if seconds > timeBudget {
            figures.hangs += 1
            figures.failures.append(
                ReliabilityFailure(
                    kind: .hang, input: text, detail: "took \(seconds) s (budget \(timeBudget) s)"))
        }
        return outcome
    }
}
