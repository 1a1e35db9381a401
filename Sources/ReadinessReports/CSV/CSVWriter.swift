import ReadinessKit

/// Writes one row per criterion as CSV (RFC 4180: comma-separated, CRLF line ends, a header
/// row): dimension, criterion, question, answer, score, status, gain, evidence, note.
///
/// Scores (0–1) and gains (points) keep full precision, like the JSON; text cells that a
/// spreadsheet could read as a formula are defused with a leading `'`.
public enum CSVWriter {
    /// The column names of the header row.
    public static let columns = [
        "dimension", "criterion", "question", "answer", "score", "status", "gain", "evidence", "note",
    ]

    /// The CSV for a scored questionnaire; `strings` words the answers as the other formats do.
    public static func write(_ result: AssessmentResult, rubric: Rubric, strings: Strings) -> String {
        write(ReportFacts(result, rubric: rubric, strings: strings))
    }

    /// The CSV for facts already derived.
    public static func write(_ facts: ReportFacts) -> String {
        var lines = [columns.joined(separator: ",")]
        for dimension in facts.dimensions {
            for row in dimension.rows {
                let cells = [
                    text(dimension.id),
                    text(row.key),
                    text(row.question),
                    text(row.answer ?? ""),
                    row.score.map(NumberText.canonical) ?? "",
                    text(row.status.rawValue),
                    row.gain.map(NumberText.canonical) ?? "",
                    text(row.evidence ?? ""),
                    text(row.note ?? ""),
                ]
                lines.append(cells.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: - Private

    /// A text cell: defused for spreadsheets, then quoted as RFC 4180 says.
    private static func text(_ value: String) -> String { CSVText.field(value) }
}
