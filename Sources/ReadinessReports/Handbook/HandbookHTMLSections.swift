import ReadinessKit

/// The dimension, level and resource sections of the HTML handbook.
enum HandbookHTMLSections {
    /// A dimension: heading with weight and share, summary, then every question.
    static func dimension(_ dimension: Dimension, index: HandbookIndex) -> String {
        let anchor = self.anchor(dimension)
        let s = index.strings
        let weight = ReportText(s).weight(dimension.weight)
        let share = index.share(dimension).map { s.format(Word.weightShare, weight, $0) } ?? s[Word.neverScored]
        var out = "<section class=\"hb-dimension\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-heading\">\n"
        out += "<h2 id=\"\(anchor)-heading\">\(index.number(dimension)). \(e(dimension.title))</h2>\n"
        out +=
            "<p class=\"meta\"><span>\(e(share))</span> "
            + "<span>\(e(HandbookMarkdownWriter.questionsLine(dimension, s)))</span></p>\n"
        if let summary = dimension.summary { out += "<div class=\"summary\">\(MarkdownHTML.render(summary))</div>\n" }
        for criterion in dimension.criteria { out += HandbookHTMLQuestion.article(criterion, index: index) }
        return out + "</section>\n"
    }

    /// The table of levels: number, name and the questions at each level.
    static func levels(_ index: HandbookIndex) -> String {
        guard index.rubric.usesLevels else { return "" }
        let s = index.strings
        var out = "<section class=\"hb-levels\" id=\"levels\" aria-labelledby=\"levels-heading\">\n"
        out += "<h2 id=\"levels-heading\">\(e(s[Word.levels]))</h2>\n"
        for (dimension, levels) in index.ladders {
            if let dimension { out += "<h3>\(index.number(dimension)). \(e(dimension.title))</h3>\n" }
            out +=
                "<table class=\"hb-table\">\n<thead><tr>"
                + "<th scope=\"col\" class=\"num\">\(e(s[Word.level]))</th>"
                + "<th scope=\"col\">\(e(s[Word.name]))</th><th scope=\"col\">\(e(s[Word.questions]))</th></tr></thead>\n<tbody>\n"
            for level in levels {
                let questions = index.questions(atLevel: level, in: dimension)
                let links = questions.map { number in "<a href=\"#\(questionAnchor(number))\">\(number)</a>" }
                out +=
                    "<tr><td class=\"num\">\(level)</td><td>\(e(index.levelName(level, in: dimension) ?? "–"))</td>"
                    + "<td>\(links.isEmpty ? "–" : links.joined(separator: ", "))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    /// The appendix of every resource: title and link, summary, contact, questions that point to it.
    static func resources(_ index: HandbookIndex) -> String {
        guard !index.rubric.resources.isEmpty else { return "" }
        let s = index.strings
        var out = "<section class=\"hb-appendix\" id=\"resources\" aria-labelledby=\"resources-heading\">\n"
        out += "<h2 id=\"resources-heading\">\(e(s[Word.resources]))</h2>\n<ul class=\"resources hb-resource-list\">\n"
        for resource in index.rubric.resources {
            let numbers = index.referencedBy[resource.id] ?? []
            let links = numbers.map { "<a href=\"#\(questionAnchor($0))\">\($0)</a>" }
            let used =
                numbers.isEmpty
                ? e(s[Word.noQuestion])
                : s.format(numbers.count == 1 ? Word.helpsOne : .helpsMany, HandbookText.list(links, or: false, s))
            let details = HandbookResourceDetails.rows(resource, s)
            let list =
                details.isEmpty
                ? ""
                : "<dl class=\"hb-details\">" + details.map { "<dt>\(e($0.label))</dt><dd>\(e($0.text))</dd>" }.joined()
                    + "</dl>"
            out +=
                "<li id=\"resource-\(e(resource.id))\">" + item(resource, s) + list
                + "<p class=\"muted\">\(used)</p></li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    /// One resource: linked (or bold) title, rendered summary and contact.
    static func item(_ resource: Resource, _ s: Strings) -> String {
        var out =
            resource.url.flatMap(SafeURL.link).map {
                "<a class=\"resource-link\" href=\"\(e($0))\">\(e(resource.title))</a>"
            }
            ?? "<strong>\(e(resource.title))</strong>"
        if let summary = resource.summary {
            out += "<div class=\"resource-summary\">\(MarkdownHTML.render(summary))</div>"
        }
        if let contact = resource.contact { out += "<p class=\"muted\">\(e(s.format(Word.contact, contact)))</p>" }
        return out
    }

    /// The id of a dimension's section.
    static func anchor(_ dimension: Dimension) -> String { "dimension-" + e(dimension.id) }

    /// The id of a question's article, from its number: `q-2-1`.
    static func questionAnchor(_ number: String) -> String {
        "q-" + number.map { $0 == "." ? "-" : String($0) }.joined()
    }

    private typealias Word = HandbookWord

    private static func e(_ text: String) -> String { HTMLEscape.text(text) }
}
