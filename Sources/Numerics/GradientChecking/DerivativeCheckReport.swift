/// The verdict of every derivative check (``DerivativeCheck``,
/// ``TaylorRemainderTest``).
public enum DerivativeCheckOutcome: String, Sendable, Equatable {
    /// Every compared entry lies within its bound.
    case passed
    /// At least one entry exceeds its bound, or the Taylor remainder shrinks
    /// an order too slowly: the claimed derivative is wrong.
    case failed
    /// Every point tried (the given one and its resamples) was not
    /// differentiable; see ``DerivativeCheckReport/kinks``.
    case notDifferentiable = "not differentiable"
    /// No sound verdict: the references disagree with each other, or the
    /// rounding floor swamps the Taylor remainder. The report says why.
    case inconclusive
}

/// The result of checking a claimed derivative against a reference.
///
/// Use it directly in Swift Testing; the description lists the verdict, the
/// worst entries in the user's shapes, the bound and the seed to replay:
///
/// ```swift
/// let check = try DerivativeCheck.gradient(of: loss, claimed: backprop, at: x)
/// #expect(check.passed, "\(check)")
/// ```
public struct DerivativeCheckReport: Sendable, CustomStringConvertible {
    /// The verdict of a check (shared by every check, see ``DerivativeCheckOutcome``).
    public typealias Outcome = DerivativeCheckOutcome

    /// What was checked.
    public let quantity: CheckedQuantity
    /// Full or fast.
    public let mode: CheckMode
    /// How the reference was computed.
    public let reference: ReferenceMethod
    /// The verdict.
    public let outcome: Outcome
    /// The worst compared entries, largest `|claimed − reference| / bound` first.
    public let worstEntries: [EntryDiscrepancy]
    /// How many entries (or probes) were compared.
    public let entriesChecked: Int
    /// How many of them exceed their bound.
    public let entriesFailed: Int
    /// How the bound was formed, in words.
    public let boundDescription: String
    /// The seed that replays every random choice.
    public let seed: UInt64
    /// The point the verdict is about (after any resampling).
    public let point: [Double]
    /// Kinks found on the way; non-empty means the original point was
    /// resampled.
    public let kinks: [KinkFinding]
    /// Function evaluations spent (values, references and claimed derivatives).
    public let evaluations: Int
    /// Further remarks (cross-check results, precision used).
    public private(set) var notes: [String]
    /// Fast mode: the largest `Σ|terms| / max|term|` over the probes `uᵀ J v`,
    /// the factor by which an error in one entry is diluted; `nil` in full mode.
    public let dilutionFactor: Double?
    /// Full mode: the seconds the check was estimated to take, before its
    /// reference passes started (one timed batch of reference columns × the
    /// batches, plus the claimed evaluations); `nil` in fast mode.
    public internal(set) var estimatedSeconds: Double?
    /// For a failed check whose discrepancies are within a small factor of
    /// their bounds and at the rounding level of the checked precision: why
    /// this may be rounding that nearby points do not redraw rather than a
    /// bug, and how to tell. A hint, not a verdict.
    public internal(set) var roundingHint: String?
    /// The shape of the checked input (set by ``DerivativeCheck``), so that
    /// ``pointMatrix`` and the description give the point as the user's matrix.
    public private(set) var pointShape: Shape?

