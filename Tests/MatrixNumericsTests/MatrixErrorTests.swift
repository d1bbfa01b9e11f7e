import Testing
@testable import MatrixNumerics

/// Every throwing matrix operation, with the message naming the shapes.
@Suite struct MatrixErrorTests {
    let twoByThree: Matrix<Double>
    let threeByTwo: Matrix<Double>

    init() throws {
        twoByThree = try Matrix([[1, 2, 3], [4, 5, 6]])
        threeByTwo = try Matrix([[1, 2], [3, 4], [5, 6]])
    }

    func message(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch { return "\(error)" }
    }

    @Test func constructionErrors() {
        #expect(
            message { try Matrix<Double>(rows: 2, cols: 3, storage: [1, 2, 3, 4, 5]) }
                == "matrix: (2×3): storage has 5 entries, expected 6")
        #expect(
            message { try Matrix<Double>(rows: -1, cols: 2, storage: []) }
                == "matrix: dimensions -1×2 are negative or too large")
        #expect(
            message { try Matrix<Double>(rows: Int.max, cols: 2, storage: []) }
                == "matrix: dimensions \(Int.max)×2 are negative or too large")
        #expect(
            message { try Matrix<Double>([[1, 2], [3, 4, 5]]) }
                == "matrix from rows: (2×2): row 1 has 3 entries, row 0 has 2")
        #expect(
            message { try Matrix<Double>(rows: 2, cols: -3) { _, _ in 0 } }
                == "matrix from closure: dimensions 2×-3 are negative or too large")
        #expect(
            message { try Matrix<Double>.zeros(-1, 1) }
                == "zeros: dimensions -1×1 are negative or too large")
        #expect(
            message { try Matrix<Double>.ones(1, -1) }
                == "ones: dimensions 1×-1 are negative or too large")
        #expect(
            message { try Matrix<Double>.identity(-2) }
                == "zeros: dimensions -2×-2 are negative or too large")
    }

    @Test func indexErrors() {
        #expect(
            message { try twoByThree.entry(2, 0) } == "entry: (2×3): index [2, 0] is out of range")
        #expect(
            message { try twoByThree.entry(0, -1) } == "entry: (2×3): index [0, -1] is out of range"
        )
        #expect(
            message { try twoByThree.column(3) } == "column: (2×3): index [0, 3] is out of range")
        #expect(message { try twoByThree.row(2) } == "row: (2×3): index [2, 0] is out of range")
    }

    @Test func binaryOperationErrors() {
        #expect(message { try twoByThree + threeByTwo } == "matrix sum: (2×3)·(3×2): shapes differ")
        #expect(
            message { try twoByThree - threeByTwo }
                == "matrix difference: (2×3)·(3×2): shapes differ")
        #expect(
            message { try twoByThree * twoByThree }
                == "matrix product: (2×3)·(2×3): inner dimensions 3 and 2 differ")
        #expect(
            message { try twoByThree.hadamard(threeByTwo) }
                == "Hadamard product: (2×3)·(3×2): shapes differ")
        #expect(
            message { try twoByThree.hadamardDivision(threeByTwo) }
                == "Hadamard division: (2×3)·(3×2): shapes differ")
    }

    @Test func squareOnlyErrors() {
        #expect(message { try twoByThree.trace() } == "trace: (2×3): matrix is not square")
        #expect(
            message { try twoByThree.determinant() } == "determinant: (2×3): matrix is not square")
        #expect(message { try twoByThree.inverse() } == "inverse: (2×3): matrix is not square")
        #expect(
            message { try twoByThree.diag() } == "diag: (2×3): expected a vector or a square matrix"
        )
    }

    @Test func singularErrors() throws {
        #expect(
            message { try Matrix<Double>([[1, 2], [2, 4]]).inverse() }
                == "inverse: (2×2): matrix is singular")
        #expect(
            message { try Matrix<Double>.zeros(3, 3).inverse() }
                == "inverse: (3×3): matrix is singular")
        // A NaN is not a singularity: it gets its own error, naming the entry.
        #expect(
            message { try Matrix<Double>([[.nan, 2], [1, 1]]).inverse() }
                == "inverse: (2×2): entry [0, 0] is not finite")
        // Singular in the value part, though the derivative part is not: the
        // inverse (and its derivative) does not exist there.
        let dual = try Matrix<Dual<Double>>([[Dual(1, 1), Dual(2, 0)], [Dual(2, 0), Dual(4, 0)]])
        #expect(message { try dual.inverse() } == "inverse: (2×2): matrix is singular")
        let complex = try Matrix<Complex<Double>>([
            [Complex(1, 1e-200), Complex(2)], [Complex(2), Complex(4)],
        ])
        #expect(message { try complex.inverse() } == nil)  // genuinely invertible over ℂ
    }

    @Test func reshapeAndKroneckerErrors() throws {
        #expect(
            message { try twoByThree.unvec(rows: 4, cols: 2) }
                == "unvec: (2×3): 6 entries cannot be reshaped to (4×2)")
        #expect(
            message { try twoByThree.unvec(rows: -2, cols: -3) }
                == "unvec: dimensions -2×-3 are negative or too large")
        // An empty matrix with huge dimensions: the Kronecker product's size overflows.
        let tall = try Matrix<Double>(rows: Int.max / 2, cols: 0, storage: [])
        #expect(
            message { try tall.kroneckerProduct(tall) }
                == "Kronecker product: dimensions \(Int.max / 2)×0 are negative or too large")
    }
}
