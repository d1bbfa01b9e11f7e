/// One `matcheck` sub-command.
protocol Command: Sendable {
    /// The word that selects the command (`check`, `bench`, …).
    var name: String { get }
    /// One line for `matcheck --help`.
    var summary: String { get }
    /// Usage lines shown by `matcheck <name> --help`.
    var usage: String { get }
    /// Runs the command on the arguments after its name; returns the exit status.
    func run(_ arguments: [String]) throws -> Int32
}
