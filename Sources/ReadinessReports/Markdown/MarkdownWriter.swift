import ReadinessKit

/// Writes the feedback report as GitHub-flavoured Markdown: no raw HTML, text bars for scores.
///
/// A pure function of the result, its rubric and a strings table: no clock, no locale, no I/O.
public enum MarkdownWriter {
    /// The report for a scored questionnaire, in the words of `strings`.
    public static func write(_ result: AssessmentResult, rubric: Rubric, strings: Strings) -> String {
        write(ReportFacts(result, rubric: rubric, strings: strings))
    }

    /// The report for facts already derived.
    public static func write(_ facts: ReportFacts) -> String {
        let strings = facts.strings
        var blocks: [String] = [header(facts)]
        blocks += [
            MarkdownCoaching.provisional(facts, strings: strings), score(facts),
            MarkdownCoaching.unverified(facts, strings: strings), dimensions(facts),
            MarkdownCoaching.levels(facts, strings: strings), nextSteps(facts),
            MarkdownCoaching.actionPlan(facts, strings: strings),
        ].compactMap { $0 }
        blocks.append(strengths(facts))
        blocks.append(MarkdownTables.details(facts))
        blocks.append(MarkdownTables.method(facts))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Private

    private static func header(_ facts: ReportFacts) -> String {
        let words = facts.strings
        var meta = ["**\(MarkdownEscape.text(facts.rubricTitle))** \(MarkdownEscape.text(facts.rubricVersion))"]
        if let assessor = facts.assessor {
            meta.append(words[ReportWord.assessor] + " " + MarkdownEscape.text(assessor))
        }
        if let date = facts.date {
            meta.append(words[ReportWord.date] + " " + MarkdownEscape.text(facts.strings.shownDate(date)))
        }
        return ["# \(MarkdownEscape.text(facts.startup))", "", meta.joined(separator: " · ")].joined(separator: "\n")
    }

    private static func score(_ facts: ReportFacts) -> String {
        let text = ReportText(facts.strings)
        let score = text.score(facts.score)
        var lines = [
            "## " + facts.strings.format(ReportWord.scoreHeading, score, MarkdownEscape.text(facts.verdict)),
            "",
            "`\(TextBar.bar(facts.score, width: 20))` " + facts.strings.format(ReportWord.outOf100, score),
        ]
        if let alert = facts.alertSentence {
            lines += ["", "> **⚠ \(facts.strings[CoachWord.alertHeading])** \(MarkdownEscape.text(alert))"]
        }
        if let sentence = facts.gateSentence {
            lines += ["", "> **⚠ \(facts.gateHeading ?? "")** \(MarkdownEscape.text(sentence))"]
        }
        if let unanswered = text.unanswered(facts.unansweredCount) { lines += ["", unanswered] }
        return lines.joined(separator: "\n")
    }

    private static func dimensions(_ facts: ReportFacts) -> String {
        let words = facts.strings
        let text = ReportText(words)
        var lines = ["## " + words[ReportWord.dimensions], ""]
        let head = "| \(words[ReportWord.dimension]) | \(words[ReportWord.score]) | |"
        if facts.usesLevels {
            lines += [head + " \(words[ReportWord.level]) |", "| --- | ---: | --- | --- |"]
        } else {
            lines += [head, "| --- | ---: | --- |"]
        }
        for dimension in facts.dimensions {
            let bar = dimension.score.map { "`\(TextBar.bar($0, width: 20))`" } ?? words[ReportWord.notApplicable]
            var row = "| \(MarkdownEscape.cell(dimension.title)) | \(text.score(dimension.score)) | \(bar) |"
            if facts.usesLevels { row += " \(MarkdownEscape.cell(text.level(dimension))) |" }
            lines.append(row)
        }
        return lines.joined(separator: "\n")
    }

    private static func nextSteps(_ facts: ReportFacts) -> String {
        let words = facts.strings
        let text = ReportText(words)
        var lines = ["## " + words[ReportWord.nextSteps]]
        if facts.nextSteps.isEmpty {
            return (lines + ["", words[ReportWord.nothingToGain]]).joined(separator: "\n")
        }
        for step in facts.nextSteps {
            let rank = "\(step.rank). "
            let pad = String(repeating: " ", count: rank.count)
            lines += [
                "", "\(rank)**\(MarkdownEscape.text(step.question))**",
                "\(pad)\(MarkdownEscape.text(text.stepLine(step)))",
            ]
            for advice in step.advice {
                lines += ["", pad + MarkdownEscape.markdown(advice, indent: pad.count)]
            }
            if !step.resources.isEmpty {
                lines += ["", pad + words[ReportWord.resourcesHelp], ""]
                for resource in step.resources {
                    lines.append(pad + "- " + self.resource(resource, indent: pad.count + 2, words: words))
                }
            }
        }
        if let more = text.moreSteps(facts) { lines += ["", MarkdownEscape.text(more)] }
        return lines.joined(separator: "\n")
    }

    private static func resource(_ resource: Resource, indent: Int, words: Strings) -> String {
        let title = MarkdownEscape.text(resource.title)
        var line =
            resource.url.flatMap(SafeURL.link).map { "[\(title)](\(SafeURL.markdownDestination($0)))" }
            ?? "**\(title)**"
        if let summary = resource.summary { line += " — " + MarkdownEscape.markdown(summary, indent: indent) }
        if let contact = resource.contact {
            line += " " + words.format(ReportWord.contactSentence, MarkdownEscape.text(contact))
        }
        return line
    }

    private static func strengths(_ facts: ReportFacts) -> String {
        var lines = ["## " + facts.strings[ReportWord.strengths]]
        if facts.strengths.isEmpty {
            lines += ["", facts.strings[ReportWord.noStrengths]]
        }
        for group in facts.strengthGroups {
            lines += ["", "**\(MarkdownEscape.text(group.dimension))**", ""]
            for strength in group.items {
                let text =
                    strength.text.map { MarkdownEscape.markdown($0, indent: 2) }
                    ?? "\(MarkdownEscape.text(strength.question)) — \(MarkdownEscape.text(strength.answer))"
                lines.append("- ✓ " + text)
            }
        }
        return lines.joined(separator: "\n")
    }
}
