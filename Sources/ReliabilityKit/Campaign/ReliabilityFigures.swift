/// One failure found by the reliability campaign, with the input that
/// reproduces it.
public struct ReliabilityFailure: Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable {
        /// A true-by-construction claim was refuted.
        case trueRefuted = "true claim refuted"
        /// A true-by-construction claim was rejected with a ClaimError (generator or checker bug).
        case trueRejected = "true claim rejected"
        /// A mutant that is not an identity was reported proved or holding.
        case mutantAccepted = "mutant accepted"
        /// A check threw something other than a ClaimError.
        case unexpectedError = "unexpected error"
        /// A mutant the symbolic detector called equivalent, refuted by the
        /// independent certified oracle.
        case oracleDisagreement = "oracle disagreement"
        /// A false attack-style claim was reported proved or holding.
        case attackAccepted = "attack accepted"
        /// A check took longer than the time budget.
        case hang = "hang"
        /// A subprocess `matcheck check` died from a signal or exited outside 0–3.
        case crash = "crash"
    }

    public let kind: Kind
    /// The input (claim text).
    public let input: String
    /// Details: the verdict, the error, the time.
    public let detail: String

    public init(kind: Kind, input: String, detail: String) {
        self.kind = kind
        self.input = input
        self.detail = detail
    }

    public var description: String { "\(kind.rawValue): \(input)\n    \(detail)" }
}

/// The figures of a reliability campaign.
public struct ReliabilityFigures: Sendable, Equatable {
    /// Generated true claims checked.
    public var claims = 0
    /// True claims proved, held numerically, refuted, inconclusive.
    public var trueProved = 0
    public var trueHolds = 0
    public var trueRefuted = 0
    public var trueInconclusive = 0
    /// True claims rejected with a ClaimError (should be 0).
    public var trueRejected = 0
    /// Mutants generated (one per claim where a mutation applies).
    public var mutants = 0
    /// Mutants recognised as still identities (set aside).
    public var mutantsEquivalent = 0
    /// Attack-style claims checked (all false).
    public var attacks = 0
    /// Of those, refuted.
    public var attacksRefuted = 0
    /// Of those, reported proved or holding: false verdicts.
    public var attacksAccepted = 0
    /// Of those, inconclusive (not a false verdict, but not decided).
    public var attacksInconclusive = 0
    /// The inconclusive attack claims with their reasons.
    public var inconclusiveAttacks: [String] = []
    /// "Equivalent" mutants the independent oracle (``CertifiedOracle``) examined.
    public var oracleChecks = 0
    /// Of those, the ones where it found a certified point of difference.
    public var oracleDisagreements = 0
    /// Mutants the detector could not decide (symbolic budget at some small
    /// shape, exact equality at every other) that the checker accepted: set
    /// aside as probably equivalent, and listed in ``undecided``.
    public var mutantsUndecided = 0
    /// The undecided mutants' texts and reasons.
    public var undecided: [String] = []
    /// Non-equivalent mutants reported proved or holding (must be 0).
    public var mutantsAccepted = 0
    /// Non-equivalent mutants refuted with a counterexample.
    public var mutantsRefuted = 0
    /// Non-equivalent mutants found inconclusive.
    public var mutantsInconclusive = 0
    /// Fuzz inputs run, and how they ended.
    public var fuzzInputs = 0
    public var fuzzVerdicts = 0
    public var fuzzClaimErrors = 0
    /// Fuzz inputs also run as a `matcheck check` subprocess.
    public var subprocessInputs = 0
    /// Crashes (subprocess signal or exit status outside 0–3; unexpected in-process errors).
    public var crashes = 0
    /// Checks over the time budget.
    public var hangs = 0
    /// The slowest check, in seconds.
    public var slowestSeconds = 0.0
    /// Refutations of mutants by the mutation that made them.
    public var refutedByMutation: [String: Int] = [:]
    /// The inconclusive mutants' texts and reasons.
    public var inconclusiveMutants: [String] = []
    /// Inconclusive reasons of mutants (first words), counted.
    public var inconclusiveReasons: [String: Int] = [:]
    /// Every failure, with its reproducer.
    public var failures: [ReliabilityFailure] = []

    public init() {}

    /// The fraction of examined "equivalent" mutants on which the oracle
    /// agrees (no certified difference found); 1 when none was examined.
    public var oracleAgreement: Double {
        oracleChecks == 0 ? 1 : Double(oracleChecks - oracleDisagreements) / Double(oracleChecks)
    }

    /// Refuted mutants as a fraction of non-equivalent mutants.
    public var mutantRefutationRate: Double {
        let decided = mutantsAccepted + mutantsRefuted + mutantsInconclusive
        return decided == 0 ? 1 : Double(mutantsRefuted) / Double(decided)
    }
}

extension ReliabilityFigures {
    /// Adds the counts of `other` and appends its lists: the figures of
    /// disjoint inputs, gathered apart (in parallel), merged in input order.
    /// The slowest check is the slower of the two.
    public mutating func merge(_ other: ReliabilityFigures) {
        claims += other.claims
        trueProved += other.trueProved
        trueHolds += other.trueHolds
        trueRefuted += other.trueRefuted
        trueInconclusive += other.trueInconclusive
        trueRejected += other.trueRejected
        mutants += other.mutants
        mutantsEquivalent += other.mutantsEquivalent
        attacks += other.attacks
        attacksRefuted += other.attacksRefuted
        attacksAccepted += other.attacksAccepted
        attacksInconclusive += other.attacksInconclusive
        inconclusiveAttacks += other.inconclusiveAttacks
        oracleChecks += other.oracleChecks
        oracleDisagreements += other.oracleDisagreements
        mutantsUndecided += other.mutantsUndecided
        undecided += other.undecided
        mutantsAccepted += other.mutantsAccepted
        mutantsRefuted += other.mutantsRefuted
        mutantsInconclusive += other.mutantsInconclusive
        fuzzInputs += other.fuzzInputs
        fuzzVerdicts += other.fuzzVerdicts
        fuzzClaimErrors += other.fuzzClaimErrors
        subprocessInputs += other.subprocessInputs
        crashes += other.crashes
        hangs += other.hangs
        slowestSeconds = Swift.max(slowestSeconds, other.slowestSeconds)
        refutedByMutation.merge(other.refutedByMutation, uniquingKeysWith: +)
        inconclusiveMutants += other.inconclusiveMutants
        inconclusiveReasons.merge(other.inconclusiveReasons, uniquingKeysWith: +)
        failures += other.failures
    }
}
