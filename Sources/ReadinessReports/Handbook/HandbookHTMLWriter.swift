import ReadinessKit

/// Writes a rubric as a handbook: one self-contained HTML page, in the reports' style, that
/// prints on A4 with every dimension starting a new page.
///
/// Same content as `HandbookMarkdownWriter`. No script and no remote loads (the same
/// Content-Security-Policy as reports); rubric text is escaped and rubric Markdown goes
/// through `MarkdownHTML`, which shows raw HTML as text. A pure function of the rubric and a
/// strings table.
public enum HandbookHTMLWriter {
    /// The handbook page for a rubric, in the words of `strings`.
    public static func write(_ rubric: Rubric, strings: Strings) -> String {
        let index = HandbookIndex(rubric, strings: strings)
        var out = head(index) + intro(index) + contents(index) + method(index)
        for dimension in rubric.dimensions { out += HandbookHTMLSections.dimension(dimension, index: index) }
        out += HandbookHTMLSections.levels(index) + HandbookHTMLSections.resources(index)
        out +=
            "</main>\n<footer class=\"footer\">\n<p>\(e(rubric.title)) \(e(rubric.version)) · \(e(strings[Word.footer]))</p>\n"
        return out + "</footer>\n</body>\n</html>\n"
    }

    /// Escapes text for HTML.
    static func e(_ text: String) -> String { HTMLEscape.text(text) }

    // MARK: - Private

    private typealias Word = HandbookWord

    private static func head(_ index: HandbookIndex) -> String {
        let s = index.strings
        return HTMLPage.opening(
            title: s.format(Word.pageTitle, index.rubric.title), extraStyle: HandbookStyle.css,
            banner: s[Word.banner], language: s.language)
    }

    private static func intro(_ index: HandbookIndex) -> String {
        let (rubric, s) = (index.rubric, index.strings)
        var out = "<section class=\"intro\" aria-labelledby=\"title\">\n<h1 id=\"title\">\(e(rubric.title))</h1>\n"
        out += "<p class=\"meta\"><span>\(e(s.format(Word.version, rubric.version)))</span> "
        out += "<span>\(e(s[Word.rubricID])) <code>\(e(rubric.id))</code></span> "
        out += "<span>\(e(HandbookMarkdownWriter.counts(index)))</span></p>\n"
        if let summary = rubric.summary { out += "<div class=\"summary\">\(MarkdownHTML.render(summary))</div>\n" }
        return out + "</section>\n"
    }

    private static func contents(_ index: HandbookIndex) -> String {
        let s = index.strings
        var out =
            "<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">\(e(s[Word.contents]))</h2>\n<ul>\n"
        out += "<li><a href=\"#method\">\(e(s[Word.method]))</a></li>\n"
        for dimension in index.rubric.dimensions {
            let share = index.share(dimension).map(e) ?? e(s[Word.neverScored])
            out +=
                "<li><a href=\"#\(HandbookHTMLSections.anchor(dimension))\">\(index.number(dimension)). \(e(dimension.title))</a> "
                + "<span class=\"muted\">\(share)</span></li>\n"
        }
        if index.rubric.usesLevels { out += "<li><a href=\"#levels\">\(e(s[Word.levels]))</a></li>\n" }
        if !index.rubric.resources.isEmpty { out += "<li><a href=\"#resources\">\(e(s[Word.resources]))</a></li>\n" }
        return out + "</ul>\n</nav>\n"
    }

    private static func method(_ index: HandbookIndex) -> String {
        let (rubric, s) = (index.rubric, index.strings)
        let rule = HandbookRuleWord.self
        var out = "<section class=\"hb-method\" id=\"method\" aria-labelledby=\"method-heading\">\n"
        out += "<h2 id=\"method-heading\">\(e(s[Word.method]))</h2>\n<p>\(e(s[rule.kindsIntro]))</p>\n<ul>\n"
        for (kind, rule) in HandbookMethodText.kinds(rubric, s) {
            out += "<li><strong>\(e(kind)):</strong> \(e(rule))</li>\n"
        }
        out += "</ul>\n<p>\(e(s[rule.counting]))</p>\n<p>\(e(s[rule.formulas]))</p>\n"
        out +=
            "<div class=\"table-wrap\"><table class=\"hb-table\">\n<thead><tr><th scope=\"col\">\(e(s[Word.dimension]))</th>"
            + "<th scope=\"col\" class=\"num\">\(e(s[Word.weightW]))</th><th scope=\"col\" class=\"num\">\(e(s[Word.share]))</th>"
            + "<th scope=\"col\">\(e(s[Word.questions]))</th></tr></thead>\n<tbody>\n"
        for dimension in rubric.dimensions {
            out +=
                "<tr><th scope=\"row\">\(index.number(dimension)). \(e(dimension.title))</th>"
                + "<td class=\"num\">\(e(ReportText(s).weight(dimension.weight)))</td>"
                + "<td class=\"num\">\(e(index.share(dimension) ?? s[Word.neverScored]))</td>"
                + "<td>\(e(HandbookMarkdownWriter.questionsCell(dimension, s)))</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n<p class=\"hb-lead\">\(e(s[rule.verdicts]))</p>\n"
        out +=
            "<table class=\"hb-table hb-verdicts\">\n<thead><tr><th scope=\"col\">\(e(s[Word.verdict]))</th>"
            + "<th scope=\"col\">\(e(s[Word.overallScore]))</th></tr></thead>\n<tbody>\n"
        for (verdict, range) in HandbookText.verdictRanges(rubric.verdicts, s) {
            out += "<tr><th scope=\"row\">\(e(verdict.label))</th><td>\(e(range))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for (title, text) in HandbookMethodText.rules(index) {
            out += "<p><strong>\(e(title))</strong> \(e(text))</p>\n"
        }
        return out + "</section>\n"
    }
}
