import Foundation
import ReadinessKit
import ReadinessReports
import Testing

/// Dutch outputs byte for byte: a demo startup's report in every format and the built-in
/// rubric's handbook, from the built-in rubric seen in Dutch.
///
/// Re-record after an intended change: `READINESS_RECORD=1 swift test --filter DutchGoldenTests`.
@Suite struct DutchGoldenTests {
    static func dutchRubric() throws -> Rubric {
        try ReportFixtures.rubric(at: "Rubrics/investor-readiness.yaml").viewed(in: "nl").rubric
    }

    @Test(arguments: ReportFormat.allCases)
    func report(format: ReportFormat) throws {
        let rubric = try Self.dutchRubric()
        let result = try ReportFixtures.assess("Examples/demo-cohort/lumen-cryo.yaml", rubric: rubric)
        assertGolden(
            try format.text(result, rubric: rubric, strings: .dutch), named: "nl-lumen-cryo.\(format.fileExtension)")
    }

    @Test(arguments: HandbookFormat.allCases)
    func handbook(format: HandbookFormat) throws {
        let text = format.render(try Self.dutchRubric(), strings: .dutch)
        assertGolden(text, named: "nl-investor-readiness-handbook.\(format.fileExtension)")
    }
}
