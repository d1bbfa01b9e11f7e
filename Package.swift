// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "MatrixCalculus",
    products: [
        .library(name: "Numerics", targets: ["Numerics"]),
        .library(name: "Derivations", targets: ["Derivations"]),
        .library(name: "TexReading", targets: ["TexReading"]),
        .executable(name: "matcheck", targets: ["matcheck"]),
    ],
    targets: [
        .target(name: "CKernels"),
        .target(name: "Numerics", dependencies: ["CKernels"]),
        .target(name: "Derivations", dependencies: ["Numerics"]),
        .target(name: "TexReading", dependencies: ["Derivations"]),
        .executableTarget(name: "matcheck", dependencies: ["Numerics", "Derivations", "TexReading"]),
        .testTarget(name: "NumericsTests", dependencies: ["Numerics"]),
        .testTarget(name: "DerivationTests", dependencies: ["Numerics", "Derivations"]),
        .testTarget(name: "TexReadingTests", dependencies: ["Derivations", "TexReading"]),
    ],
    swiftLanguageModes: [.v6]
)
