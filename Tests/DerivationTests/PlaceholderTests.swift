import Testing
@testable import Derivations
@testable import MatrixNumerics

@Test func derivationsModuleLinks() throws {
    let i = try Matrix<Double>.identity(2)
    #expect(try i.trace() == 2)
}
