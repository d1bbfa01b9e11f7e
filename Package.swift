// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "MatrixCalculus",
    products: [
        .library(name: "Numerics", targets: ["Numerics"]),
        .library(name: "Derivations", targets: ["Derivations"]),
        .executable(name: "matcheck", targets: ["matcheck"]),
    ],
    targets: [
        .target(name: "CKernels"),
        .target(name: "Numerics", dependencies: ["CKernels"]),
        .target(name: "Derivations", dependencies: ["Numerics"]),
        // Seeded models with hand-written gradients for the gradient-check
        // tests and `matcheck bench gradcheck-zoo` (not a product).
        .target(name: "GradientCheckZoo", dependencies: ["Numerics"]),
        .executableTarget(name: "matcheck", dependencies: ["Numerics", "Derivations", "GradientCheckZoo"]),
        .testTarget(name: "NumericsTests", dependencies: ["Numerics", "GradientCheckZoo"]),
        .testTarget(name: "DerivationTests", dependencies: ["Numerics", "Derivations"]),
    ],
    swiftLanguageModes: [.v6]
)
