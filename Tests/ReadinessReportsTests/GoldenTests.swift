import ReadinessKit
import ReadinessReports
import Testing

/// Every format's output for the fixtures, compared byte for byte with `Golden/`.
///
/// Re-record after an intended change: `READINESS_RECORD=1 swift test --filter ReadinessReportsTests`.
@Suite struct GoldenTests {
    static let cases = ["capped", "hostile", "small"]

    @Test(arguments: cases, ReportFormat.allCases)
    func matchesGolden(name: String, format: ReportFormat) throws {
        let (result, rubric) = try name == "small" ? ReportFixtures.smallCase() : ReportFixtures.reportCase(name)
        assertGolden(try format.render(result, rubric: rubric), named: "\(name).\(format.fileExtension)")
    }

    @Test(arguments: ReportFormat.allCases)
    func sameBytesTwice(format: ReportFormat) throws {
        let (result, rubric) = try ReportFixtures.reportCase("hostile")
        let first = try format.render(result, rubric: rubric)
        let again = try ReportFixtures.reportCase("hostile")
        #expect(try format.render(again.result, rubric: again.rubric) == first)
    }

    @Test func jsonIsTheResultJSON() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        #expect(try ReportFormat.json.render(result, rubric: rubric) == ResultJSON.text(result) + "\n")
    }
}
