import Foundation
import ReadinessKit
import ReadinessReports
import Testing

/// Both human-readable reports show the same facts as the JSON: score, verdict, gates, next steps.
@Suite struct ReportFactsTests {
    @Test(arguments: ["capped", "hostile"])
    func nextStepsAreTheFirstFiveOfTheJSON(name: String) throws {
        let (result, rubric) = try ReportFixtures.reportCase(name)
        let facts = ReportFacts(result, rubric: rubric, strings: .english)
        #expect(facts.nextSteps.map(\.key) == Array(result.nextSteps.prefix(5).map(\.criterion)))
        let markdown = MarkdownWriter.write(result, rubric: rubric, strings: .english)
        let html = try HTMLWriter.write(result, rubric: rubric, strings: .english)
        var markdownFrom = markdown.startIndex
        var htmlFrom = html.startIndex
        for step in facts.nextSteps {
            let line = "\(step.rank). **\(MarkdownEscape.text(step.question))**"
            let found = try #require(markdown.range(of: line, range: markdownFrom..<markdown.endIndex), "\(line)")
            markdownFrom = found.upperBound
            let heading = "<span class=\"step-rank\">\(step.rank).</span> \(HTMLEscape.text(step.question))</h3>"
            let inHTML = try #require(html.range(of: heading, range: htmlFrom..<html.endIndex), "\(heading)")
            htmlFrom = inHTML.upperBound
            #expect(markdown.contains(ReportText(.english).gain(step.gain) + " points"))
        }
    }

