import ReadinessKit

/// The rows of an HTML answers table, rendered in Swift rather than by the template engine:
/// a report has one row per criterion, and a cohort renders thousands of reports, where the
/// template engine's per-variable lookups were most of the time. The markup is what the
/// template used to produce; everything from a questionnaire is escaped.
enum HTMLCriterionRows {
    /// The `<tr>` rows for a dimension's criteria.
    static func render(_ rows: [CriterionFacts]) -> [UInt8] {
        var out = ByteText(capacity: rows.count * 700)
        for row in rows { append(row, to: &out) }
        out.dropLast(ifItIs: 0x0A)  // the template line supplies the last newline
        return out.bytes
    }

    // MARK: - Private

    private static func append(_ row: CriterionFacts, to out: inout ByteText) {
        let counted = row.status != .notApplicable && row.status != .unscored
        let status = row.status.rawValue
        out.append("<tr class=\"row-")
        out.append(status)
        out.append(counted ? "\">\n" : " muted-row\">\n")
        out.append("<th scope=\"row\" data-label=\"Question\">")
        out.appendHTML(row.question)
        if let help = row.help {
            out.append("<details class=\"help\"><summary>Help</summary>")
            out.append(MarkdownHTML.render(help))
            out.append("</details>")
        }
        out.append("</th>\n<td data-label=\"Answer\">")
        if let answer = row.answer { out.appendHTML(answer) } else { out.append("<em class=\"muted\">unanswered</em>") }
        out.append("</td>\n<td data-label=\"Score\" class=\"num\">")
        out.appendHTML(ReportText.criterionScore(row.score))
        out.append("</td>\n<td data-label=\"Weight\" class=\"num\">")
        if counted { out.appendHTML(ReportText.weight(row.weight)) } else { out.append("–") }
        out.append("</td>\n<td data-label=\"Status\"><span class=\"badge ")
        out.append(status)
        out.append("\"><span aria-hidden=\"true\">")
        out.appendHTML(ReportText.statusSymbol(row.status))
        out.append("</span> ")
        out.appendHTML(ReportText.status(row.status))
        out.append("</span>")
        if row.gateFailed { out.append(" <span class=\"badge unmet\">✗ failed gate</span>") }
        if row.unverified { out.append(" <span class=\"badge unverified\">⚠ unverified</span>") }
        out.append("</td>\n<td data-label=\"Evidence\" class=\"evidence\">")
        if let evidence = row.evidence {
            if let link = SafeURL.link(evidence) {
                out.append("<a href=\"")
                out.appendHTML(link)
                out.append("\">")
                out.appendHTML(evidence)
                out.append("</a>")
            } else {
                out.appendHTML(evidence)
            }
        } else {
            out.append("–")
        }
        out.append("</td>\n<td data-label=\"Note\">")
        if let note = row.note { out.appendHTML(note) } else { out.append("–") }
        out.append("</td>\n</tr>\n")
    }
}
