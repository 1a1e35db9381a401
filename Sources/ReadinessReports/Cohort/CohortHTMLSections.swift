import ReadinessKit

/// The sections of the cohort overview page.
enum CohortHTMLSections {
    private typealias Word = CohortWord

    private static func e(_ text: String) -> String { HTMLEscape.text(text) }

    /// A column heading.
    private static func th(_ word: Word, _ s: Strings, number: Bool = false) -> String {
        "<th scope=\"col\"\(number ? " class=\"num\"" : "")>\(e(s[word]))</th>"
    }

    /// The verdict counts.
    static func verdicts(_ summary: CohortSummary, _ s: Strings) -> String {
        var out =
            "<section aria-labelledby=\"verdicts\"><h2 id=\"verdicts\">\(e(s[Word.verdicts]))</h2>\n<ul class=\"verdict-counts\">\n"
        for (index, (verdict, count)) in summary.verdictCounts.enumerated() {
            let tone = tone(verdictIndex: index, of: summary.rubric.verdicts.count)
            out += "<li class=\"tone-\(tone)\"><strong>\(s.numbers.integer(count))</strong>\(e(verdict.label))</li>\n"
        }
        return out + "</ul></section>\n"
    }

    /// The ranking table, best first.
    static func ranking(_ summary: CohortSummary, top: [CohortEntry], linkReports: Bool, _ s: Strings) -> String {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        let n = s.numbers
        let na = e(s[Word.notApplicable])
        var out =
            "<section aria-labelledby=\"ranking\"><h2 id=\"ranking\">\(e(s[Word.ranking]))</h2>\n"
            + "<div class=\"table-wrap\"><table class=\"ranking\">\n<thead><tr>"
            + th(.rank, s) + th(.startup, s) + th(.score, s, number: true) + th(.verdict, s)
        for dimension in dimensions { out += "<th scope=\"col\" class=\"num\">\(e(dimension.title))</th>" }
        out += th(.failedGates, s) + th(.unanswered, s, number: true) + "</tr></thead>\n<tbody>\n"
        for (rank, entry) in top.enumerated() {
            let name = e(entry.startup)
            let startup = linkReports ? "<a href=\"\(e(entry.slug)).html\">\(name)</a>" : name
            out +=
                "<tr><td class=\"num\">\(n.integer(rank + 1))</td><th scope=\"row\">\(startup)</th>"
                + "<td class=\"num\"><strong>\(n.oneDecimal(entry.score))</strong></td><td>\(e(entry.verdict.label))</td>"
            for index in shown {
                let score = entry.dimensionScores[index]
                var cell = score.map(n.oneDecimal) ?? na
                if let level = entry.levels?[index], score != nil {
                    cell += " <span class=\"muted\">\(e(s.format(Word.level, n.integer(Int(level)))))</span>"
                }
                out += "<td class=\"num\">\(cell)</td>"
            }
            let gates =
                entry.gatesFailed.isEmpty
                ? "–" : entry.gatesFailed.map { "<code>\(e($0))</code>" }.joined(separator: ", ")
            out += "<td>\(gates)</td><td class=\"num\">\(n.integer(entry.unansweredCount))</td></tr>\n"
        }
        out += "</tbody></table></div>\n"
        let rest = summary.count - top.count
        if rest > 0 {
            // The file name is set as code.
            let note = e(s.plural(rest, one: Word.moreStartupsOne, many: .moreStartupsMany, "cohort.csv"))
            out +=
                "<p class=\"muted\">\(note.replacingOccurrences(of: "cohort.csv", with: "<code>cohort.csv</code>"))</p>\n"
        }
        return out + "</section>\n"
    }

    /// The heat map of dimension scores, with the means below.
    static func heatMap(_ summary: CohortSummary, top: [CohortEntry], _ s: Strings) -> String {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        let na = e(s[Word.notApplicable])
        var out =
            "<section aria-labelledby=\"heat\"><h2 id=\"heat\">\(e(s[Word.heatMap]))</h2>\n"
            + "<p class=\"muted\">\(e(s[Word.heatLegendColour]))</p>\n<div class=\"table-wrap\"><table class=\"heat\">\n<thead><tr>"
            + th(.startup, s)
        for dimension in dimensions { out += "<th scope=\"col\">\(e(dimension.title))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for entry in top {
            out += "<tr><th scope=\"row\">\(e(entry.startup))</th>"
            for score in shown.map({ entry.dimensionScores[$0] }) {
                guard let score else {
                    out += "<td class=\"h-none\">\(na)</td>"
                    continue
                }
                out +=
                    "<td class=\"h-\(tone(score))\">\(s.numbers.integer(Int(score.rounded(.toNearestOrAwayFromZero))))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody><tfoot><tr><th scope=\"row\">\(e(s[Word.mean]))</th>"
        let means = summary.dimensionMeans
        for mean in shown.map({ means[$0] }) {
            out +=
                mean.map { "<td class=\"h-\(tone($0))\"><strong>\(s.numbers.oneDecimal($0))</strong></td>" }
                ?? "<td class=\"h-none\">\(na)</td>"
        }
        return out + "</tr></tfoot></table></div></section>\n"
    }

    /// The criteria the cohort scores lowest on.
    static func gaps(_ summary: CohortSummary, _ s: Strings) -> String {
        let gaps = summary.sharedGaps()
        guard !gaps.isEmpty else { return "" }
        let n = s.numbers
        var out =
            "<section aria-labelledby=\"gaps\"><h2 id=\"gaps\">\(e(s[Word.gaps]))</h2>\n<p>\(e(s[Word.gapsIntro]))</p>\n"
            + "<div class=\"table-wrap\"><table>\n<thead><tr>"
            + th(.criterion, s) + th(.meanScore, s, number: true) + th(.belowHalf, s, number: true)
            + "</tr></thead>\n<tbody>\n"
        for tally in gaps {
            let question = summary.rubric.criterion(tally.criterion)?.question ?? ""
            let mean = tally.mean.map { s.format(Word.percent, n.oneDecimal($0 * 100)) } ?? "–"
            let share = s.format(Word.percent, n.oneDecimal(tally.belowHalfShare * 100))
            let below = s.format(Word.belowHalfOf, n.integer(tally.belowHalf), n.integer(tally.counted), share)
            out +=
                "<tr><th scope=\"row\">\(e(question)) <code class=\"muted\">\(e(tally.criterion))</code></th>"
                + "<td class=\"num\">\(e(mean))</td><td class=\"num\">\(e(below))</td></tr>\n"
        }
        return out + "</tbody></table></div></section>\n"
    }

    /// Demand for each resource against its capacity.
    static func resources(_ summary: CohortSummary, _ s: Strings) -> String {
        ResourceNeedsTable.html(summary.resourceNeeds, stepsShown: summary.stepsShown, s)
    }

    /// The questionnaires that could not be scored, with their errors.
    static func failures(_ summary: CohortSummary, _ s: Strings) -> String {
        guard !summary.failures.isEmpty else { return "" }
        var out = "<section aria-labelledby=\"failed\"><h2 id=\"failed\">\(e(s[Word.failures]))</h2>\n<ul>\n"
        for failure in summary.failures {
            out += "<li><code>\(e(failure.source))</code><ul>"
            for message in failure.messages { out += "<li><code>\(e(message))</code></li>" }
            out += "</ul></li>\n"
        }
        return out + "</ul></section>\n"
    }

    static func tone(_ score: Double) -> String {
        score >= 75 ? "good" : (score >= 55 ? "mid" : "low")
    }

    static func tone(verdictIndex: Int, of count: Int) -> String {
        verdictIndex == 0 ? "good" : (verdictIndex == count - 1 ? "low" : "mid")
    }
}
