import ReadinessKit

/// The sections of the cohort overview page.
enum CohortHTMLSections {
    private static func e(_ text: String) -> String { HTMLEscape.text(text) }

    static func verdicts(_ summary: CohortSummary) -> String {
        var out = "<section aria-labelledby=\"verdicts\"><h2 id=\"verdicts\">Verdicts</h2>\n<ul class=\"verdict-counts\">\n"
        for (index, (verdict, count)) in summary.verdictCounts.enumerated() {
            out += "<li class=\"tone-\(tone(verdictIndex: index, of: summary.rubric.verdicts.count))\"><strong>\(count)</strong>\(e(verdict.label))</li>\n"
        }
        return out + "</ul></section>\n"
    }

    static func ranking(_ summary: CohortSummary, top: [CohortEntry], linkReports: Bool) -> String {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        var out = "<section aria-labelledby=\"ranking\"><h2 id=\"ranking\">Ranking</h2>\n<div class=\"table-wrap\"><table class=\"ranking\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Startup</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Verdict</th>"
        for dimension in dimensions { out += "<th scope=\"col\" class=\"num\">\(e(dimension.title))</th>" }
        out += "<th scope=\"col\">Failed gates</th><th scope=\"col\" class=\"num\">Unanswered</th></tr></thead>\n<tbody>\n"
        for (rank, entry) in top.enumerated() {
            let name = e(entry.startup)
            let startup = linkReports ? "<a href=\"\(e(entry.slug)).html\">\(name)</a>" : name
            out += "<tr><td class=\"num\">\(rank + 1)</td><th scope=\"row\">\(startup)</th><td class=\"num\"><strong>\(NumberText.oneDecimal(entry.score))</strong></td><td>\(e(entry.verdict.label))</td>"
            for index in shown {
                let score = entry.dimensionScores[index]
                var cell = score.map(NumberText.oneDecimal) ?? "n/a"
                if let level = entry.levels?[index], score != nil { cell += " <span class=\"muted\">L\(level)</span>" }
                out += "<td class=\"num\">\(cell)</td>"
            }
            let gates = entry.gatesFailed.isEmpty ? "–" : entry.gatesFailed.map { "<code>\(e($0))</code>" }.joined(separator: ", ")
            out += "<td>\(gates)</td><td class=\"num\">\(entry.unansweredCount)</td></tr>\n"
        }
        out += "</tbody></table></div>\n"
        let rest = summary.count - top.count
        if rest > 0 { out += "<p class=\"muted\">… and \(rest) more startups, all listed in <code>cohort.csv</code>.</p>\n" }
        return out + "</section>\n"
    }

    static func heatMap(_ summary: CohortSummary, top: [CohortEntry]) -> String {
        let shown = summary.scoredDimensionIndices
        let dimensions = shown.map { summary.rubric.dimensions[$0] }
        var out = "<section aria-labelledby=\"heat\"><h2 id=\"heat\">Heat map</h2>\n<p class=\"muted\">Dimension scores; green 75 and up, amber 55 to 75, red below 55.</p>\n<div class=\"table-wrap\"><table class=\"heat\">\n<thead><tr><th scope=\"col\">Startup</th>"
        for dimension in dimensions { out += "<th scope=\"col\">\(e(dimension.title))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for entry in top {
            out += "<tr><th scope=\"row\">\(e(entry.startup))</th>"
            for score in shown.map({ entry.dimensionScores[$0] }) {
                guard let score else { out += "<td class=\"h-none\">n/a</td>"; continue }
                out += "<td class=\"h-\(tone(score))\">\(Int(score.rounded(.toNearestOrAwayFromZero)))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody><tfoot><tr><th scope=\"row\">Mean</th>"
        let means = summary.dimensionMeans
        for mean in shown.map({ means[$0] }) {
            out += mean.map { "<td class=\"h-\(tone($0))\"><strong>\(NumberText.oneDecimal($0))</strong></td>" } ?? "<td class=\"h-none\">n/a</td>"
        }
        return out + "</tr></tfoot></table></div></section>\n"
    }

    static func gaps(_ summary: CohortSummary) -> String {
        let gaps = summary.sharedGaps()
        guard !gaps.isEmpty else { return "" }
        var out = "<section aria-labelledby=\"gaps\"><h2 id=\"gaps\">Gaps the cohort shares</h2>\n<p>The criteria with the lowest mean score: the workshops to run next.</p>\n<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\" class=\"num\">Mean score</th><th scope=\"col\" class=\"num\">Below half marks</th></tr></thead>\n<tbody>\n"
        for tally in gaps {
            let question = summary.rubric.criterion(tally.criterion)?.question ?? ""
            let mean = tally.mean.map { NumberText.oneDecimal($0 * 100) + " %" } ?? "–"
            out += "<tr><th scope=\"row\">\(e(question)) <code class=\"muted\">\(e(tally.criterion))</code></th><td class=\"num\">\(mean)</td><td class=\"num\">\(tally.belowHalf) of \(tally.counted) (\(NumberText.oneDecimal(tally.belowHalfShare * 100)) %)</td></tr>\n"
        }
        return out + "</tbody></table></div></section>\n"
    }

    static func resources(_ summary: CohortSummary) -> String {
        let needs = summary.resourceNeeds
        guard !needs.isEmpty else { return "" }
        var out = "<section aria-labelledby=\"needs\"><h2 id=\"needs\">Resources the cohort needs</h2>\n<p>How many startups have each resource among their first \(summary.stepsShown) next steps.</p>\n<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">Resource</th><th scope=\"col\" class=\"num\">Startups</th><th scope=\"col\">Share</th></tr></thead>\n<tbody>\n"
        let total = max(summary.count, 1)
        for (resource, count) in needs {
            let width = NumberText.oneDecimal(Double(count) / Double(total) * 100)
            out += "<tr><th scope=\"row\">\(e(resource.title))</th><td class=\"num\">\(count)</td><td><span class=\"bar\" aria-hidden=\"true\"><span class=\"bar-fill tone-bg-none\" style=\"width: \(width)%\"></span></span></td></tr>\n"
        }
        return out + "</tbody></table></div></section>\n"
    }

    static func failures(_ summary: CohortSummary) -> String {
        guard !summary.failures.isEmpty else { return "" }
        var out = "<section aria-labelledby=\"failed\"><h2 id=\"failed\">Could not be scored</h2>\n<ul>\n"
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
