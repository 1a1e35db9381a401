import ReadinessKit

/// The rows of an HTML answers table, rendered in Swift rather than by the template engine:
/// a report has one row per criterion, and a cohort renders thousands of reports, where the
/// template engine's per-variable lookups were most of the time. The markup is what the
/// template used to produce; everything from a questionnaire is escaped.
enum HTMLCriterionRows {
    /// The `<tr>` rows for a dimension's criteria.
    static func render(_ rows: [CriterionFacts]) -> String {
        var out = ""
        out.reserveCapacity(rows.count * 600)
        for row in rows { append(row, to: &out) }
        if out.hasSuffix("\n") { out.removeLast() }  // the template line supplies the last newline
        return out
    }

    // MARK: - Private

    private static func append(_ row: CriterionFacts, to out: inout String) {
        let counted = row.status != .notApplicable && row.status != .unscored
        let status = row.status.rawValue
        out += "<tr class=\"row-\(status)\(counted ? "" : " muted-row")\">\n"
        out += "<th scope=\"row\" data-label=\"Question\">\(e(row.question))"
        if let help = row.help { out += "<details class=\"help\"><summary>Help</summary>\(MarkdownHTML.render(help))</details>" }
        out += "</th>\n"
        out += "<td data-label=\"Answer\">\(row.answer.map(e) ?? "<em class=\"muted\">unanswered</em>")</td>\n"
        out += "<td data-label=\"Score\" class=\"num\">\(e(ReportText.criterionScore(row.score)))</td>\n"
        out += "<td data-label=\"Weight\" class=\"num\">\(counted ? e(ReportText.weight(row.weight)) : "–")</td>\n"
        out += "<td data-label=\"Status\"><span class=\"badge \(status)\"><span aria-hidden=\"true\">\(e(ReportText.statusSymbol(row.status)))</span> \(e(ReportText.status(row.status)))</span>"
        if row.gateFailed { out += " <span class=\"badge unmet\">✗ failed gate</span>" }
        if row.unverified { out += " <span class=\"badge unverified\">⚠ unverified</span>" }
        out += "</td>\n<td data-label=\"Evidence\" class=\"evidence\">"
        if let evidence = row.evidence {
            if let link = SafeURL.link(evidence) {
                out += "<a href=\"\(e(link))\">\(e(evidence))</a>"
            } else {
                out += e(evidence)
            }
        } else {
            out += "–"
        }
        out += "</td>\n<td data-label=\"Note\">\(row.note.map(e) ?? "–")</td>\n</tr>\n"
    }

    private static func e(_ text: String) -> String { HTMLEscape.text(text) }
}
