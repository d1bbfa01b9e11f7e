// swift-tools-version: 6.0
import PackageDescription

// The target graph (docs/architecture.md); each target imports only targets to its left:
//
//   CKernels → MatrixNumerics → SymbolicAlgebra ─┐
//                            → ClaimLanguage ────┴→ ClaimChecking → Derivations ─┐
//                            → Networks                          → TexReading ──┼→ matcheck
//                                                                → Deriving ────┤
//                                                                → ReliabilityKit (not a product)
//                            → DifferentiableSwiftCheck, GradientCheckZoo (not a product)
//
// Module names are chosen not to collide with widely used packages: the folder
// `Sources/Numerics` builds the module `MatrixNumerics` (apple/swift-numerics owns `Numerics`).
let package = Package(
    name: "MatrixCalculus",
    products: [
        /// The regression guard: matrices, checkable scalars, finite differences, derivative
        /// checks.
        /// `DifferentiableSwiftCheck` checks the derivatives registered with Swift's
        /// `_Differentiation` (empty where the toolchain lacks the module).
        .library(name: "MatrixNumerics", targets: ["MatrixNumerics", "DifferentiableSwiftCheck"]),
        /// The claim checker, the symbolic engine, the catalogue of the notes, LaTeX notes,
        /// certified derivatives and the notes' network algorithms.
        .library(
            name: "Derivations",
            targets: [
                "Derivations", "ClaimChecking", "ClaimLanguage", "SymbolicAlgebra", "Networks",
                "TexReading", "Deriving",
            ]),
        .executable(name: "matcheck", targets: ["matcheck"]),
    ],
    targets: [
        .target(name: "CKernels"),
        .target(name: "MatrixNumerics", dependencies: ["CKernels"], path: "Sources/Numerics"),
        .target(name: "SymbolicAlgebra", dependencies: ["MatrixNumerics"]),
        .target(name: "ClaimLanguage", dependencies: ["MatrixNumerics"]),
        .target(
            name: "ClaimChecking",
            dependencies: ["MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage"]),
        .target(name: "Networks", dependencies: ["MatrixNumerics"]),
        // Seeded models with hand-written gradients for the gradient-check
        // tests and `matcheck bench gradcheck-zoo` (not a product).
        .target(name: "GradientCheckZoo", dependencies: ["MatrixNumerics"]),
        // Checks Swift's registered derivatives (`_Differentiation`); empty
        // where the toolchain lacks the module.
        .target(name: "DifferentiableSwiftCheck", dependencies: ["MatrixNumerics"]),
        .target(
            name: "Derivations",
            dependencies: ["MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking"]),
        .target(name: "TexReading", dependencies: ["ClaimLanguage", "ClaimChecking"]),
        .target(
            name: "ReliabilityKit",
            dependencies: ["MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking"]),
        .target(
            name: "Deriving", dependencies: ["MatrixNumerics", "ClaimLanguage", "ClaimChecking"]),
        .executableTarget(
            name: "matcheck",
            dependencies: [
                "MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking",
                "Networks", "Derivations", "ReliabilityKit", "TexReading", "Deriving",
                "GradientCheckZoo",
            ]),
        .testTarget(
            name: "MatrixNumericsTests", dependencies: ["MatrixNumerics", "GradientCheckZoo"]),
        .testTarget(
            name: "DifferentiableSwiftCheckTests",
            dependencies: ["MatrixNumerics", "DifferentiableSwiftCheck"]),
        .testTarget(
            name: "SymbolicAlgebraTests", dependencies: ["MatrixNumerics", "SymbolicAlgebra"]),
        .testTarget(name: "ClaimLanguageTests", dependencies: ["MatrixNumerics", "ClaimLanguage"]),
        .testTarget(
            name: "ClaimCheckingTests",
            dependencies: ["MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking"]),
        .testTarget(name: "NetworksTests", dependencies: ["MatrixNumerics", "Networks"]),
        .testTarget(
            name: "DerivationTests",
            dependencies: ["MatrixNumerics", "ClaimLanguage", "ClaimChecking", "Derivations"]),
        .testTarget(
            name: "DerivingTests",
            dependencies: ["MatrixNumerics", "ClaimLanguage", "ClaimChecking", "Deriving"]),
        .testTarget(
            name: "ReliabilityKitTests",
            dependencies: ["ClaimLanguage", "ClaimChecking", "ReliabilityKit"]),
        .testTarget(
            name: "TexReadingTests",
            dependencies: ["ClaimLanguage", "ClaimChecking", "TexReading", "Derivations"],
            exclude: ["Fixtures"]),
        .testTarget(name: "MatcheckCommandTests", dependencies: ["matcheck"]),
        .testTarget(
            name: "DocumentationTests",
            dependencies: [
                "MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking", "Networks",
                "Derivations",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
