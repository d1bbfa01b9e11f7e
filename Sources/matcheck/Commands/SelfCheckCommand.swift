import MatrixNumerics

/// `matcheck selfcheck [--seed N]`: a short table of numeric self-checks
/// (algebraic laws, derivatives, Jacobians); exits 1 if any fails.
struct SelfCheckCommand: Command {
    let name = "selfcheck"
    let summary = "check the numerics foundation (laws, derivatives, Jacobians) and print a table"
    let usage =
        """
            usage: matcheck selfcheck [--seed N]\n\nRandom matrices come from xoshiro256** seeded \
            with N (default 2026); the seed is printed so a failure replays exactly.
            """

    func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, flags: [], valueOptions: ["--seed"])
        guard args.positional.isEmpty else {
            throw UsageError("unexpected argument '\(args.positional[0])'")
        }
        let seed = try args.seed(default: 2026)
        print("numerics self-check, seed \(seed)\n")
        let checks = NumericSelfChecks.all(seed: seed)
        printSelfCheckTable(checks)
        let failures = checks.filter { !$0.passed }.count
        print("\n\(checks.count - failures) of \(checks.count) checks passed")
        return failures == 0 ? 0 : 1
    }
}
