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
        try sink(header(summary))
        for (rank, index) in summary.rankingOrder.enumerated() {
            try sink(row(rank: rank + 1, summary.entry(index), summary))
        }
    }

    /// The header row.
    public static func header(_ summary: CohortSummary) -> String {
        let dimensions = summary.scoredDimensionIndices.map { summary.rubric.dimensions[$0] }
        var header = ["rank", "startup", "file", "score", "verdict"]
        header += dimensions.map(\.id)
        if summary.rubric.usesLevels { header += dimensions.map { "\($0.id).level" } }
        header += ["gates_failed", "unanswered"]
        return CSVText.row(header)
    }

    /// One startup's row; `rank` counts from 1.
    public static func row(rank: Int, _ entry: CohortEntry, _ summary: CohortSummary) -> String {
        String(rank) + "," + rowAfterRank(entry, summary)
    }

    /// A startup's row without its rank and the comma after it: everything but the rank is
    /// known as soon as the startup is scored, so a large cohort renders it then.
    public static func rowAfterRank(_ entry: CohortEntry, _ summary: CohortSummary) -> String {
        var out: [UInt8] = []
        appendRowAfterRank(entry, summary, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `rowAfterRank(_:_:)`'s bytes.
    public static func appendRowAfterRank(_ entry: CohortEntry, _ summary: CohortSummary, to out: inout [UInt8]) {
        CSVText.appendField(entry.startup, to: &out)
        out.append(0x2C)
        CSVText.appendField(entry.source, to: &out)
        out.append(0x2C)
        NumberText.appendOneDecimal(entry.score, to: &out)
        out.append(0x2C)
        CSVText.appendField(entry.verdict.id, to: &out)
        for index in summary.scoredDimensionIndices {
            out.append(0x2C)
            if let score = entry.dimensionScores[index] { NumberText.appendOneDecimal(score, to: &out) }
        }
        if summary.rubric.usesLevels, let levels = entry.levels {
            for index in summary.scoredDimensionIndices {
                out.append(0x2C)
                out.append(contentsOf: String(levels[index]).utf8)
            }
        }
        out.append(0x2C)
        CSVText.appendField(entry.gatesFailed.joined(separator: ";"), to: &out)
        out.append(0x2C)
        out.append(contentsOf: String(entry.unansweredCount).utf8)
        out.append(0x0D)
        out.append(0x0A)
    }
}
