import ReadinessKit

/// Writes a progress report (two assessments of one startup) as GitHub-flavoured Markdown,
/// in the style of the assessment report: text bars, tables, no raw HTML.
///
/// A pure function of the comparison, its rubric and a strings table: no clock, no locale, no I/O.
public enum CompareMarkdownWriter {
    /// The report for a comparison, in the words of `strings`.
    public static func write(_ comparison: Comparison, rubric: Rubric, strings: Strings) -> String {
        write(CompareFacts(comparison, rubric: rubric, strings: strings))
    }

    /// The report for facts already derived.
    public static func write(_ facts: CompareFacts) -> String {
        let words = facts.strings
        var blocks = [header(facts), score(facts), dimensions(facts)]
        blocks.append(criteria(.improved, facts.improved, empty: words[ComparePageWord.noneHigher], words: words))
        blocks.append(criteria(.slipped, facts.slipped, empty: words[ComparePageWord.noneLower], words: words))
        if !facts.newlyScored.isEmpty {
            blocks.append(criteria(.newlyScored, facts.newlyScored, empty: "", words: words))
        }
        if !facts.noLongerScored.isEmpty {
            blocks.append(criteria(.noLongerScored, facts.noLongerScored, empty: "", words: words))
        }
        if !facts.newlyAnswered.isEmpty { blocks.append(newlyAnswered(facts)) }
        blocks.append(nextSteps(facts))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Private

    private static func header(_ facts: CompareFacts) -> String {
        let meta =
            "**\(MarkdownEscape.text(facts.rubricTitle))** \(MarkdownEscape.text(facts.rubricVersion))"
            + " · \(MarkdownEscape.text(facts.dates.before)) → \(MarkdownEscape.text(facts.dates.after))"
        let heading = facts.strings.format(ComparePageWord.progressHeading, MarkdownEscape.text(facts.startup))
        return ["# " + heading, "", meta].joined(separator: "\n")
    }

    private static func score(_ facts: CompareFacts) -> String {
        let words = facts.strings
        let arrow = CompareFacts.arrow(facts.scoreTrend)
        let (before, after) = (MarkdownEscape.text(facts.verdicts.before), MarkdownEscape.text(facts.verdicts.after))
        let verdict =
            facts.verdictTrend == .same
            ? words.format(ComparePageWord.verdictSame, after)
            : words.format(ComparePageWord.verdictChanged, before, after, CompareFacts.arrow(facts.verdictTrend))
        return [
            "## "
                + words.format(
                    ComparePageWord.scoreHeading, facts.scores.before, facts.scores.after, arrow, facts.scoreChange),
            "",
            "`\(TextBar.bar(facts.scoreAfter, width: 20))` "
                + words.format(ComparePageWord.outOf100, facts.scores.after),
            "",
            verdict,
        ].joined(separator: "\n")
    }

    private static func dimensions(_ facts: CompareFacts) -> String {
        let words = facts.strings
        let head = [ComparePageWord.dimension, .before, .after, .change].map { words[$0] }
        var lines = [
            "## " + words[ComparePageWord.dimensions], "", "| " + head.joined(separator: " | ") + " |",
            "| --- | ---: | ---: | ---: |",
        ]
        for row in facts.dimensions {
            lines.append("| \(MarkdownEscape.cell(row.title)) | \(row.before) | \(row.after) | \(change(row)) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func criteria(_ title: ComparePageWord, _ rows: [CompareRow], empty: String, words: Strings)
        -> String
    {
        var lines = [
            "## " + words.format(ComparePageWord.section, words[title], words.numbers.integer(rows.count)), "",
        ]
        if rows.isEmpty { return (lines + [empty]).joined(separator: "\n") }
        let head = [ComparePageWord.question, .dimension, .before, .after, .change, .answerBefore, .answerNow].map {
            words[$0]
        }
        lines += ["| " + head.joined(separator: " | ") + " |", "| --- | --- | ---: | ---: | ---: | --- | --- |"]
        for row in rows {
            lines.append(
                "| \(MarkdownEscape.cell(row.title)) | \(MarkdownEscape.cell(row.dimension)) | \(row.before) | \(row.after) | "
                    + "\(change(row)) | \(MarkdownEscape.cell(row.answers.before)) | \(MarkdownEscape.cell(row.answers.after)) |"
            )
        }
        return lines.joined(separator: "\n")
    }

    private static func newlyAnswered(_ facts: CompareFacts) -> String {
        let words = facts.strings
        let count = words.numbers.integer(facts.newlyAnswered.count)
        var lines = ["## " + words.format(ComparePageWord.section, words[ComparePageWord.newlyAnswered], count), ""]
        for row in facts.newlyAnswered {
            lines.append("- **\(MarkdownEscape.text(row.title))** — \(MarkdownEscape.text(row.answers.after ?? ""))")
        }
        return lines.joined(separator: "\n")
    }

    private static func nextSteps(_ facts: CompareFacts) -> String {
        let words = facts.strings
        var lines = ["## " + words[ComparePageWord.nextSteps]]
        if facts.nextSteps.isEmpty {
            return (lines + ["", words[ComparePageWord.nothingToGain]]).joined(separator: "\n")
        }
        for step in facts.nextSteps {
            let rank = "\(step.rank). "
            let pad = String(repeating: " ", count: rank.count)
            let meta = words.format(
                step.gateFailed ? ComparePageWord.stepLineGate : .stepLine, step.gain, step.dimension)
            lines += ["", "\(rank)**\(MarkdownEscape.text(step.question))**", pad + MarkdownEscape.text(meta)]
        }
        let more = facts.nextStepTotal - facts.nextSteps.count
        if more > 0 { lines += ["", words.plural(more, one: ComparePageWord.moreStepsOne, many: .moreStepsMany)] }
        return lines.joined(separator: "\n")
    }

    private static func change(_ row: CompareRow) -> String {
        row.trend == .same ? row.change : "\(CompareFacts.arrow(row.trend)) \(row.change)"
    }
}
