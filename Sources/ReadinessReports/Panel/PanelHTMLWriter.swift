import ReadinessKit

/// Writes a startup's panel report in HTML: the consensus as the assessment report's template
/// renders it (`HTMLWriter`), with the panel's section added before the page's end: members,
/// dimension scores by assessor, the spread chart, the criteria to discuss, founder vs panel.
enum PanelHTMLWriter {
    /// The whole page.
    static func write(
        _ panel: PanelResult, consensus facts: ReportFacts, templates: ReportTemplates, strings s: Strings,
        discuss: Double
    ) throws(TemplateError) -> String {
        var page = try HTMLWriter.write(facts, templates: templates)
        let section = self.section(panel, strings: s, discuss: discuss)
        for marker in ["</main>", "</body>"] {
            if let range = page.ranges(of: marker).last {
                page.replaceSubrange(range, with: section + marker)
                return page
            }
        }
        return page + section
    }

    static func e(_ text: String) -> String { HTMLEscape.text(text) }

    private static func section(_ panel: PanelResult, strings s: Strings, discuss: Double) -> String {
        let page = PanelPageFacts(panel, strings: s)
        var out =
            "<section class=\"panel\">\n<style>\n\(PanelSpreadChart.style)\n</style>\n<h2>\(e(s[PanelWord.review]))</h2>\n"
        for line in PanelText.membersLines(panel, s) { out += "<p>\(e(line))</p>\n" }
        out += "<h3>\(e(s[PanelWord.byAssessor]))</h3>\n<div class=\"table-wrap\"><table>\n<thead><tr>"
        let founder = panel.founderResult != nil
        var header = [s[PanelWord.dimension], s[PanelWord.panel]] + page.members
        if founder { header.append(s[PanelWord.founder]) }
        header.append(s[PanelWord.spread])
        out += header.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in page.dimensions {
            var cells = [PanelText.score(row.panel, s)] + row.members.map { PanelText.score($0, s) }
            if founder { cells.append(PanelText.score(row.founder, s)) }
            cells.append(PanelText.score(row.spread, s))
            out +=
                "<tr><th scope=\"row\">\(e(row.title))</th>" + cells.map { "<td class=\"num\">\(e($0))</td>" }.joined()
                + "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n<h3>\(e(s[PanelWord.chart]))</h3>\n<figure>\n"
        out += PanelSpreadChart.svg(page.dimensions, strings: s)
        out += "<figcaption>\(e(s[PanelWord.chartNote]))</figcaption>\n</figure>\n"
        out += "<h3>\(e(s[PanelWord.discuss]))</h3>\n"
        let threshold = s.numbers.canonical(discuss)
        out += "<p>\(e(s.format(page.discuss.isEmpty ? PanelWord.discussNone : .discussIntro, threshold)))</p>\n"
        for item in page.discuss {
            out +=
                "<h4>\(e(item.question))</h4>\n<p><code>\(e(item.id))</code> · \(e(s[PanelWord.spread])) \(e(s.numbers.canonical(item.spread)))</p>\n"
            out += "<div class=\"table-wrap\"><table>\n<thead><tr>"
            out += [PanelWord.assessor, .answer, .score, .evidence, .note].map { "<th scope=\"col\">\(e(s[$0]))</th>" }
                .joined()
            out += "</tr></thead>\n<tbody>\n"
            for answer in item.answers {
                out +=
                    "<tr><th scope=\"row\">\(e(answer.assessor))</th><td>\(e(answer.answer ?? s[PanelWord.blank]))</td>"
                out += "<td class=\"num\">\(e(answer.score.map { s.numbers.canonical($0) } ?? s[PanelWord.blank]))</td>"
                out += "<td>\(e(answer.evidence ?? ""))</td><td>\(e(answer.note ?? ""))</td></tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
        }
        if let gap = panel.selfGap {
            out +=
                "<h3>\(e(s[PanelWord.founderVsPanel]))</h3>\n<p>\(e(PanelText.founderSentence(gap.overall, s)))</p>\n"
            out +=
                "<table>\n<thead><tr><th scope=\"col\">\(e(s[PanelWord.dimension]))</th><th scope=\"col\">\(e(s[PanelWord.gap]))</th></tr></thead>\n<tbody>\n"
            for (id, value) in gap.dimensions {
                let title = panel.result.dimensions.first { $0.id == id }?.title ?? id
                out +=
                    "<tr><th scope=\"row\">\(e(title))</th><td class=\"num\">\(e(PanelText.signed(value, s)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }
}
