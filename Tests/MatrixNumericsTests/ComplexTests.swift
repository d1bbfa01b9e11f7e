import Foundation
import Testing
@testable import MatrixNumerics

@Suite struct ComplexTests {
    /// The complex step `h`: tiny enough that `O(h²)` vanishes.
    static let step = 1e-200

    @Test(arguments: ElementaryFunctionCase.allPairs)
    func complexStepDerivativeMatchesClosedForm(function: ElementaryFunctionCase, x: Double) {
        let y = function.apply(Complex(x, ComplexTests.step))
        #expect(relativeError(y.real, function.apply(x)) <= 1e-15, "value of \(function) at \(x)")
        let slope = y.imaginary / ComplexTests.step
        #expect(
            relativeError(slope, function.firstDerivative(x)) <= 1e-14,
            "\(function)′(\(x)) = \(slope), closed form \(function.firstDerivative(x))")
    }

    func close(
        _ z: Complex<Double>, _ real: Double, _ imaginary: Double, _ tolerance: Double = 1e-14
    ) -> Bool {
        Swift.abs(z.real - real) <= tolerance * Swift.max(1, Swift.abs(real))
            && Swift.abs(z.imaginary - imaginary) <= tolerance * Swift.max(1, Swift.abs(imaginary))
    }

    @Test func knownValuesOfAnalyticContinuations() {
        #expect(close(Complex.exp(Complex(0, Double.pi)), -1, 0))
        #expect(close(Complex.log(Complex(-1.0)), 0, Double.pi))
        #expect(close(Complex.sqrt(Complex(-4.0)), 0, 2))
        #expect(close(Complex.sqrt(Complex(-4.0, -0.0)), 0, -2))
        #expect(close(Complex.sqrt(Complex(3.0, 4.0)), 2, 1))
        // tanh(a + bi) = (sinh 2a + i sin 2b)/(cosh 2a + cos 2b)
        let a = 0.7, b = -1.2, d = Foundation.cosh(2 * a) + Foundation.cos(2 * b)
        #expect(
            close(
                Complex.tanh(Complex(a, b)), Foundation.sinh(2 * a) / d, Foundation.sin(2 * b) / d))
        // sin(a + bi) = sin a cosh b + i cos a sinh b
        #expect(
            close(
                Complex.sin(Complex(a, b)), Foundation.sin(a) * Foundation.cosh(b),
                Foundation.cos(a) * Foundation.sinh(b)))
        // (1 + i)² = 2i through the real-exponent path
        #expect(close(Complex.pow(Complex(1.0, 1.0), Complex(2.0)), 0, 2))
        #expect(Complex.pow(Complex(0.0), Complex(2.0)) == .zero)
    }

    @Test func identitiesAtComplexPoints() {
        for z in [Complex(0.3, 0.9), Complex(-1.4, 0.2), Complex(2.2, -0.5)] {
            let s = Complex.sin(z), c = Complex.cos(z)
            #expect(close(s * s + c * c, 1, 0, 1e-13))
            #expect(close(Complex.log(Complex.exp(z)), z.real, z.imaginary))
            let root = Complex.sqrt(z)
            #expect(close(root * root, z.real, z.imaginary))
            // σ(z) + σ(−z) = 1 and softplus(z) − softplus(−z) = z
            #expect(close(Complex.sigmoid(z) + Complex.sigmoid(-z), 1, 0))
            #expect(close(Complex.softplus(z) - Complex.softplus(-z), z.real, z.imaginary))
            #expect(
                close(
                    Complex.exp(Complex.softplus(z)), 1 + Complex.exp(z).real,
                    Complex.exp(z).imaginary, 1e-13))
        }
    }

    @Test func smithDivisionAvoidsOverflow() {
        let big = Complex(1e300, 1e300)
        #expect(close(big / big, 1, 0))
        let z = Complex(1.5, -2.0), w = Complex(-0.25, 3.0)
        #expect(close(z / w * w, z.real, z.imaginary))
    }

    @Test func reluSubgradientAtKinkIsZero() {
        #expect(Complex.relu(Complex(0.0, ComplexTests.step)) == .zero)
    }

    @Test func complexMatrixInverseUsesModulusPivoting() throws {
        // The first column's largest entry by modulus is 3i (row 1), not the real 1.
        let m = try Matrix<Complex<Double>>([
            [Complex(1, 0), Complex(2, 1)], [Complex(0, 3), Complex(1, -1)],
        ])
        let product = try m * m.inverse()
        let identity = try Matrix<Complex<Double>>.identity(2)
        for k in 0..<4 {
            #expect(Swift.abs(product.entries[k].real - identity.entries[k].real) <= 1e-15)
            #expect(Swift.abs(product.entries[k].imaginary) <= 1e-15)
        }
        #expect(Complex(3.0, 4.0).pivotMagnitude == 5)
    }
}
