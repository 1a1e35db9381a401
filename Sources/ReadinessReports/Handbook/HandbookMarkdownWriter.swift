import ReadinessKit

/// Writes a rubric as a handbook in GitHub-flavoured Markdown, for coaches to read or print.
///
/// Title, version and summary; how the score is computed; every dimension with every question,
/// its help, answers and scores, rules, advice and resources; a table of levels; an appendix of
/// resources. A pure function of the rubric and a strings table: no clock, no locale, no I/O.
public enum HandbookMarkdownWriter {
    /// The handbook for a rubric, in the words of `strings`.
    public static func write(_ rubric: Rubric, strings: Strings) -> String {
        let index = HandbookIndex(rubric, strings: strings)
        var blocks = [header(index), method(index)]
        for dimension in rubric.dimensions { blocks.append(self.dimension(dimension, index: index)) }
        if let levels = levels(index) { blocks.append(levels) }
        if !rubric.resources.isEmpty { blocks.append(resources(index)) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Private

    private typealias Text = HandbookMarkdownText
    private typealias Word = HandbookWord

    private static func header(_ index: HandbookIndex) -> String {
        let rubric = index.rubric
        let s = index.strings
        let subtitle = s.format(Word.subtitle, Text.plain(rubric.version), "`\(rubric.id)`", counts(index))
        var lines = ["# \(Text.plain(rubric.title))", "", subtitle]
        if let summary = rubric.summary { lines += ["", MarkdownEscape.markdown(summary)] }
        return lines.joined(separator: "\n")
    }

    /// "12 questions in 4 dimensions, 10 scored".
    static func counts(_ index: HandbookIndex) -> String {
        let (rubric, s) = (index.rubric, index.strings)
        return s.format(
            Word.counts, s.plural(rubric.allCriteria.count, one: Word.questionsOne, many: .questionsMany),
            s.plural(rubric.dimensions.count, one: Word.dimensionsOne, many: .dimensionsMany),
            s.numbers.integer(rubric.scoredCriteriaCount))
    }

    /// "5, 4 scored" or "2, none scored": a dimension's questions in the method table.
    static func questionsCell(_ dimension: Dimension, _ s: Strings) -> String {
        let scored = dimension.criteria.filter(\.isScored).count
        return s.format(
            Word.questionsCell, s.numbers.integer(dimension.criteria.count),
            scored == 0 ? s[Word.noneScored] : s.format(Word.scored, s.numbers.integer(scored)))
    }

    private static func method(_ index: HandbookIndex) -> String {
        let (rubric, s) = (index.rubric, index.strings)
        let rule = HandbookRuleWord.self
        var lines = ["## " + s[Word.method], "", s[rule.kindsIntro], ""]
        for (kind, rule) in HandbookMethodText.kinds(rubric, s) { lines.append("- **\(kind):** \(Text.plain(rule))") }
        let head = [Word.dimension, .weightW, .share, .questions].map { s[$0] }.joined(separator: " | ")
        lines += [
            "", Text.plain(s[rule.counting]), "", Text.plain(s[rule.formulas]), "",
            "| \(head) |", "| --- | ---: | ---: | --- |",
        ]
        for dimension in rubric.dimensions {
            lines.append(
                "| \(index.number(dimension)). \(Text.cell(dimension.title)) | \(ReportText(s).weight(dimension.weight)) | "
                    + "\(index.share(dimension) ?? s[Word.neverScored]) | \(questionsCell(dimension, s)) |")
        }
        lines += [
            "", Text.plain(s[rule.verdicts]), "", "| \(s[Word.verdict]) | \(s[Word.overallScore]) |", "| --- | --- |",
        ]
        for (verdict, range) in HandbookText.verdictRanges(rubric.verdicts, s) {
            lines.append("| \(Text.cell(verdict.label)) | \(range) |")
        }
        for (title, text) in HandbookMethodText.rules(index) { lines += ["", "**\(title)** \(Text.plain(text))"] }
        return lines.joined(separator: "\n")
    }

    private static func dimension(_ dimension: Dimension, index: HandbookIndex) -> String {
        let number = index.number(dimension)
        let s = index.strings
        let weight = ReportText(s).weight(dimension.weight)
        var facts =
            index.share(dimension).map { [s.format(Word.weightFact, weight), s.format(Word.shareFact, $0)] }
            ?? [s[Word.neverScoredFact]]
        facts.append(questionsLine(dimension, s))
        var lines = ["## \(number). \(Text.plain(dimension.title))", "", facts.joined(separator: " · ")]
        if let summary = dimension.summary { lines += ["", MarkdownEscape.markdown(summary)] }
        for criterion in dimension.criteria {
            lines += ["", HandbookMarkdownQuestion.block(criterion, index: index)]
        }
        return lines.joined(separator: "\n")
    }

    /// "5 questions, 4 scored": a dimension's facts line.
    static func questionsLine(_ dimension: Dimension, _ s: Strings) -> String {
        let scored = dimension.criteria.filter(\.isScored).count
        return s.plural(
            dimension.criteria.count, one: Word.dimQuestionsOne, many: .dimQuestionsMany,
            scored == 0 ? s[Word.none] : s.numbers.integer(scored))
    }

    private static func levels(_ index: HandbookIndex) -> String? {
        guard index.rubric.usesLevels else { return nil }
        let s = index.strings
        var lines = ["## " + s[Word.levels]]
        for (dimension, levels) in index.ladders {
            if let dimension { lines += ["", "### \(index.number(dimension)). \(Text.plain(dimension.title))"] }
            lines += ["", "| \(s[Word.level]) | \(s[Word.name]) | \(s[Word.questions]) |", "| ---: | --- | --- |"]
            for level in levels {
                let questions = index.questions(atLevel: level, in: dimension)
                lines.append(
                    "| \(level) | \(Text.cell(index.levelName(level, in: dimension))) | "
                        + "\(questions.isEmpty ? "–" : questions.joined(separator: ", ")) |")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func resources(_ index: HandbookIndex) -> String {
        let s = index.strings
        var lines = ["## " + s[Word.resources]]
        for resource in index.rubric.resources {
            lines += ["", "### \(Text.plain(resource.title))"]
            if let url = resource.url.flatMap(SafeURL.link) { lines += ["", "<\(SafeURL.markdownDestination(url))>"] }
            if let summary = resource.summary { lines += ["", MarkdownEscape.markdown(summary)] }
            if let contact = resource.contact { lines += ["", s.format(Word.contact, Text.plain(contact))] }
            let details = HandbookResourceDetails.rows(resource, s)
            if !details.isEmpty { lines += [""] + details.map { "- **\($0.label):** \(Text.plain($0.text))" } }
            let numbers = index.referencedBy[resource.id] ?? []
            lines += [
                "",
                numbers.isEmpty
                    ? s[Word.noQuestion]
                    : s.format(
                        numbers.count == 1 ? Word.helpsOne : .helpsMany, HandbookText.list(numbers, or: false, s)),
            ]
        }
        return lines.joined(separator: "\n")
    }
}
