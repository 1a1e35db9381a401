// swift-tools-version:6.0
// libFuzzer targets for readiness, kept out of the main package so `swift build` and
// `swift test` there neither build nor link them. Build with `swift build --sanitize fuzzer`
// (see run.sh and README.md).
import PackageDescription

/// One executable per fuzz target; each holds only its `LLVMFuzzerTestOneInput`.
let targets = [
    "yaml": "FuzzYAML", "csv": "FuzzCSV", "extends": "FuzzExtends",
    "markdown": "FuzzMarkdown", "html": "FuzzHTML",
]

let package = Package(
    name: "readiness-fuzz",
    dependencies: [.package(name: "readiness", path: "..")],
    targets: targets.values.sorted().map { name in
        .executableTarget(name: name, dependencies: [.product(name: "ReadinessFuzzing", package: "readiness")])
    },
    swiftLanguageModes: [.v6]
)
