import ReadinessKit

/// Writes a rubric as a handbook in GitHub-flavoured Markdown, for coaches to read or print.
///
/// Title, version and summary; how the score is computed; every dimension with every question,
/// its help, answers and scores, rules, advice and resources; a table of levels; an appendix of
/// resources. A pure function of the rubric: no clock, no locale, no I/O.
public enum HandbookMarkdownWriter {
    /// The handbook for a rubric.
    public static func write(_ rubric: Rubric) -> String {
        let index = HandbookIndex(rubric)
        var blocks = [header(index), method(index)]
        for dimension in rubric.dimensions { blocks.append(self.dimension(dimension, index: index)) }
        if let levels = levels(index) { blocks.append(levels) }
        if !rubric.resources.isEmpty { blocks.append(resources(index)) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Private

    private typealias Text = HandbookMarkdownText

    private static func header(_ index: HandbookIndex) -> String {
        let rubric = index.rubric
        let all = rubric.allCriteria.count
        let counts = "\(all) question\(all == 1 ? "" : "s") in \(rubric.dimensions.count) dimension"
            + "\(rubric.dimensions.count == 1 ? "" : "s"), \(rubric.scoredCriteriaCount) scored"
        var lines = ["# \(Text.plain(rubric.title))", "",
                     "Rubric handbook · version \(Text.plain(rubric.version)) · id `\(rubric.id)` · \(counts)"]
        if let summary = rubric.summary { lines += ["", MarkdownEscape.markdown(summary)] }
        return lines.joined(separator: "\n")
    }

    private static func method(_ index: HandbookIndex) -> String {
        let rubric = index.rubric
        var lines = ["## How the score is computed", "", HandbookMethodText.kindsIntro, ""]
        for (kind, rule) in HandbookMethodText.kinds(rubric) { lines.append("- **\(kind):** \(Text.plain(rule))") }
        lines += ["", Text.plain(HandbookMethodText.counting), "", Text.plain(HandbookMethodText.formulas), "",
                  "| Dimension | Weight W | Share of the overall score | Questions |", "| --- | ---: | ---: | --- |"]
        for dimension in rubric.dimensions {
            let scored = dimension.criteria.filter(\.isScored).count
            let questions = "\(dimension.criteria.count), " + (scored == 0 ? "none scored" : "\(scored) scored")
            lines.append("| \(index.number(dimension)). \(Text.cell(dimension.title)) | \(ReportText.weight(dimension.weight)) | "
                + "\(index.share(dimension) ?? "never scored") | \(questions) |")
        }
        lines += ["", Text.plain(HandbookMethodText.verdicts), "", "| Verdict | Overall score |", "| --- | --- |"]
        for (verdict, range) in HandbookText.verdictRanges(rubric.verdicts) {
            lines.append("| \(Text.cell(verdict.label)) | \(range) |")
        }
        let rules: [(String, String?)] = [
            ("Knock-outs.", HandbookMethodText.gates(index)),
            ("Readiness levels.", HandbookMethodText.levels(rubric)),
            ("Evidence.", HandbookMethodText.evidence(rubric)),
            ("Next steps.", HandbookMethodText.nextSteps),
        ]
        for case let (title, text?) in rules { lines += ["", "**\(title)** \(Text.plain(text))"] }
        return lines.joined(separator: "\n")
    }

    private static func dimension(_ dimension: Dimension, index: HandbookIndex) -> String {
        let number = index.number(dimension)
        let scored = dimension.criteria.filter(\.isScored).count
        var facts = index.share(dimension).map { ["Weight \(ReportText.weight(dimension.weight))", "\($0) of the overall score"] }
            ?? ["Never scored"]
        facts.append("\(dimension.criteria.count) question\(dimension.criteria.count == 1 ? "" : "s"), \(scored == 0 ? "none" : "\(scored)") scored")
        var lines = ["## \(number). \(Text.plain(dimension.title))", "", facts.joined(separator: " · ")]
        if let summary = dimension.summary { lines += ["", MarkdownEscape.markdown(summary)] }
        for criterion in dimension.criteria {
            lines += ["", HandbookMarkdownQuestion.block(criterion, index: index)]
        }
        return lines.joined(separator: "\n")
    }

    private static func levels(_ index: HandbookIndex) -> String? {
        guard index.rubric.usesLevels else { return nil }
        var lines = ["## Levels", "", "| Level | Name | Questions |", "| ---: | --- | --- |"]
        for level in index.levels {
            let questions = index.questions(atLevel: level)
            lines.append("| \(level) | \(Text.cell(index.rubric.levelNames[level])) | "
                + "\(questions.isEmpty ? "–" : questions.joined(separator: ", ")) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func resources(_ index: HandbookIndex) -> String {
        var lines = ["## Resources"]
        for resource in index.rubric.resources {
            lines += ["", "### \(Text.plain(resource.title))"]
            if let url = resource.url.flatMap(SafeURL.link) { lines += ["", "<\(SafeURL.markdownDestination(url))>"] }
            if let summary = resource.summary { lines += ["", MarkdownEscape.markdown(summary)] }
            if let contact = resource.contact { lines += ["", "Contact: \(Text.plain(contact))"] }
            let numbers = index.referencedBy[resource.id] ?? []
            lines += ["", numbers.isEmpty ? "No question of this rubric points here."
                : "Helps with question\(numbers.count == 1 ? "" : "s") \(HandbookText.list(numbers, or: false))."]
        }
        return lines.joined(separator: "\n")
    }
}
