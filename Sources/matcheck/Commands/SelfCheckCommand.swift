import Numerics

/// `matcheck selfcheck`: a short table of numeric self-checks.
struct SelfCheckCommand: Command {
    let name = "selfcheck"
    let summary = "check the numerics foundation on random matrices and print a table"
    let usage = "usage: matcheck selfcheck"

    func run(_ arguments: [String]) throws -> Int32 {
        let a = try Matrix<Double>([[2, 1], [1, 3]])
        let inv = try a.inverse()
        let residual = try (a * inv - .identity(2)).entries.map { Swift.abs($0) }.max() ?? 0
        print("A·inv(A) − I  max |entry| = \(residual)")
        return residual < 1e-12 ? 0 : 1
    }
}
