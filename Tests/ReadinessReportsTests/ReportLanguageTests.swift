import Foundation
import ReadinessKit
import ReadinessReports
import Testing

/// The writers say nothing of their own: with a table that has no words (every key shows as its
/// own name) and a decimal comma, no English word of the tables is left in any page, the pages
/// carry the table's language, and shown numbers use its style while JSON and CSV keep points.
@Suite struct ReportLanguageTests {
    /// A table with no words: each key shows as its name; numbers with a decimal comma.
    static let keysOnly = Strings(language: "x-keys", numbers: NumberStyle(decimalSeparator: ","), groups: [])

    /// Phrases of the English tables that a writer holding its own words would show.
    static let english = [
        "Next steps", "How this score is computed", "Answers by dimension", "out of 100",
        "Dimensions", "Strengths", "Verdict", "progress", "Cohort overview", "handbook",
    ]

    @Test(arguments: ["capped", "hostile"])
    func assessmentReportsUseTheTable(_ name: String) throws {
        let (result, rubric) = try ReportFixtures.reportCase(name)
        let markdown = try ReportFormat.markdown.text(result, rubric: rubric, strings: Self.keysOnly)
        let html = try ReportFormat.html.text(result, rubric: rubric, strings: Self.keysOnly)
        for phrase in Self.english {
            #expect(!markdown.contains(phrase), "\(name).md says “\(phrase)”")
            #expect(!html.contains(phrase), "\(name).html says “\(phrase)”")
        }
        #expect(html.contains("<html lang=\"x-keys\">"))
        let score = Self.keysOnly.numbers.oneDecimal(result.score)
        #expect(markdown.contains(score) && html.contains(score))
        let json = try ReportFormat.json.text(result, rubric: rubric, strings: Self.keysOnly)
        #expect(!json.contains(score), "the JSON's numbers keep their decimal point")
    }

    @Test func handbooksUseTheTable() throws {
        let rubric = try ReportFixtures.reportRubric()
        for format in HandbookFormat.allCases {
            let text = format.render(rubric, strings: Self.keysOnly)
            for phrase in ["How the score is computed", "Resources that help", "Knock-out", "of the overall score"] {
                #expect(!text.contains(phrase), "handbook.\(format.rawValue) says “\(phrase)”")
            }
        }
        #expect(HandbookFormat.html.render(rubric, strings: Self.keysOnly).contains("<html lang=\"x-keys\">"))
    }

    @Test func cohortOverviewUsesTheTable() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        var summary = CohortSummary(rubric: rubric)
        summary.add(result, source: "capped.yaml", slug: "capped")
        let markdown = CohortMarkdownWriter.write(summary, linkReports: true, strings: Self.keysOnly)
        let html = CohortHTMLWriter.write(summary, linkReports: true, strings: Self.keysOnly)
        for phrase in ["Cohort overview", "Ranking", "Heat map", "Mean score", "startups scored"] {
            #expect(!markdown.contains(phrase) && !html.contains(phrase), "the overview says “\(phrase)”")
        }
        #expect(html.contains("<html lang=\"x-keys\">"))
    }
}
