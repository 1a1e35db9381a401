import Foundation
import ReadinessKit
import ReadinessReports
import Testing

/// The committed sample reports in `Reports/` are what the current code writes for the demo cohort.
///
/// Regenerate them with `swift run readiness batch Examples/demo-cohort` (the README's demo command).
@Suite struct SampleReportsTests {
    static let cohort = "Examples/demo-cohort"
    static let command = "swift run readiness batch Examples/demo-cohort"

    @Test func reportsAreUpToDate() throws {
        let results = try ReportFixtures.folderCases(Self.cohort)
        let slugs = Slug.unique(results.map(\.result.startup), reserved: ["cohort"])
        for ((result, rubric), slug) in zip(results, slugs) {
            for format in ReportFormat.defaults {
                let name = "Reports/\(slug).\(format.fileExtension)"
                let committed = try? ReportFixtures.text(name)
                let current = try format.text(result, rubric: rubric, strings: .english)
                guard let committed else {
                    Issue.record("\(name) is missing; run: \(Self.command)")
                    continue
                }
                if committed != current {
                    Issue.record("\(name) is stale; run: \(Self.command)\n\(firstDifference(committed, current))")
                }
            }
        }
    }
}
