// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "MatrixCalculus",
    products: [
        .library(name: "Numerics", targets: ["Numerics"]),
        .library(name: "Derivations", targets: ["Derivations"]),
        .library(name: "Deriving", targets: ["Deriving"]),
        .executable(name: "matcheck", targets: ["matcheck"]),
    ],
    targets: [
        .target(name: "CKernels"),
        .target(name: "Numerics", dependencies: ["CKernels"]),
        .target(name: "Derivations", dependencies: ["Numerics"]),
        .target(name: "Deriving", dependencies: ["Numerics", "Derivations"]),
        .executableTarget(name: "matcheck", dependencies: ["Numerics", "Derivations", "Deriving"]),
        .testTarget(name: "NumericsTests", dependencies: ["Numerics"]),
        .testTarget(name: "DerivationTests", dependencies: ["Numerics", "Derivations"]),
        .testTarget(name: "DerivingTests", dependencies: ["Numerics", "Derivations", "Deriving"]),
    ],
    swiftLanguageModes: [.v6]
)
