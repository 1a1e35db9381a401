import ReadinessKit

/// Writes a progress report (two assessments of one startup) as GitHub-flavoured Markdown,
/// in the style of the assessment report: text bars, tables, no raw HTML.
///
/// A pure function of the comparison and its rubric: no clock, no locale, no I/O.
public enum CompareMarkdownWriter {
    /// The report for a comparison.
    public static func write(_ comparison: Comparison, rubric: Rubric) -> String {
        write(CompareFacts(comparison, rubric: rubric))
    }

    /// The report for facts already derived.
    public static func write(_ facts: CompareFacts) -> String {
        var blocks = [header(facts), score(facts), dimensions(facts)]
        blocks.append(criteria("Improved", facts.improved, empty: "No criterion scores higher than before."))
        blocks.append(criteria("Slipped", facts.slipped, empty: "No criterion scores lower than before."))
        if !facts.newlyScored.isEmpty { blocks.append(criteria("Newly scored", facts.newlyScored, empty: "")) }
        if !facts.noLongerScored.isEmpty { blocks.append(criteria("No longer scored", facts.noLongerScored, empty: "")) }
        if !facts.newlyAnswered.isEmpty { blocks.append(newlyAnswered(facts)) }
        blocks.append(nextSteps(facts))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Private

    private static func header(_ facts: CompareFacts) -> String {
        let meta = "**\(MarkdownEscape.text(facts.rubricTitle))** \(MarkdownEscape.text(facts.rubricVersion))"
            + " · \(MarkdownEscape.text(facts.dates.before)) → \(MarkdownEscape.text(facts.dates.after))"
        return ["# \(MarkdownEscape.text(facts.startup)): progress", "", meta].joined(separator: "\n")
    }

    private static func score(_ facts: CompareFacts) -> String {
        let arrow = CompareFacts.arrow(facts.scoreTrend)
        let verdict = facts.verdictTrend == .same
            ? "Verdict: **\(MarkdownEscape.text(facts.verdicts.after))** (unchanged)"
            : "Verdict: \(MarkdownEscape.text(facts.verdicts.before)) → **\(MarkdownEscape.text(facts.verdicts.after))** \(CompareFacts.arrow(facts.verdictTrend))"
        return [
            "## Score: \(facts.scores.before) → \(facts.scores.after) (\(arrow) \(facts.scoreChange))",
            "",
            "`\(TextBar.bar(facts.scoreAfter, width: 20))` \(facts.scores.after) / 100",
            "",
            verdict,
        ].joined(separator: "\n")
    }

    private static func dimensions(_ facts: CompareFacts) -> String {
        var lines = ["## Dimensions", "", "| Dimension | Before | After | Change |", "| --- | ---: | ---: | ---: |"]
        for row in facts.dimensions {
            lines.append("| \(MarkdownEscape.cell(row.title)) | \(row.before) | \(row.after) | \(change(row)) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func criteria(_ title: String, _ rows: [CompareRow], empty: String) -> String {
        var lines = ["## \(title) (\(rows.count))", ""]
        if rows.isEmpty { return (lines + [empty]).joined(separator: "\n") }
        lines += ["| Question | Dimension | Before | After | Change | Answer before | Answer now |",
                  "| --- | --- | ---: | ---: | ---: | --- | --- |"]
        for row in rows {
            lines.append("| \(MarkdownEscape.cell(row.title)) | \(MarkdownEscape.cell(row.dimension)) | \(row.before) | \(row.after) | "
                + "\(change(row)) | \(MarkdownEscape.cell(row.answers.before)) | \(MarkdownEscape.cell(row.answers.after)) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func newlyAnswered(_ facts: CompareFacts) -> String {
        var lines = ["## Newly answered (\(facts.newlyAnswered.count))", ""]
        for row in facts.newlyAnswered {
            lines.append("- **\(MarkdownEscape.text(row.title))** — \(MarkdownEscape.text(row.answers.after ?? ""))")
        }
        return lines.joined(separator: "\n")
    }

    private static func nextSteps(_ facts: CompareFacts) -> String {
        var lines = ["## Next steps now"]
        if facts.nextSteps.isEmpty {
            return (lines + ["", "Nothing left to gain: every counted criterion is met."]).joined(separator: "\n")
        }
        for step in facts.nextSteps {
            let rank = "\(step.rank). "
            let pad = String(repeating: " ", count: rank.count)
            var meta = "\(step.gain) points · \(step.dimension)"
            if step.gateFailed { meta += " · failed gate" }
            lines += ["", "\(rank)**\(MarkdownEscape.text(step.question))**", pad + MarkdownEscape.text(meta)]
        }
        let more = facts.nextStepTotal - facts.nextSteps.count
        if more > 0 { lines += ["", "\(more) more step\(more == 1 ? "" : "s") in the assessment report."] }
        return lines.joined(separator: "\n")
    }

    private static func change(_ row: CompareRow) -> String {
        row.trend == .same ? row.change : "\(CompareFacts.arrow(row.trend)) \(row.change)"
    }
}
