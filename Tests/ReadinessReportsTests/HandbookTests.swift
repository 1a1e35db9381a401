import Foundation
import ReadinessKit
import ReadinessReports
import Testing

/// The rubric handbook (`readiness explain`) in Markdown and HTML.
@Suite struct HandbookTests {
    static let small = "Tests/Fixtures/scoring/rubric.yaml"

    @Test(arguments: HandbookFormat.allCases)
    func everyQuestionAndOptionAppears(_ format: HandbookFormat) throws {
        let rubric = try ReportFixtures.rubric(at: Self.small)
        let text = format.render(rubric, strings: .english)
        for criterion in rubric.allCriteria {
            #expect(text.contains(criterion.question), "\(criterion.key)")
            #expect(text.contains(criterion.key), "\(criterion.key)")
        }
        for criterion in rubric.allCriteria {
            for option in criterion.options {
                let row = try #require(
                    optionRow(option, in: text, format: format), "no row for \(criterion.key) \(option.id)")
                if criterion.isScored {
                    let score = NumberText.canonical(option.score)
                    let cell = format == .markdown ? "| \(score) |" : ">\(score)</td>"
                    #expect(row.contains(cell), "\(criterion.key).\(option.id) without score \(score): \(row)")
                }
            }
        }
        #expect(text.contains("File a patent."))
        #expect(text.contains("Find advisors."))
        #expect(text.contains("Good advisors."))
    }

    @Test(arguments: HandbookFormat.allCases)
    func rulesAreSaidPlainly(_ format: HandbookFormat) throws {
        let text = format.render(try ReportFixtures.rubric(at: Self.small), strings: .english)
        #expect(text.contains("score below 0.5 caps the verdict at Almost."))
        #expect(text.contains("Fails with 0 to below 1 founders or no answer."))
        #expect(text.contains("sked only when the answer to 1.1 “Which sector?” is “Biotech”."))
        #expect(text.contains("profile question: not scored"))
        #expect(text.contains("level 1 · Idea"))
        #expect(text.contains("66.7 %"))
        #expect(text.contains("50 to below 75"))
        #expect(text.contains("Founders lab"))
        #expect(text.contains("Helps with question "))
    }

    @Test func markdownTablesAndSentences() throws {
        let text = HandbookMarkdownWriter.write(try ReportFixtures.rubric(at: Self.small), strings: .english)
        #expect(text.hasPrefix("# Small rubric\n\nRubric handbook · version 1.0.0 · id `small`"))
        #expect(text.contains("| 1 to below 2 | 0.5 |"))
        #expect(text.contains("| 5 | 0.5 |"))
        #expect(text.contains("- **Knock-out:** a score below 0.5 caps the verdict at Almost."))
        #expect(text.contains("- **Condition:** asked only when the answer to 1.1"))
        #expect(text.contains("| 1 | Idea | 2.1 |"))
        #expect(!text.contains("\\"), "nothing in the small rubric needs escaping")
    }

    @Test func htmlIsSelfContained() throws {
        for rubric in try [ReportFixtures.rubric(at: Self.small)] + builtInRubrics() {
            let html = HandbookHTMLWriter.write(rubric, strings: .english)
            #expect(
                html.contains(
                    #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">"#
                ))
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.lowercased().contains("src=\"http"))
            let resourceURLs = Set(rubric.resources.compactMap(\.url))
            for link in hrefs(in: html) where !link.hasPrefix("#") {
                #expect(resourceURLs.contains(link) || markdownLinks(rubric).contains(link), "unexpected link \(link)")
            }
            let problems = HTMLChecker(html).problems.filter { !Self.semanticTags.contains(where: $0.contains) }
            #expect(problems.isEmpty, "\(rubric.id): \(problems.prefix(5))")
        }
    }

    @Test(arguments: HandbookFormat.allCases)
    func deterministic(_ format: HandbookFormat) throws {
        let rubric = try ReportFixtures.rubric(at: Self.small)
        #expect(format.render(rubric, strings: .english) == format.render(rubric, strings: .english))
        for rubric in try builtInRubrics() {
            #expect(format.render(rubric, strings: .english) == format.render(rubric, strings: .english))
        }
    }

    @Test func builtInRubricsListEveryQuestion() throws {
        for rubric in try builtInRubrics() {
            let markdown = HandbookMarkdownWriter.write(rubric, strings: .english)
            for criterion in rubric.allCriteria { #expect(markdown.contains("`\(criterion.key)`")) }
            #expect(markdown.contains("caps the verdict at Almost ready."))
            #expect(markdown.contains("## Levels"))
        }
    }

    @Test func hostileRubricTextIsDefused() throws {
        let yaml = """
            id: hostile
            version: "1"
            title: "<script>alert(1)</script> & R&D | *x*"
            verdicts: [{id: a, label: "A <b>", min: 50}, {id: b, label: B, min: 0}]
            dimensions:
              - id: d
                title: D
                criteria:
                  - id: c
                    question: "Is it <img src=x onerror=alert(1)>?"
                    help: "See [this](javascript:alert(1)) and <iframe src=http://evil>."
                    answer: yes-no
                    gate: 1
            resources: [{id: r, title: R, url: "javascript:alert(1)"}]
            """
        let rubric = try #require(RubricDecoder.decode(yaml).rubric)
        let html = HandbookHTMLWriter.write(rubric, strings: .english)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; R&amp;D | *x*"))
        #expect(html.contains("caps the verdict at B."))
        let markdown = HandbookMarkdownWriter.write(rubric, strings: .english)
        #expect(markdown.hasPrefix("# \\<script>alert(1)\\</script> & R&D | \\*x\\*\n"))
        #expect(markdown.contains("\\<iframe"))
        #expect(!markdown.contains("](javascript"))
    }

    @Test func scaleGatesNameTheFailingValuesWithoutListingHugeScales() throws {
        let yaml = """
            id: scales
            version: "1"
            title: Scales
            verdicts: [{id: a, label: A, min: 50}, {id: b, label: B, min: 0}]
            dimensions:
              - id: d
                title: D
                criteria:
                  - {id: trl, question: TRL?, answer: scale, scale: {min: 1, max: 9}, gate: 0.5}
                  - {id: huge, question: Huge?, answer: scale, scale: {min: 0, max: 1000000, labels: {500: Half a thousand}}, gate: 0.5}
            """
        let rubric = try #require(RubricDecoder.decode(yaml).rubric)
        let markdown = HandbookMarkdownWriter.write(rubric, strings: .english)
        #expect(markdown.contains("Fails with 1 to 4 or no answer."))
        #expect(markdown.contains("Fails with 0 to 499999 or no answer."))
        #expect(markdown.contains("| 500 | Half a thousand | 0.001 |"))
        #expect(markdown.contains("| 1000000 | – | 1 |"))
        #expect(!markdown.contains("| 501 |"))
    }

    // MARK: - Private

    /// Elements the handbook uses beyond the report checker's list.
    static let semanticTags = ["<nav", "</nav", "<article", "</article", "<dl", "</dl", "<dt", "</dt", "<dd", "</dd"]

    private func builtInRubrics() throws -> [Rubric] {
        try ["investor-readiness", "life-sciences"].map { try ReportFixtures.rubric(at: "Rubrics/\($0).yaml") }
    }

    /// The line of an option's table row.
    private func optionRow(_ option: ChoiceOption, in text: String, format: HandbookFormat) -> String? {
        let cell =
            format == .markdown
            ? "| \(option.label) | `\(option.id)` |" : "<td>\(option.label)</td><td><code>\(option.id)</code></td>"
        return text.split(separator: "\n").first { $0.contains(cell) }.map(String.init)
    }

    /// Every `href` value in a page.
    private func hrefs(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap {
            $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }

    /// Links written as Markdown in the rubric's texts (rendered as links, http and mailto only).
    private func markdownLinks(_ rubric: Rubric) -> Set<String> {
        var texts = [rubric.summary].compactMap { $0 } + rubric.resources.compactMap(\.summary)
        for criterion in rubric.allCriteria {
            texts +=
                [criterion.help, criterion.advice, criterion.strength].compactMap { $0 }
                + criterion.options.compactMap(\.advice)
        }
        return Set(
            texts.flatMap {
                $0.components(separatedBy: "](").dropFirst().compactMap {
                    $0.split(separator: ")").first.map(String.init)
                }
            })
    }
}
