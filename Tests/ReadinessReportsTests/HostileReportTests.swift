import Foundation
import ReadinessKit
import ReadinessReports
import Testing

/// Issue 16: hostile rubric and questionnaire text in the report writers, generated here.
@Suite struct HostileReportTests {
    /// The report-test rubric with its first dimension summary replaced.
    func rubric(summary: String) throws -> Rubric {
        let text = try ReportFixtures.text("Tests/Fixtures/reports/rubric.yaml")
            .replacingOccurrences(
                of: "summary: The people. <img src=x onerror=alert(1)>",
                with:
                    "summary: \"\(summary.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
            )
        let decoded = RubricDecoder.decode(text)
        return try #require(decoded.rubric, "\(decoded.diagnostics)")
    }

    @Test(
        "an unclosed backtick does not switch Markdown escaping off",
        arguments: [
            "`a <img src=x onerror=alert(1)> <script>alert(2)</script>",
            "`x <javascript:alert(1)>",
            "``a` <img src=x> `",
            "\\`<img src=x>`",
            "`code` <b\u{301}>",
        ])
    func unclosedBacktick(summary: String) throws {
        let escaped = MarkdownEscape.markdown(summary)
        #expect(
            !escaped.unicodeScalars.indices.contains { index in
                escaped.unicodeScalars[index] == "<"
                    && (index == escaped.unicodeScalars.startIndex
                        || escaped.unicodeScalars[escaped.unicodeScalars.index(before: index)] != "\\")
            }, "\(escaped)")
        let rubric = try rubric(summary: summary)
        let handbook = HandbookMarkdownWriter.write(rubric, strings: .english)
        #expect(!handbook.contains(" <img") && !handbook.contains(" <script") && !handbook.contains(" <javascript"))
        let capped = try ReportFixtures.assess("Tests/Fixtures/reports/capped.yaml", rubric: rubric)
        let report = MarkdownWriter.write(capped, rubric: rubric, strings: .english)
        #expect(!report.contains(" <img") && !report.contains(" <script") && !report.contains(" <javascript"))
    }

    @Test(
        "Markdown links, brackets and emphasis render in linear time",
        arguments: [
            String(repeating: "[", count: 80_000),
            String(repeating: "[a](", count: 20_000),
            String(repeating: "[a](javascript:x)", count: 10_000),
            String(repeating: "[[a](javascript:x)", count: 10_000),
            String(repeating: "](", count: 40_000),
            String(repeating: "*a ", count: 30_000),
            String(repeating: "__a ", count: 30_000),
            String(repeating: "(", count: 40_000) + String(repeating: ")", count: 40_000),
        ])
    func linearMarkdown(text: String) {
        let start = ContinuousClock.now
        let html = MarkdownHTML.render(text)
        let markdown = MarkdownEscape.markdown(text)
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(!html.contains("javascript") || !html.contains("href=\"javascript"))
        #expect(!markdown.contains("](javascript"))
    }

    @Test("links still render as before")
    func linksUnchanged() {
        #expect(
            MarkdownHTML.render("See [the guide](https://e.org/a_(b)) and [x](javascript:alert(1)).")
                == "<p>See <a href=\"https://e.org/a_(b)\">the guide</a> and x.</p>")
        #expect(
            MarkdownEscape.markdown("[a](https://e.org) [b](javascript:x) [c [d](data:x)]")
                == "[a](https://e.org) b [c d]")
        #expect(
            MarkdownHTML.render("*em* **strong** _u_ a_b_c")
                == "<p><em>em</em> <strong>strong</strong> <em>u</em> a_b_c</p>")
    }

    @Test("control characters never reach the HTML title or heading")
    func controlCharactersInHTML() throws {
        let rubric = try ReportFixtures.reportRubric()
        let name = "Acme\u{0}\u{1B}]0;pwned\u{7}\u{1B}[2J\u{7F}\u{85}\u{9B}X"
        let text = try ReportFixtures.text("Tests/Fixtures/reports/capped.yaml")
            .replacingOccurrences(
                of: "startup: Acme Therapeutics B.V.", with: "startup: \"Acme\\0\\e]0;pwned\\a\\e[2J\\x7F\\N\\x9BX\"")
        let result = try ReportFixtures.assess(text: text, rubric: rubric)
        #expect(result.startup == name)
        let html = try HTMLWriter.write(result, rubric: rubric, strings: .english)
        for scalar in html.unicodeScalars {
            #expect(
                !(scalar.value < 0x20 && scalar != "\n" && scalar != "\t") && !(0x7F...0x9F).contains(scalar.value),
                "U+\(String(scalar.value, radix: 16))")
        }
        #expect(html.contains("<title>Acme]0;pwned[2JX"))
    }
}