    /// The point in the user's shape (a column when the shape is unknown).
    public var pointMatrix: Matrix<Double> {
        let shape = pointShape ?? Shape(point.count, 1)
        return Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: point)
    }

    /// The largest `bound / |reference|` over the listed entries: relative
    /// errors below it can pass unseen. `nil` when no listed entry has a
    /// nonzero reference.
    public var allowedRelativeError: Double? {
        worstEntries.filter { $0.reference != 0 }.map { $0.bound / Swift.abs($0.reference) }.max()
    }

    /// The same report with the input's shape attached and, for a
    /// finite-difference reference, the sensitivity it allowed stated.
    @usableFromInline
    func located(in shape: Shape) -> DerivativeCheckReport {
        var report = self
        if shape.count == point.count { report.pointShape = shape }
        if reference == .finiteDifferences, let allowed = allowedRelativeError {
            report.notes.append(
                "finite-difference reference (named in the options): the bounds allow relative "
                    + "errors up to " + NumberFormat.threeSignificant(allowed)
                    + " on the listed entries; a generic function checked by dual numbers allows "
                    + "far less"
            )
        }
        return report
    }

    /// Whether the claimed derivative agrees with the reference.
    public var passed: Bool { outcome == .passed }

    /// The entry with the largest `|claimed − reference| / bound`, if any.
    public var worstEntry: EntryDiscrepancy? { worstEntries.first }

    public init(
        quantity: CheckedQuantity, mode: CheckMode, reference: ReferenceMethod, outcome: Outcome,
        worstEntries: [EntryDiscrepancy], entriesChecked: Int, entriesFailed: Int,
        boundDescription: String,
        seed: UInt64, point: [Double], kinks: [KinkFinding], evaluations: Int, notes: [String],
        dilutionFactor: Double? = nil
    ) {
        self.dilutionFactor = dilutionFactor
        self.quantity = quantity
        self.mode = mode
        self.reference = reference
        self.outcome = outcome
        self.worstEntries = worstEntries
        self.entriesChecked = entriesChecked
        self.entriesFailed = entriesFailed
        self.boundDescription = boundDescription
        self.seed = seed
        self.point = point
        self.kinks = kinks
        self.evaluations = evaluations
        self.notes = notes
    }

    public var description: String {
        var lines: [String] = []
        let verdict: String
        switch outcome {
        case .passed: verdict = "passed"
        case .failed: verdict = "FAILED"
        case .notDifferentiable: verdict = "NOT DIFFERENTIABLE"
        case .inconclusive: verdict = "INCONCLUSIVE"
        }
        lines.append(
            "\(quantity) check \(verdict) (\(mode) mode, reference: \(reference), seed \(seed))")
        lines.append(
            "  \(entriesChecked) \(mode == .full ? "entries" : "probes") compared, "
                + "\(entriesFailed) outside the bound; bound = \(boundDescription)")
        if !worstEntries.isEmpty {
            lines.append("  worst \(worstEntries.count == 1 ? "entry" : "entries"):")
            for entry in worstEntries { lines.append("    " + entry.description) }
        }
        for kink in kinks { lines.append("  " + kink.description + "; resampled") }
        if !kinks.isEmpty { lines.append("  verdict is about the resampled point") }
        if outcome == .failed { lines.append("  " + pointDescription) }
        if let roundingHint { lines.append("  hint: " + roundingHint) }
        for note in notes { lines.append("  note: " + note) }
        lines.append("  \(evaluations) evaluations")
        return lines.joined(separator: "\n")
    }

    /// `at the point (2×3) [[…], […]]` (rows), abbreviated above 36 entries.
    var pointDescription: String {
        let matrix = pointMatrix
        let shape = matrix.shape
        guard matrix.count <= 36 else {
            let largest = point.map { Swift.abs($0) }.max() ?? 0
            return "at a point of shape \(shape.rows)×\(shape.cols), max |entry| "
                + NumberFormat.threeSignificant(largest) + " (report.pointMatrix has it)"
        }
        if shape.cols == 1 {
            let list = point.map { "\($0)" }.joined(separator: ", ")
            return "at the point (column of \(shape.rows)) [" + list + "]"
        }
        let rows = (0..<shape.rows).map { i in
            "[" + (0..<shape.cols).map { j in "\(matrix[i, j])" }.joined(separator: ", ") + "]"
        }
        return "at the point (\(shape.rows)×\(shape.cols)) [" + rows.joined(separator: ", ") + "]"
    }
}
