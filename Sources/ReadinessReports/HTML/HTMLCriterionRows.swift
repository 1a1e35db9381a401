import ReadinessKit

/// The rows of an HTML answers table, rendered in Swift rather than by the template engine:
/// a report has one row per criterion, and a cohort renders thousands of reports, where the
/// template engine's per-variable lookups were most of the time. The markup is what the
/// template used to produce; everything from a questionnaire is escaped.
enum HTMLCriterionRows {
    /// The `<tr>` rows for a dimension's criteria.
    static func render(_ rows: [CriterionFacts], text: ReportText) -> [UInt8] {
        var out = ByteText(capacity: rows.count * 700)
        let labels = Labels(text.strings)
        for row in rows { append(row, text: text, labels: labels, to: &out) }
        out.dropLast(ifItIs: 0x0A)  // the template line supplies the last newline
        return out.bytes
    }

    // MARK: - Private

    /// The table's words, escaped once per table.
    private struct Labels {
        let question, answer, score, weight, status, evidence, note, help, unanswered, failedGate, unverified: String

        init(_ strings: Strings) {
            func e(_ key: ReportWord) -> String { HTMLEscape.text(strings[key]) }
            (question, answer, score, weight, status) = (e(.question), e(.answer), e(.score), e(.weight), e(.status))
            (evidence, note, help, unanswered) = (e(.evidence), e(.note), e(.help), e(.unanswered))
            (failedGate, unverified) = (e(.failedGate), e(.unverified))
        }
    }

    private static func append(_ row: CriterionFacts, text: ReportText, labels: Labels, to out: inout ByteText) {
        let counted = row.status != .notApplicable && row.status != .unscored
        let status = row.status.rawValue
        out.append("<tr class=\"row-")
        out.append(status)
        out.append(counted ? "\">\n" : " muted-row\">\n")
        out.append("<th scope=\"row\" data-label=\"")
        out.append(labels.question)
        out.append("\">")
        out.appendHTML(row.question)
        if let help = row.help {
            out.append("<details class=\"help\"><summary>")
            out.append(labels.help)
            out.append("</summary>")
            out.append(MarkdownHTML.render(help))
            out.append("</details>")
        }
        cell(labels.answer, after: "</th>", to: &out)
        if let answer = row.answer {
            out.appendHTML(answer)
        } else {
            out.append("<em class=\"muted\">")
            out.append(labels.unanswered)
            out.append("</em>")
        }
        cell(labels.score, number: true, to: &out)
        out.appendHTML(text.criterionScore(row.score))
        cell(labels.weight, number: true, to: &out)
        if counted { out.appendHTML(text.weight(row.weight)) } else { out.append("–") }
        cell(labels.status, to: &out)
        out.append("<span class=\"badge ")
        out.append(status)
        out.append("\"><span aria-hidden=\"true\">")
        out.appendHTML(ReportText.statusSymbol(row.status))
        out.append("</span> ")
        out.appendHTML(text.status(row.status))
        out.append("</span>")
        if row.gateFailed {
            out.append(" <span class=\"badge unmet\">✗ ")
            out.append(labels.failedGate)
            out.append("</span>")
        }
        if row.unverified {
            out.append(" <span class=\"badge unverified\">⚠ ")
            out.append(labels.unverified)
            out.append("</span>")
        }
        out.append("</td>\n<td data-label=\"")
        out.append(labels.evidence)
        out.append("\" class=\"evidence\">")
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
        cell(labels.note, to: &out)
        if let note = row.note { out.appendHTML(note) } else { out.append("–") }
        out.append("</td>\n</tr>\n")
    }

    /// Closes the cell before (`after`) and opens the next with its label (escaped already).
    private static func cell(_ label: String, number: Bool = false, after: String = "</td>", to out: inout ByteText) {
        out.append(after)
        out.append("\n<td data-label=\"")
        out.append(label)
        out.append(number ? "\" class=\"num\">" : "\">")
    }
}
