import ReadinessKit

/// Writes `cohort.md`: the cohort overview a programme manager acts on, in Markdown.
public enum CohortMarkdownWriter {
    /// The overview: verdict counts, ranking, heat map, shared gaps, resource needs, failures.
    ///
    /// `linkReports` links each startup to its `<slug>.md` report (off with `--summary-only`).
    /// `top` is `summary.overviewEntries()`, when the caller has read it already. The words and
    /// numbers come from `strings`.
    public static func write(
        _ summary: CohortSummary, linkReports: Bool, top: [CohortEntry]? = nil,
        strings: Strings
    ) -> String {
        let rubric = summary.rubric
        let s = strings
        var out = "# \(s[Word.overview])\n\n"
        out += "\(MarkdownEscape.text(rubric.title)) \(MarkdownEscape.text(rubric.version)) · "
        out += s.plural(summary.count, one: Word.scoredOne, many: .scoredMany)
        if !summary.failures.isEmpty {
            out += " · " + s.format(Word.notScored, s.numbers.integer(summary.failures.count))
        }
        out += "\n\n"
        out += verdicts(summary, s)
        let top = top ?? summary.overviewEntries()
        out += ranking(summary, top: top, linkReports: linkReports, s)
        out += heatMap(summary, top: top, s)
        out += gaps(summary, s)
        out += resources(summary, s)
        out += failures(summary, s)
        return out
    }

    // MARK: - Private

    private typealias Word = CohortWord

    private static func verdicts(_ summary: CohortSummary, _ s: Strings) -> String {
        var out = "## \(s[Word.verdicts])\n\n| \(s[Word.verdict]) | \(s[Word.startups]) |\n| --- | ---: |\n"
        for (verdict, count) in summary.verdictCounts {
            out += "| \(MarkdownEscape.cell(verdict.label)) | \(s.numbers.integer(count)) |\n"
        }
        return out + "\n"
    }

    private static func ranking(_ summary: CohortSummary, top: [CohortEntry], linkReports: Bool, _ s: Strings) -> String
    {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        let n = s.numbers
        var out =
            "## \(s[Word.ranking])\n\n| \(s[Word.rank]) | \(s[Word.startup]) | \(s[Word.score]) | \(s[Word.verdict]) | "
        out += dimensions.map { MarkdownEscape.cell($0.title) + " |" }.joined(separator: " ")
        out += " \(s[Word.failedGates]) | \(s[Word.unanswered]) |\n| ---: | --- | ---: | --- | "
        out += dimensions.map { _ in "---: |" }.joined(separator: " ") + " --- | ---: |\n"
        for (rank, entry) in top.enumerated() {
            let name = MarkdownEscape.cell(entry.startup)
            let startup = linkReports ? "[\(name)](\(entry.slug).md)" : name
            var cells = [
                n.integer(rank + 1), startup, n.oneDecimal(entry.score), MarkdownEscape.cell(entry.verdict.label),
            ]
            for index in shown {
                let score = entry.dimensionScores[index]
                var cell = score.map(n.oneDecimal) ?? s[Word.notApplicable]
                if let level = entry.levels?[index], score != nil {
                    cell += " · " + s.format(Word.level, n.integer(Int(level)))
                }
                cells.append(cell)
            }
            cells.append(entry.gatesFailed.isEmpty ? "–" : entry.gatesFailed.map { "`\($0)`" }.joined(separator: ", "))
            cells.append(n.integer(entry.unansweredCount))
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out + "\n" + more(summary, shown: top.count, s)
    }

    /// A note when the overview lists only the top of a very large cohort.
    private static func more(_ summary: CohortSummary, shown: Int, _ s: Strings) -> String {
        let rest = summary.count - shown
        return rest > 0
            ? s.plural(rest, one: Word.moreStartupsOne, many: .moreStartupsMany, "`cohort.csv`") + "\n\n" : ""
    }

    private static func heatMap(_ summary: CohortSummary, top: [CohortEntry], _ s: Strings) -> String {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        var out = "## \(s[Word.heatMap])\n\n\(s[Word.heatLegendText])\n\n"
        out +=
            "| \(s[Word.startup]) | " + dimensions.map { MarkdownEscape.cell($0.title) + " |" }.joined(separator: " ")
            + "\n"
        out += "| --- | " + dimensions.map { _ in ":---: |" }.joined(separator: " ") + "\n"
        for entry in top {
            let cells = shown.map { entry.dimensionScores[$0] }.map { score -> String in
                guard let score else { return " " }
                return "\(shade(score)) \(Int(score.rounded(.toNearestOrAwayFromZero)))"
            }
            out += "| \(MarkdownEscape.cell(entry.startup)) | " + cells.joined(separator: " | ") + " |\n"
        }
        let allMeans = summary.dimensionMeans
        let means = shown.map { allMeans[$0] }.map { $0.map(s.numbers.oneDecimal) ?? s[Word.notApplicable] }
        out += "| **\(s[Word.mean])** | " + means.map { "**\($0)**" }.joined(separator: " | ") + " |\n"
        return out + "\n"
    }

    private static func gaps(_ summary: CohortSummary, _ s: Strings) -> String {
        let gaps = summary.sharedGaps()
        guard !gaps.isEmpty else { return "" }
        let n = s.numbers
        var out = "## \(s[Word.gaps])\n\n\(s[Word.gapsIntro])\n\n"
        let head = [Word.criterion, .question, .meanScore, .belowHalf].map { s[$0] }.joined(separator: " | ")
        out += "| \(head) |\n| --- | --- | ---: | ---: |\n"
        for tally in gaps {
            let question = summary.rubric.criterion(tally.criterion)?.question ?? ""
            let mean = tally.mean.map { s.format(Word.percent, n.oneDecimal($0 * 100)) } ?? s.format(Word.percent, "–")
            let share = s.format(Word.percent, n.oneDecimal(tally.belowHalfShare * 100))
            let below = s.format(Word.belowHalfOf, n.integer(tally.belowHalf), n.integer(tally.counted), share)
            out += "| `\(tally.criterion)` | \(MarkdownEscape.cell(question)) | \(mean) | \(below) |\n"
        }
        return out + "\n"
    }

    private static func resources(_ summary: CohortSummary, _ s: Strings) -> String {
        ResourceNeedsTable.markdown(summary.resourceNeeds, stepsShown: summary.stepsShown, s)
    }

    private static func failures(_ summary: CohortSummary, _ s: Strings) -> String {
        guard !summary.failures.isEmpty else { return "" }
        var out = "## \(s[Word.failures])\n\n"
        for failure in summary.failures {
            out += "- `\(failure.source)`\n"
            for message in failure.messages { out += "  - \(MarkdownEscape.text(message))\n" }
        }
        return out + "\n"
    }

    private static func shade(_ score: Double) -> String {
        switch score {
        case 75...: return "█"
        case 55..<75: return "▓"
        case 35..<55: return "▒"
        default: return "░"
        }
    }
}
