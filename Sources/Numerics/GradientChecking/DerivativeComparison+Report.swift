/// The report of a comparison: its bound in words, its notes and the rounding hint.
extension DerivativeComparison {
    func report(
        _ outcome: DerivativeCheckReport.Outcome, pass: Pass, order: [Int], failed: Int,
        x: [Double],
        kinks: [KinkFinding], options: DerivativeCheckOptions, extra: Int
    ) -> DerivativeCheckReport {
        let worst = order.prefix(options.worstEntryCount).map { pass.entries[$0] }
        let unitName = unitRoundoff > 1e-10 ? "u₃₂" : "u"
        let t = formatFactor(options.confidenceFactor)
        var sources: [String] = []
        if measuresNoise {
            sources.append(
                """
                noise: max(claimed's 4th differences over radii √\(unitName)…64√\(unitName), \
                |Δ(claimed − reference)| at \(options.noiseSamples) points ±√\(unitName) away)
                """
            )
        }
        if !reference.isExact { sources.append("Richardson error estimate") }
        let spread = sources.isEmpty ? "" : "\(t)·(\(sources.joined(separator: " + "))) + "
        let fastTerm = options.mode == .fast ? " + \(t)·\(unitName)·√(Σ terms² of uᵀJv)" : ""
        let bound =
            "\(spread)2·\(unitName)·(|claimed| + |reference|)\(fastTerm) + 2η, "
            + "\(unitName) = \(NumberFormat.threeSignificant(unitRoundoff)), η = "
            + "\(NumberFormat.threeSignificant(smallestMagnitude)) (underflow)"
        var notes = notes + pass.notes
        if let dilution = pass.dilution {
            notes.append(
                "fast-mode dilution Σ|terms| / max|term| = "
                    + "\(NumberFormat.threeSignificant(dilution)): "
                    + "a one-entry relative error below about "
                    + "bound·\(NumberFormat.threeSignificant(dilution))/|uᵀJv| is invisible"
            )
        }
        var report = DerivativeCheckReport(
            quantity: quantity, mode: options.mode, reference: reference, outcome: outcome,
            worstEntries: worst,
            entriesChecked: pass.entries.count, entriesFailed: failed, boundDescription: bound,
            seed: options.seed,
            point: x, kinks: kinks, evaluations: evaluationCount() + extra, notes: notes,
            dilutionFactor: pass.dilution)
        report.estimatedSeconds = pass.estimatedSeconds
        if outcome == .failed { report.roundingHint = roundingHint(pass.entries) }
        return report
    }

    /// The hint of ``DerivativeCheckReport/roundingHint``: every failing
    /// entry within ``roundingHintBoundRatio`` of its bound and with a relative
    /// error below ``roundingHintUnits`` unit roundoffs. A bug that small
    /// cannot be told from rounding that nearby points do not redraw.
    private func roundingHint(_ entries: [EntryDiscrepancy]) -> String? {
        let failing = entries.filter { !$0.withinBound }
        guard !failing.isEmpty, failing.allSatisfy({ $0.bound >= 0 }) else { return nil }
        let ratio = failing.map(\.boundRatio).max() ?? .infinity
        let relative =
            failing.map { entry in
                Swift.abs(entry.claimed - entry.reference)
                    / max(
                        Swift.abs(entry.reference), Swift.abs(entry.claimed), .leastNormalMagnitude)
            }.max() ?? .infinity
        guard ratio <= Self.roundingHintBoundRatio,
            relative <= Self.roundingHintUnits * unitRoundoff
        else { return nil }
        let units = relative / unitRoundoff
        return """
            the failing entries are within \(formatFactor(ratio.rounded(.up)))× their bounds and \
            their relative error (at most \(NumberFormat.threeSignificant(relative)), \
            \(formatFactor(units.rounded(.up)))·u) is at the rounding level of the checked \
            precision: this may be rounding that nearby points do not redraw (a long reduction \
            whose terms are far below the running sum, data rounded to the claimed precision) \
            rather than a bug. A pairwise or compensated sum, or the same code in Float64, \
            tells them apart.
            """
    }

    /// See ``roundingHint(_:)``.
    static let roundingHintBoundRatio = 16.0
    /// See ``roundingHint(_:)``: 4096 u is 2.4e-4 in `Float`, 9.1e-13 in `Double`.
    static let roundingHintUnits = 4096.0
}

/// `8` for integral factors, else three significant digits.
func formatFactor(_ x: Double) -> String {
    x == x.rounded() && Swift.abs(x) < 1e6 ? String(Int(x)) : NumberFormat.threeSignificant(x)
}
