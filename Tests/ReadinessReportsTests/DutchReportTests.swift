import ReadinessKit
import ReadinessReports
import Testing

/// A report rendered with the Dutch table is Dutch: `lang="nl"`, a decimal comma in the score,
/// Dutch headings and statuses, and none of the English headings; JSON keeps its points.
@Suite struct DutchReportTests {
    /// Dutch headings and words a capped report shows.
    static let dutch = [
        "Volgende stappen", "Zo wordt de score berekend", "Antwoorden per onderdeel", "Onderdelen",
        "Oordeel afgetopt", "Beoordelaar:", "Datum:",
    ]

    /// English headings that must not be left in a Dutch report.
    static let english = [
        "Next steps", "How this score is computed", "Answers by dimension", "Dimensions",
        "Strengths", "out of 100", "Verdict capped", "Assessor:", "Resources that help",
    ]

    @Test func markdownAndHTMLReportsAreDutch() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let markdown = try ReportFormat.markdown.text(result, rubric: rubric, strings: .dutch)
        let html = try ReportFormat.html.text(result, rubric: rubric, strings: .dutch)
        #expect(html.contains("<html lang=\"nl\">"))
        let score = Strings.dutch.numbers.oneDecimal(result.score)
        #expect(score.contains(","), "the score \(score) has a decimal comma")
        #expect(markdown.contains(score) && html.contains(score))
        for phrase in Self.dutch {
            #expect(markdown.contains(phrase), "the Dutch report.md lacks “\(phrase)”")
            #expect(html.contains(phrase), "the Dutch report.html lacks “\(phrase)”")
        }
        for phrase in Self.english {
            #expect(!markdown.contains(phrase), "the Dutch report.md says “\(phrase)”")
            #expect(!html.contains(phrase), "the Dutch report.html says “\(phrase)”")
        }
        #expect(html.contains("van 100"))
    }

    @Test func jsonStaysNeutral() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let english = try ReportFormat.json.text(result, rubric: rubric, strings: .english)
        let dutch = try ReportFormat.json.text(result, rubric: rubric, strings: .dutch)
        #expect(!dutch.contains(Strings.dutch.numbers.oneDecimal(result.score)))
        #expect(
            dutch.contains(NumberText.oneDecimal(result.score)) == english.contains(NumberText.oneDecimal(result.score))
        )
    }

    @Test func handbookIsDutch() throws {
        let rubric = try ReportFixtures.reportRubric()
        let html = HandbookFormat.html.render(rubric, strings: .dutch)
        let markdown = HandbookFormat.markdown.render(rubric, strings: .dutch)
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("<h2 id=\"contents\">Inhoud</h2>"))
        for phrase in ["Zo wordt de score berekend", "Volgende stappen."] {
            #expect(markdown.contains(phrase) && html.contains(phrase), "the Dutch handbook lacks “\(phrase)”")
        }
        for phrase in ["How the score is computed", "Resources that help", "of the overall score", "Contents"] {
            #expect(!markdown.contains(phrase) && !html.contains(phrase), "the Dutch handbook says “\(phrase)”")
        }
    }

    @Test func cohortOverviewIsDutch() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        var summary = CohortSummary(rubric: rubric)
        summary.add(result, source: "capped.yaml", slug: "capped")
        let markdown = CohortMarkdownWriter.write(summary, linkReports: true, strings: .dutch)
        let html = CohortHTMLWriter.write(summary, linkReports: true, strings: .dutch)
        #expect(html.contains("<html lang=\"nl\">"))
        for phrase in ["Cohortoverzicht", "Ranglijst", "Heatmap"] {
            #expect(markdown.contains(phrase) && html.contains(phrase), "the Dutch overview lacks “\(phrase)”")
        }
        #expect(markdown.contains("1 startup beoordeeld") && html.contains("1 beoordeeld"))
    }
}
