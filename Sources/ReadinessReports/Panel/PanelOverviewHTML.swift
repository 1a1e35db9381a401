import ReadinessKit

/// Writes `panel.html`: the same facts as `panel.md` as one self-contained page in the
/// reports' style; every name from a questionnaire is escaped.
enum PanelOverviewHTML {
    static func write(_ run: PanelRun, strings s: Strings, slug: (PanelResult) -> String) -> String {
        let title =
            run.startups.first.map { s.format(PanelWord.overviewTitle, $0.result.rubricTitle) } ?? s[PanelWord.overview]
        var out = HTMLPage.opening(title: title, extraStyle: style, banner: nil, language: s.language)
        out += "<h1>\(e(s[PanelWord.overview]))</h1>\n"
        out +=
            "<p class=\"meta\">\(e(s.plural(run.startups.count, one: PanelWord.startupsOne, many: .startupsMany)))</p>\n"
        out += "<h2>\(e(s[PanelWord.ranking]))</h2>\n<div class=\"table-wrap\"><table class=\"ranking\">\n<thead><tr>"
        var columns = [PanelWord.rank, .startup, .verdict, .score]
        if run.normalized { columns.append(.normalized) }
        columns += [.spread, .discussCount, .founderGap]
        out += columns.map { "<th scope=\"col\">\(e(s[$0]))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (rank, panel) in run.startups.enumerated() {
            out += "<tr><td class=\"num\">\(rank + 1)</td>"
            out += "<th scope=\"row\"><a href=\"\(e(slug(panel))).html\">\(e(panel.startup.name))</a></th>"
            var cells = [panel.result.verdict.label, PanelText.score(panel.result.score, s)]
            if run.normalized { cells.append(PanelText.score(panel.normalizedScore, s)) }
            cells += [
                PanelText.score(PanelText.overallSpread(panel), s), s.numbers.integer(panel.discuss.count),
                PanelText.signed(panel.selfGap?.overall, s),
            ]
            out += cells.map { "<td class=\"num\">\(e($0))</td>" }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        out += "<h2>\(e(s[PanelWord.reviewers]))</h2>\n<p>\(e(s[PanelWord.reviewersIntro]))</p>\n<table>\n<thead><tr>"
        out += [PanelWord.assessor, .assessments, .meanOffset, .tendency, .recusals].map {
            "<th scope=\"col\">\(e(s[$0]))</th>"
        }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for reviewer in run.reviewers {
            out += "<tr><th scope=\"row\">\(e(reviewer.assessor))</th><td class=\"num\">\(reviewer.assessments)</td>"
            out +=
                "<td class=\"num\">\(e(PanelText.signed(reviewer.offset, s)))</td><td>\(e(PanelText.tendency(reviewer.offset, s)))</td>"
            out += "<td class=\"num\">\(reviewer.recusals)</td></tr>\n"
        }
        out +=
            "</tbody>\n</table>\n<h2>\(e(s[PanelWord.cohortGap]))</h2>\n<p>\(e(PanelText.foundersSentence(run.founderGap, s)))</p>\n"
        if !run.founderGapByDimension.isEmpty {
            out +=
                "<table>\n<thead><tr><th scope=\"col\">\(e(s[PanelWord.dimension]))</th><th scope=\"col\">\(e(s[PanelWord.gap]))</th></tr></thead>\n<tbody>\n"
            for (id, gap) in run.founderGapByDimension {
                out +=
                    "<tr><th scope=\"row\">\(e(PanelOverviewText.dimensionTitle(id, run)))</th><td class=\"num\">\(e(PanelText.signed(gap, s)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += ResourceNeedsTable.html(run.resourceNeeds, stepsShown: ReportFacts.stepLimit, s)
        if !run.recused.isEmpty {
            out += "<h2>\(e(s[PanelWord.recusedList]))</h2>\n<ul>\n"
            for item in run.recused {
                out += "<li>\(e(s.format(PanelWord.recusedItem, item.assessor, item.questionnaire.startup)))</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    static func e(_ text: String) -> String { HTMLEscape.text(text) }

    private static let style = """
        main { max-width: 70rem; }
        .table-wrap { overflow-x: auto; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        """
}
