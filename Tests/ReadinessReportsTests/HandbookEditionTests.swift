import ReadinessKit
import ReadinessReports
import Testing

/// The handbook of a second-edition rubric: named caps, required evidence, a question's own
/// pass, provisional results, a ladder per dimension and what `extends` changed.
@Suite("Second-edition handbooks")
struct HandbookEditionTests {
    @Test(arguments: HandbookFormat.allCases)
    func secondEditionRules(_ format: HandbookFormat) throws {
        let text = format.render(try ReportFixtures.rubric(at: "Tests/Fixtures/format2/rubric.yaml"), strings: .english)
        // tech.ip names its cap; team.founders uses the shorthand (the second verdict).
        #expect(text.contains("score below 0.3 caps the verdict at Not ready."))
        #expect(text.contains("score below 0.5 caps the verdict at Almost."))
        #expect(text.contains("capped at the verdict that gate names"))
        #expect(text.contains("counts for 50 % of its score"))
        #expect(text.contains("passes its level from 0.6"))
        #expect(text.contains("less than 75 % of the overall score rests on answers"))
        // Team's own ladder names its levels; Technology falls back to the rubric's.
        #expect(text.contains("level 2 · Advisors"))
        #expect(text.contains("level 2 · Prototype"))
        #expect(!text.contains("What this rubric changes."))
    }

    @Test("per-dimension ladders get a table each")
    func ladders() throws {
        let text = HandbookMarkdownWriter.write(
            try ReportFixtures.rubric(at: "Tests/Fixtures/format2/rubric.yaml"),
            strings: .english)
        #expect(
            text.contains("### 1. Team\n\n| Level | Name | Questions |\n| ---: | --- | --- |\n| 1 | Founders | 1.1 |"))
        #expect(
            text.contains("### 2. Technology\n\n| Level | Name | Questions |\n| ---: | --- | --- |\n| 1 | Idea | 2.1 |")
        )
    }

    @Test(arguments: HandbookFormat.allCases)
    func extendsChanges(_ format: HandbookFormat) throws {
        let text = format.render(try ReportFixtures.rubric(at: "Tests/Fixtures/format2/park.yaml"), strings: .english)
        #expect(text.contains("What this rubric changes."))
        #expect(text.contains("It extends investor-readiness"))
        #expect(text.contains("Removed: market.competition."))
        #expect(text.contains("Replaced: ip.ownership."))
        #expect(text.contains("Added: regulatory."))
    }
}
