import ReadinessKit

/// Writes the feedback report as GitHub-flavoured Markdown: no raw HTML, text bars for scores.
///
/// A pure function of the result and its rubric: no clock, no locale, no I/O.
public enum MarkdownWriter {
    /// The report for a scored questionnaire.
    public static func write(_ result: AssessmentResult, rubric: Rubric) -> String {
        write(ReportFacts(result, rubric: rubric))
    }

    /// The report for facts already derived.
    public static func write(_ facts: ReportFacts) -> String {
        let strings = Strings.english
        var blocks: [String] = [header(facts)]
        blocks += [MarkdownCoaching.provisional(facts, strings: strings), score(facts),
                   MarkdownCoaching.unverified(facts, strings: strings), dimensions(facts),
                   MarkdownCoaching.levels(facts, strings: strings), nextSteps(facts),
                   MarkdownCoaching.actionPlan(facts, strings: strings)].compactMap { $0 }
        blocks.append(strengths(facts))
        blocks.append(MarkdownTables.details(facts))
        blocks.append(MarkdownTables.method(facts))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Private

    private static func header(_ facts: ReportFacts) -> String {
        var meta = ["**\(MarkdownEscape.text(facts.rubricTitle))** \(MarkdownEscape.text(facts.rubricVersion))"]
        if let assessor = facts.assessor { meta.append("Assessor: \(MarkdownEscape.text(assessor))") }
        if let date = facts.date { meta.append("Date: \(MarkdownEscape.text(date))") }
        return ["# \(MarkdownEscape.text(facts.startup))", "", meta.joined(separator: " · ")].joined(separator: "\n")
    }

    private static func score(_ facts: ReportFacts) -> String {
        var lines = [
            "## Score: \(ReportText.score(facts.score)) / 100 — \(MarkdownEscape.text(facts.verdict))",
            "",
            "`\(TextBar.bar(facts.score, width: 20))` \(ReportText.score(facts.score)) / 100",
        ]
        if let sentence = facts.gateSentence {
            lines += ["", "> **⚠ \(facts.gateHeading ?? "")** \(MarkdownEscape.text(sentence))"]
        }
        if facts.unansweredCount > 0 {
            let count = facts.unansweredCount
            lines += ["", "\(count) question\(count == 1 ? " is" : "s are") unanswered; unanswered questions score 0."]
        }
        return lines.joined(separator: "\n")
    }

    private static func dimensions(_ facts: ReportFacts) -> String {
        var lines = ["## Dimensions", ""]
        if facts.usesLevels {
            lines += ["| Dimension | Score | | Level |", "| --- | ---: | --- | --- |"]
        } else {
            lines += ["| Dimension | Score | |", "| --- | ---: | --- |"]
        }
        for dimension in facts.dimensions {
            let bar = dimension.score.map { "`\(TextBar.bar($0, width: 20))`" } ?? "not applicable"
            var row = "| \(MarkdownEscape.cell(dimension.title)) | \(ReportText.score(dimension.score)) | \(bar) |"
            if facts.usesLevels { row += " \(MarkdownEscape.cell(ReportText.level(dimension))) |" }
            lines.append(row)
        }
        return lines.joined(separator: "\n")
    }

    private static func nextSteps(_ facts: ReportFacts) -> String {
        var lines = ["## Next steps"]
        if facts.nextSteps.isEmpty {
            return (lines + ["", "Nothing left to gain: every counted criterion is met."]).joined(separator: "\n")
        }
        for step in facts.nextSteps {
            let rank = "\(step.rank). "
            let pad = String(repeating: " ", count: rank.count)
            lines += ["", "\(rank)**\(MarkdownEscape.text(step.question))**",
                      "\(pad)\(MarkdownEscape.text(ReportText.stepLine(step)))"]
            for advice in step.advice {
                lines += ["", pad + MarkdownEscape.markdown(advice, indent: pad.count)]
            }
            if !step.resources.isEmpty {
                lines += ["", "\(pad)Resources that help:", ""]
                for resource in step.resources { lines.append(pad + "- " + self.resource(resource, indent: pad.count + 2)) }
            }
        }
        if let more = ReportText.moreSteps(facts) { lines += ["", MarkdownEscape.text(more)] }
        return lines.joined(separator: "\n")
    }

    private static func resource(_ resource: Resource, indent: Int) -> String {
        let title = MarkdownEscape.text(resource.title)
        var line = resource.url.flatMap(SafeURL.link).map { "[\(title)](\(SafeURL.markdownDestination($0)))" } ?? "**\(title)**"
        if let summary = resource.summary { line += " — " + MarkdownEscape.markdown(summary, indent: indent) }
        if let contact = resource.contact { line += " Contact: \(MarkdownEscape.text(contact))." }
        return line
    }

    private static func strengths(_ facts: ReportFacts) -> String {
        var lines = ["## Strengths"]
        if facts.strengths.isEmpty {
            lines += ["", "No criterion is fully met yet."]
        }
        for group in facts.strengthGroups {
            lines += ["", "**\(MarkdownEscape.text(group.dimension))**", ""]
            for strength in group.items {
                let text = strength.text.map { MarkdownEscape.markdown($0, indent: 2) }
                    ?? "\(MarkdownEscape.text(strength.question)) — \(MarkdownEscape.text(strength.answer))"
                lines.append("- ✓ " + text)
            }
        }
        return lines.joined(separator: "\n")
    }
}
