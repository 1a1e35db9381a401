import Foundation
import Testing

/// Compares text with a golden file in `Golden/`, like swift-argument-parser's `assertSnapshot`.
///
/// When the file is missing, or the environment variable `READINESS_RECORD=1` is set, the
/// text is written as the new baseline and the test fails, so a changed baseline is always seen
/// (and reviewed in the diff) before it is committed.
func assertGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = ReportFixtures.goldenFolder.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["READINESS_RECORD"] == "1"
    let expected = try? String(contentsOf: url, encoding: .utf8)
    if record || expected == nil {
        do {
            try FileManager.default.createDirectory(at: ReportFixtures.goldenFolder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("cannot write golden file \(url.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        Issue.record(
            "recorded golden file Golden/\(name); check it and run again without READINESS_RECORD",
            sourceLocation: sourceLocation)
        return
    }
    guard let expected, expected != actual else { return }
    let message =
        "\(name) differs from its golden file:\n\(firstDifference(expected, actual))\n"
        + "Re-record with READINESS_RECORD=1 swift test --filter ReadinessReportsTests if the change is intended."
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// The first differing line of two texts, with its number.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
        let left = index < a.count ? String(a[index]) : "<end of file>"
        let right = index < b.count ? String(b[index]) : "<end of file>"
        if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
    }
    return "(same lines; different line endings)"
}
