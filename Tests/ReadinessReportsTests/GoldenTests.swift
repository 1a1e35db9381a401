import Foundation
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
        assertGolden(
            try format.text(result, rubric: rubric, strings: .english), named: "\(name).\(format.fileExtension)")
    }

    @Test(arguments: ReportFormat.allCases)
    func sameBytesTwice(format: ReportFormat) throws {
        let (result, rubric) = try ReportFixtures.reportCase("hostile")
        let first = try format.text(result, rubric: rubric, strings: .english)
        let again = try ReportFixtures.reportCase("hostile")
        #expect(try format.text(again.result, rubric: again.rubric, strings: .english) == first)
    }

    @Test func jsonIsTheReportValueWithTheResultInside() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let text = try ReportFormat.json.text(result, rubric: rubric, strings: .english)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["report_format"] as? Int == ReportJSON.version)
        let inner = try JSONSerialization.data(withJSONObject: try #require(object["result"]), options: [.sortedKeys])
        let plain = try JSONSerialization.jsonObject(with: Data(ResultJSON.text(result).utf8))
        #expect(inner == (try JSONSerialization.data(withJSONObject: plain, options: [.sortedKeys])))
    }

    @Test func reportJSONHoldsEveryFactAReportShows() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let facts = ReportFacts(result, rubric: rubric, strings: .english)
        let text = try ReportFormat.json.text(result, rubric: rubric, strings: .english)
        for step in facts.nextSteps {
            #expect(text.contains(JSONValue.string(step.key).rendered()))
            for advice in step.advice { #expect(text.contains(JSONValue.string(advice).rendered())) }
        }
        if let sentence = facts.gateSentence { #expect(text.contains(JSONValue.string(sentence).rendered())) }
        for row in facts.dimensions.flatMap(\.rows) {
            #expect(text.contains(JSONValue.string(row.question).rendered()))
        }
    }
}
