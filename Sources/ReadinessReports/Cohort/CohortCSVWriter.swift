import ReadinessKit

/// Writes `cohort.csv`: one row per startup in rank order, for spreadsheets.
public enum CohortCSVWriter {
    /// The CSV text: rank, startup, file, score, verdict, every dimension score and level,
    /// failed gates and the unanswered count.
    public static func write(_ summary: CohortSummary) -> String {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        let levels = summary.rubric.usesLevels
        var header = ["rank", "startup", "file", "score", "verdict"]
        header += dimensions.map(\.id)
        if levels { header += dimensions.map { "\($0.id).level" } }
        header += ["gates_failed", "unanswered"]
        var out = CSVText.row(header)
        for (rank, entry) in summary.ranking.enumerated() {
            var row = [String(rank + 1), CSVText.defused(entry.startup), CSVText.defused(entry.source),
                       NumberText.oneDecimal(entry.score), entry.verdict.id]
            row += shown.map { entry.dimensionScores[$0].map(NumberText.oneDecimal) ?? "" }
            if levels, let entryLevels = entry.levels { row += shown.map { String(entryLevels[$0]) } }
            row += [entry.gatesFailed.joined(separator: ";"), String(entry.unansweredCount)]
            out += CSVText.row(row)
        }
        return out
    }
}
