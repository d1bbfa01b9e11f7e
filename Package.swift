// swift-tools-version: 6.0
import PackageDescription

// The target graph (docs/architecture.md):
//
//   CKernels ← MatrixNumerics ← SymbolicAlgebra ← ClaimChecking ← Derivations ← matcheck
//                     ↑                               ↑    ↑
//                     ├──────── ClaimLanguage ────────┘    └── ReliabilityKit (not a product)
//                     └──────── Networks
//   ClaimLanguage, ClaimChecking ← TexReading ← matcheck
//
// Module names are chosen not to collide with widely used packages: the folder
// `Sources/Numerics` builds the module `MatrixNumerics` (apple/swift-numerics owns `Numerics`).
let package = Package(
    name: "MatrixCalculus",
    products: [
        /// The regression guard: matrices, checkable scalars, finite differences, derivative checks.
        .library(name: "MatrixNumerics", targets: ["MatrixNumerics"]),
        /// The claim checker, the catalogue of the notes and the notes' network algorithms.
        .library(
            name: "Derivations",
            targets: ["Derivations", "ClaimChecking", "ClaimLanguage", "SymbolicAlgebra", "Networks"]),
        /// `matcheck tex`: reads derivations written in Markdown and LaTeX into claims.
        .library(name: "TexReading", targets: ["TexReading"]),
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
        .target(
            name: "Derivations",
            dependencies: ["MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking"]),
        .target(name: "TexReading", dependencies: ["ClaimLanguage", "ClaimChecking"]),
        .target(
            name: "ReliabilityKit",
            dependencies: ["MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking"]),
        .executableTarget(
            name: "matcheck",
            dependencies: [
                "MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking",
                "Networks", "Derivations", "ReliabilityKit", "TexReading",
            ]),
        .testTarget(name: "MatrixNumericsTests", dependencies: ["MatrixNumerics"]),
        .testTarget(name: "SymbolicAlgebraTests", dependencies: ["MatrixNumerics", "SymbolicAlgebra"]),
        .testTarget(name: "ClaimLanguageTests", dependencies: ["MatrixNumerics", "ClaimLanguage"]),
        .testTarget(
            name: "ClaimCheckingTests",
            dependencies: ["MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking"]),
        .testTarget(name: "NetworksTests", dependencies: ["MatrixNumerics", "Networks"]),
        .testTarget(
            name: "DerivationTests",
            dependencies: ["MatrixNumerics", "ClaimLanguage", "ClaimChecking", "Derivations"]),
        .testTarget(
            name: "ReliabilityKitTests",
            dependencies: ["ClaimLanguage", "ClaimChecking", "ReliabilityKit"]),
        .testTarget(
            name: "TexReadingTests",
            dependencies: ["ClaimLanguage", "ClaimChecking", "TexReading", "Derivations"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "DocumentationTests",
            dependencies: [
                "MatrixNumerics", "SymbolicAlgebra", "ClaimLanguage", "ClaimChecking", "Networks",
                "Derivations",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
