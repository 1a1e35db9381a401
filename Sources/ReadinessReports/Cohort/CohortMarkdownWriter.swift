import ReadinessKit

/// Writes `cohort.md`: the cohort overview a programme manager acts on, in Markdown.
public enum CohortMarkdownWriter {
    /// The overview: verdict counts, ranking, heat map, shared gaps, resource needs, failures.
    ///
    /// `linkReports` links each startup to its `<slug>.md` report (off with `--summary-only`).
    /// `top` is `summary.overviewEntries()`, when the caller has read it already.
    public static func write(_ summary: CohortSummary, linkReports: Bool, top: [CohortEntry]? = nil) -> String {
        let rubric = summary.rubric
        var out = "# Cohort overview\n\n"
        out += "\(MarkdownEscape.text(rubric.title)) \(MarkdownEscape.text(rubric.version)) · "
        out += "\(summary.count) startup\(summary.count == 1 ? "" : "s") scored"
        if !summary.failures.isEmpty { out += " · \(summary.failures.count) could not be scored" }
        out += "\n\n"
        out += verdicts(summary)
        let top = top ?? summary.overviewEntries()
        out += ranking(summary, top: top, linkReports: linkReports)
        out += heatMap(summary, top: top)
        out += gaps(summary)
        out += resources(summary)
        out += failures(summary)
        return out
    }

    // MARK: - Private

    private static func verdicts(_ summary: CohortSummary) -> String {
        var out = "## Verdicts\n\n| Verdict | Startups |\n| --- | ---: |\n"
        for (verdict, count) in summary.verdictCounts {
            out += "| \(MarkdownEscape.cell(verdict.label)) | \(count) |\n"
        }
        return out + "\n"
    }

    private static func ranking(_ summary: CohortSummary, top: [CohortEntry], linkReports: Bool) -> String {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        var out = "## Ranking\n\n| # | Startup | Score | Verdict | "
        out += dimensions.map { MarkdownEscape.cell($0.title) + " |" }.joined(separator: " ")
        out += " Failed gates | Unanswered |\n| ---: | --- | ---: | --- | "
        out += dimensions.map { _ in "---: |" }.joined(separator: " ") + " --- | ---: |\n"
        for (rank, entry) in top.enumerated() {
            let name = MarkdownEscape.cell(entry.startup)
            let startup = linkReports ? "[\(name)](\(entry.slug).md)" : name
            var cells = ["\(rank + 1)", startup, NumberText.oneDecimal(entry.score), MarkdownEscape.cell(entry.verdict.label)]
            for index in shown {
                let score = entry.dimensionScores[index]
                var cell = score.map(NumberText.oneDecimal) ?? "n/a"
                if let level = entry.levels?[index], score != nil { cell += " · L\(level)" }
                cells.append(cell)
            }
            cells.append(entry.gatesFailed.isEmpty ? "–" : entry.gatesFailed.map { "`\($0)`" }.joined(separator: ", "))
            cells.append(String(entry.unansweredCount))
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out + "\n" + more(summary, shown: top.count)
    }

    /// A note when the overview lists only the top of a very large cohort.
    private static func more(_ summary: CohortSummary, shown: Int) -> String {
        let rest = summary.count - shown
        return rest > 0 ? "… and \(rest) more startups, all listed in `cohort.csv`.\n\n" : ""
    }

    private static func heatMap(_ summary: CohortSummary, top: [CohortEntry]) -> String {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        var out = "## Heat map\n\n█ 75–100 · ▓ 55–75 · ▒ 35–55 · ░ 0–35 · blank: not applicable\n\n"
        out += "| Startup | " + dimensions.map { MarkdownEscape.cell($0.title) + " |" }.joined(separator: " ") + "\n"
        out += "| --- | " + dimensions.map { _ in ":---: |" }.joined(separator: " ") + "\n"
        for entry in top {
            let cells = shown.map { entry.dimensionScores[$0] }.map { score -> String in
                guard let score else { return " " }
                return "\(shade(score)) \(Int(score.rounded(.toNearestOrAwayFromZero)))"
            }
            out += "| \(MarkdownEscape.cell(entry.startup)) | " + cells.joined(separator: " | ") + " |\n"
        }
        let allMeans = summary.dimensionMeans
        let means = shown.map { allMeans[$0] }.map { $0.map(NumberText.oneDecimal) ?? "n/a" }
        out += "| **Mean** | " + means.map { "**\($0)**" }.joined(separator: " | ") + " |\n"
        return out + "\n"
    }

    private static func gaps(_ summary: CohortSummary) -> String {
        let gaps = summary.sharedGaps()
        guard !gaps.isEmpty else { return "" }
        var out = "## Gaps the cohort shares\n\nThe criteria with the lowest mean score: the workshops to run next.\n\n"
        out += "| Criterion | Question | Mean score | Below half marks |\n| --- | --- | ---: | ---: |\n"
        for tally in gaps {
            let question = summary.rubric.criterion(tally.criterion)?.question ?? ""
            let mean = tally.mean.map { NumberText.oneDecimal($0 * 100) } ?? "–"
            let share = NumberText.oneDecimal(tally.belowHalfShare * 100)
            out += "| `\(tally.criterion)` | \(MarkdownEscape.cell(question)) | \(mean) % | \(tally.belowHalf) of \(tally.counted) (\(share) %) |\n"
        }
        return out + "\n"
    }

    private static func resources(_ summary: CohortSummary) -> String {
        let needs = summary.resourceNeeds
        guard !needs.isEmpty else { return "" }
        var out = "## Resources the cohort needs\n\nHow many startups have each resource among their first \(summary.stepsShown) next steps.\n\n"
        out += "| Resource | Startups |\n| --- | ---: |\n"
        for (resource, count) in needs {
            out += "| \(MarkdownEscape.cell(resource.title)) | \(count) |\n"
        }
        return out + "\n"
    }

    private static func failures(_ summary: CohortSummary) -> String {
        guard !summary.failures.isEmpty else { return "" }
        var out = "## Could not be scored\n\n"
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
