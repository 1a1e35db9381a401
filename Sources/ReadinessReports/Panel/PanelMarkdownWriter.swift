import ReadinessKit

/// Writes a startup's panel report in Markdown: the consensus as the assessment report shows it
/// (`MarkdownWriter`), then the panel: members, dimension scores by assessor, the criteria to
/// discuss with every answer, and founder vs panel.
enum PanelMarkdownWriter {
    /// The whole report.
    static func write(_ panel: PanelResult, consensus facts: ReportFacts, strings s: Strings, discuss: Double) -> String
    {
        let page = PanelPageFacts(panel, strings: s)
        var out = MarkdownWriter.write(facts)
        if !out.hasSuffix("\n\n") { out += "\n" }
        out += "## \(s[PanelWord.review])\n\n"
        out += PanelText.membersLines(panel, s).map { MarkdownEscape.text($0) + "\n" }.joined(separator: "\n") + "\n"
        out += "### \(s[PanelWord.byAssessor])\n\n"
        let founder = panel.founderResult != nil
        var header = [s[PanelWord.dimension], s[PanelWord.panel]] + page.members.map(MarkdownEscape.cell)
        if founder { header.append(s[PanelWord.founder]) }
        header.append(s[PanelWord.spread])
        out += "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + [String](repeating: " --- |", count: header.count).joined() + "\n"
        for row in page.dimensions {
            var cells =
                [MarkdownEscape.cell(row.title), PanelText.score(row.panel, s)]
                + row.members.map { PanelText.score($0, s) }
            if founder { cells.append(PanelText.score(row.founder, s)) }
            cells.append(PanelText.score(row.spread, s))
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\n### \(s[PanelWord.discuss])\n\n"
        let threshold = s.numbers.canonical(discuss)
        if page.discuss.isEmpty {
            out += MarkdownEscape.text(s.format(PanelWord.discussNone, threshold)) + "\n\n"
        } else {
            out += MarkdownEscape.text(s.format(PanelWord.discussIntro, threshold)) + "\n\n"
            for item in page.discuss {
                out += "#### \(MarkdownEscape.text(item.question))\n\n"
                out += "`\(item.id)` · \(s[PanelWord.spread]) \(s.numbers.canonical(item.spread))\n\n"
                let columns = [PanelWord.assessor, .answer, .score, .evidence, .note].map { s[$0] }
                out +=
                    "| " + columns.joined(separator: " | ") + " |\n|" + [String](repeating: " --- |", count: 5).joined()
                    + "\n"
                for answer in item.answers {
                    let cells = [
                        answer.assessor, answer.answer ?? s[PanelWord.blank],
                        answer.score.map { s.numbers.canonical($0) } ?? s[PanelWord.blank],
                        answer.evidence ?? "", answer.note ?? "",
                    ]
                    out += "| " + cells.map(MarkdownEscape.cell).joined(separator: " | ") + " |\n"
                }
                out += "\n"
            }
        }
        if let gap = panel.selfGap {
            out +=
                "### \(s[PanelWord.founderVsPanel])\n\n\(MarkdownEscape.text(PanelText.founderSentence(gap.overall, s)))\n\n"
            out += "| \(s[PanelWord.dimension]) | \(s[PanelWord.gap]) |\n| --- | --- |\n"
            for (id, value) in gap.dimensions {
                let title = panel.result.dimensions.first { $0.id == id }?.title ?? id
                out += "| \(MarkdownEscape.cell(title)) | \(PanelText.signed(value, s)) |\n"
            }
            out += "\n"
        }
        return out
    }
}
