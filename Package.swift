// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "readiness",
    products: [
        .executable(name: "readiness", targets: ["readiness"]),
        .library(name: "ReadinessKit", targets: ["ReadinessKit"]),
        .library(name: "ReadinessReports", targets: ["ReadinessReports"]),
        // The fuzz targets' entry points, for the libFuzzer package in Fuzz/ and the corpus tests.
        .library(name: "ReadinessFuzzing", targets: ["ReadinessFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "ReadinessKit",
            dependencies: ["CYaml", .product(name: "CSV", package: "CSV.swift")],
            exclude: ["README.md"]
        ),
        .target(
            name: "ReadinessReports",
            dependencies: ["ReadinessKit"],
            exclude: ["README.md"]
        ),
        .target(
            name: "ReadinessFuzzing",
            dependencies: ["ReadinessKit", "ReadinessReports"]
        ),
        .executableTarget(
            name: "readiness",
            dependencies: [
                "ReadinessKit", "ReadinessReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .testTarget(name: "ReadinessKitTests", dependencies: ["ReadinessKit"]),
        .testTarget(
            name: "ReadinessReportsTests",
            dependencies: [
                "ReadinessReports", "ReadinessKit",
            ], exclude: ["Golden"]),
        .testTarget(name: "ReadinessFuzzingTests", dependencies: ["ReadinessFuzzing"]),
        .testTarget(name: "ReadinessCLITests", dependencies: ["readiness", "ReadinessKit"]),
    ],
    swiftLanguageModes: [.v6]
)