    @Test(arguments: ["Examples/demo-cohort", "Examples/life-sciences"])
    func everyExampleReportAgreesWithTheJSON(folder: String) throws {
        for (result, rubric) in try ReportFixtures.folderCases(folder) {
            let markdown = MarkdownWriter.write(result, rubric: rubric, strings: .english)
            let html = try HTMLWriter.write(result, rubric: rubric, strings: .english)
            let score = NumberText.oneDecimal(result.score)
            #expect(markdown.contains("## Score: \(score) / 100 — \(MarkdownEscape.text(result.verdict.label))"))
            #expect(html.contains("<strong>\(score)</strong> out of 100"))
            #expect(html.contains(">\(HTMLEscape.text(result.verdict.label))</p>"))
            #expect(markdown.contains("Verdict capped.") == result.isCapped, "\(result.startup)")
            #expect(html.contains("Verdict capped.") == result.isCapped, "\(result.startup)")
            let gateOnly = !result.knockOuts.isEmpty && !result.isCapped
            #expect(markdown.contains("Urgent.") == !result.alerts.isEmpty, "\(result.startup)")
            #expect(markdown.contains("Gate failed.") == gateOnly, "\(result.startup)")
            #expect(html.contains("Gate failed.") == gateOnly, "\(result.startup)")
            for key in result.gatesFailed { #expect(markdown.contains("(\(key))") && html.contains("(\(key))")) }
            let questions = result.nextSteps.prefix(5).map { rubric.criterion($0.criterion)?.question ?? "" }
            #expect(Self.order(of: questions.map { "**\(MarkdownEscape.text($0))**" }, in: markdown))
            #expect(Self.order(of: questions.map { "</span> \(HTMLEscape.text($0))</h3>" }, in: html))
        }
    }

    @Test func scoreVerdictAndCapAreInBothReports() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let markdown = MarkdownWriter.write(result, rubric: rubric, strings: .english)
        let html = try HTMLWriter.write(result, rubric: rubric, strings: .english)
        #expect(markdown.contains("## Score: 75.0 / 100 — Almost ready"))
        #expect(
            markdown.contains("> **⚠ Verdict capped.** The verdict is capped at Almost ready because a gate failed"))
        #expect(html.contains("<p class=\"verdict-label tone-mid\">Almost ready</p>"))
        #expect(html.contains("<strong>75.0</strong> out of 100"))
    }

    @Test func adviceComesFromTheChosenOptionFirst() throws {
        let rubric = try ReportFixtures.reportRubric()
        let result = try ReportFixtures.assess(
            text: """
                startup: Filed Only
                answers:
                  profile.sector: biotech
                  team.founders: 2
                  team.advisors: {value: yes, evidence: board.pdf}
                  tech.ip: {value: filed, evidence: EP 1}
                  tech.trl: 9
                  tech.lab: [own, shared]
                  market.interviews: 30
                  market.pilots: yes
                  clinical.trial: yes
                """, rubric: rubric)
        let steps = ReportFacts(result, rubric: rubric, strings: .english).nextSteps
        #expect(steps.map(\.key) == ["tech.ip"])
        #expect(
            steps.first?.advice == [
                "Plan the PCT filing within 12 months.", "Talk to a patent attorney before you publish.",
            ])
        #expect(steps.first?.resources.map(\.id) == ["ip-desk"])
    }

    @Test func resourcesComeFromTheCriterionThenTheChosenOptions() throws {
        let rubric = try ReportFixtures.reportRubric()
        let result = try ReportFixtures.assess(
            text: """
                startup: Shared Lab
                answers:
                  profile.sector: biotech
                  team.founders: 2
                  team.advisors: {value: yes, evidence: board.pdf}
                  tech.ip: {value: granted, evidence: EP 1}
                  tech.trl: 9
                  tech.lab: [shared]
                  market.interviews: 30
                  market.pilots: yes
                  clinical.trial: yes
                """, rubric: rubric)
        let step = try #require(
            ReportFacts(result, rubric: rubric, strings: .english).nextSteps.first { $0.key == "tech.lab" })
        #expect(step.advice == [])
        #expect(step.resources.map(\.id) == ["shared-lab"])
    }

    @Test func answersAreShownAsLabels() throws {
        let (result, rubric) = try ReportFixtures.reportCase("hostile")
        let rows = ReportFacts(result, rubric: rubric, strings: .english).dimensions.flatMap(\.rows)
        let answers = Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0.answer) })
        #expect(answers["tech.ip"] == "Priority filing done")
        #expect(answers["tech.trl"] == "4 — Lab validation")
        #expect(answers["tech.lab"] == "Own lab, Shared lab")
        #expect(answers["team.founders"] == "1 founders (One)")
        #expect(answers["team.advisors"] == "No")
        #expect(answers["clinical.trial"] == .some(nil))
    }

    @Test func unverifiedAndNotApplicableAreMarked() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let markdown = MarkdownWriter.write(result, rubric: rubric, strings: .english)
        #expect(markdown.contains("| Which lab do you use? | *unanswered* | – | – | – not applicable | – | – |"))
        #expect(markdown.contains("### Clinical — not applicable"))
        let hostile = try ReportFixtures.reportCase("hostile")
        let other = MarkdownWriter.write(hostile.result, rubric: hostile.rubric, strings: .english)
        #expect(
            other.contains(
                "| How is the core invention protected? | Priority filing done | 60.0 | 2 | ◐ partial · ⚠ unverified |")
        )
        #expect(other.contains("| Is a clinical trial planned? | *unanswered* | 0.0 | 1 | ? unanswered |"))
    }

    @Test func methodLetsAReaderRedoTheSum() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let markdown = MarkdownWriter.write(result, rubric: rubric, strings: .english)
        #expect(
            markdown.contains(
                "| Team & founders | 2 | 50.0 % | 50.0 | 25.0 |".replacingOccurrences(of: "&", with: "\\&")))
        #expect(markdown.contains("| Technology | 1 | 25.0 % | 100.0 | 25.0 |"))
        #expect(markdown.contains("| Clinical | 1 | – | not applicable | – |"))
        #expect(markdown.contains("| **Overall** | 4 | 100.0 % | | **75.0** |"))
        #expect(markdown.contains("Verdicts: Investor-ready from 75; Almost ready from 50; Not yet ready below 50."))
    }

    // MARK: - Private

    /// Whether every needle occurs in the text, in this order.
    private static func order(of needles: [String], in text: String) -> Bool {
        var from = text.startIndex
        for needle in needles {
            guard let found = text.range(of: needle, range: from..<text.endIndex) else { return false }
            from = found.upperBound
        }
        return true
    }
}
