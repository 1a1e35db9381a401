import ReadinessKit

/// Writes `cohort.csv`: one row per startup in rank order, for spreadsheets.
public enum CohortCSVWriter {
    /// The CSV text: rank, startup, file, score, verdict, every dimension score and level,
    /// failed gates and the unanswered count.
    public static func write(_ summary: CohortSummary) -> String {
        var out = ""
        write(summary) { out += $0 }
        return out
    }

    /// The same CSV handed to `sink` row by row, for cohorts too large to hold as one string.
    public static func write(_ summary: CohortSummary, to sink: (String) throws -> Void) rethrows {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        let levels = summary.rubric.usesLevels
        var header = ["rank", "startup", "file", "score", "verdict"]
        header += dimensions.map(\.id)
        if levels { header += dimensions.map { "\($0.id).level" } }
        header += ["gates_failed", "unanswered"]
        try sink(CSVText.row(header))
        for (rank, index) in summary.rankingOrder.enumerated() {
            let entry = summary.entry(index)
            var row = [String(rank + 1), CSVText.defused(entry.startup), CSVText.defused(entry.source),
                       NumberText.oneDecimal(entry.score), entry.verdict.id]
            row += shown.map { entry.dimensionScores[$0].map(NumberText.oneDecimal) ?? "" }
            if levels, let entryLevels = entry.levels { row += shown.map { String(entryLevels[$0]) } }
            row += [entry.gatesFailed.joined(separator: ";"), String(entry.unansweredCount)]
            try sink(CSVText.row(row))
        }
    }
}
