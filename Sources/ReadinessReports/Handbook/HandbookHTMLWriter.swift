import ReadinessKit

/// Writes a rubric as a handbook: one self-contained HTML page, in the reports' style, that
/// prints on A4 with every dimension starting a new page.
///
/// Same content as `HandbookMarkdownWriter`. No script and no remote loads (the same
/// Content-Security-Policy as reports); rubric text is escaped and rubric Markdown goes
/// through `MarkdownHTML`, which shows raw HTML as text. A pure function of the rubric.
public enum HandbookHTMLWriter {
    /// The handbook page for a rubric.
    public static func write(_ rubric: Rubric) -> String {
        let index = HandbookIndex(rubric)
        var out = head(rubric) + intro(index) + contents(index) + method(index)
        for dimension in rubric.dimensions { out += HandbookHTMLSections.dimension(dimension, index: index) }
        out += HandbookHTMLSections.levels(index) + HandbookHTMLSections.resources(index)
        out += "</main>\n<footer class=\"footer\">\n<p>\(e(rubric.title)) \(e(rubric.version)) · rubric handbook</p>\n</footer>\n</body>\n</html>\n"
        return out
    }

    /// Escapes text for HTML.
    static func e(_ text: String) -> String { HTMLEscape.text(text) }

    // MARK: - Private

    private static func head(_ rubric: Rubric) -> String {
        HTMLPage.opening(title: "\(rubric.title) · handbook", extraStyle: HandbookStyle.css, banner: "Rubric handbook")
    }

    private static func intro(_ index: HandbookIndex) -> String {
        let rubric = index.rubric
        let all = rubric.allCriteria.count
        var out = "<section class=\"intro\" aria-labelledby=\"title\">\n<h1 id=\"title\">\(e(rubric.title))</h1>\n"
        out += "<p class=\"meta\"><span>Version \(e(rubric.version))</span> <span>Rubric id <code>\(e(rubric.id))</code></span> "
        out += "<span>\(all) question\(all == 1 ? "" : "s") in \(rubric.dimensions.count) dimension\(rubric.dimensions.count == 1 ? "" : "s"), "
        out += "\(rubric.scoredCriteriaCount) scored</span></p>\n"
        if let summary = rubric.summary { out += "<div class=\"summary\">\(MarkdownHTML.render(summary))</div>\n" }
        return out + "</section>\n"
    }

    private static func contents(_ index: HandbookIndex) -> String {
        var out = "<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul>\n"
        out += "<li><a href=\"#method\">How the score is computed</a></li>\n"
        for dimension in index.rubric.dimensions {
            let share = index.share(dimension) ?? "never scored"
            out += "<li><a href=\"#\(HandbookHTMLSections.anchor(dimension))\">\(index.number(dimension)). \(e(dimension.title))</a> "
                + "<span class=\"muted\">\(share)</span></li>\n"
        }
        if index.rubric.usesLevels { out += "<li><a href=\"#levels\">Levels</a></li>\n" }
        if !index.rubric.resources.isEmpty { out += "<li><a href=\"#resources\">Resources</a></li>\n" }
        return out + "</ul>\n</nav>\n"
    }

    private static func method(_ index: HandbookIndex) -> String {
        let rubric = index.rubric
        var out = "<section class=\"hb-method\" id=\"method\" aria-labelledby=\"method-heading\">\n"
        out += "<h2 id=\"method-heading\">How the score is computed</h2>\n<p>\(e(HandbookMethodText.kindsIntro))</p>\n<ul>\n"
        for (kind, rule) in HandbookMethodText.kinds(rubric) { out += "<li><strong>\(e(kind)):</strong> \(e(rule))</li>\n" }
        out += "</ul>\n<p>\(e(HandbookMethodText.counting))</p>\n<p>\(e(HandbookMethodText.formulas))</p>\n"
        out += "<div class=\"table-wrap\"><table class=\"hb-table\">\n<thead><tr><th scope=\"col\">Dimension</th>"
            + "<th scope=\"col\" class=\"num\">Weight W</th><th scope=\"col\" class=\"num\">Share of the overall score</th>"
            + "<th scope=\"col\">Questions</th></tr></thead>\n<tbody>\n"
        for dimension in rubric.dimensions {
            let scored = dimension.criteria.filter(\.isScored).count
            out += "<tr><th scope=\"row\">\(index.number(dimension)). \(e(dimension.title))</th>"
                + "<td class=\"num\">\(ReportText.weight(dimension.weight))</td><td class=\"num\">\(index.share(dimension) ?? "never scored")</td>"
                + "<td>\(dimension.criteria.count), \(scored == 0 ? "none scored" : "\(scored) scored")</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n<p class=\"hb-lead\">\(e(HandbookMethodText.verdicts))</p>\n"
        out += "<table class=\"hb-table hb-verdicts\">\n<thead><tr><th scope=\"col\">Verdict</th><th scope=\"col\">Overall score</th></tr></thead>\n<tbody>\n"
        for (verdict, range) in HandbookText.verdictRanges(rubric.verdicts) {
            out += "<tr><th scope=\"row\">\(e(verdict.label))</th><td>\(e(range))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        let rules: [(String, String?)] = [
            ("Knock-outs.", HandbookMethodText.gates(index)),
            ("Readiness levels.", HandbookMethodText.levels(rubric)),
            ("Evidence.", HandbookMethodText.evidence(rubric)),
            ("Next steps.", HandbookMethodText.nextSteps),
        ]
        for case let (title, text?) in rules { out += "<p><strong>\(title)</strong> \(e(text))</p>\n" }
        return out + "</section>\n"
    }
}
