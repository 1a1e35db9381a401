import ReadinessKit

/// The "what the startups need of the park" section of the cohort and panel overviews: each
/// resource's demand against its capacity, in Markdown or HTML, with the sentences under it.
enum ResourceNeedsTable {
    /// The columns after the resource's title; `true` marks a number column.
    private static let columns: [(word: ResourceWord, number: Bool)] = [
        (.kind, false), (.neededBy, true), (.fromSteps, true), (.declared, true), (.capacity, true), (.status, false),
    ]

    /// The Markdown section (heading, intro, table, sentences); empty without resources.
    static func markdown(_ needs: [ResourceNeed], stepsShown: Int, _ s: Strings) -> String {
        guard !needs.isEmpty else { return "" }
        let n = s.numbers
        var out = "## \(s[CohortWord.resources])\n\n\(s.format(ResourceWord.demandIntro, n.integer(stepsShown)))\n\n"
        out += "| \(s[CohortWord.resource]) | " + columns.map { s[$0.word] }.joined(separator: " | ") + " |\n"
        out += "| --- |" + columns.map { $0.number ? " ---: |" : " --- |" }.joined() + "\n"
        for need in needs {
            out += "| \(MarkdownEscape.cell(need.resource.title)) | " + cells(need, s).joined(separator: " | ") + " |\n"
        }
        for line in CohortResourceLines.lines(needs, s) { out += "\n" + MarkdownEscape.text(line) + "\n" }
        return out + "\n"
    }

    /// The HTML section; empty without resources. Every title is escaped.
    static func html(_ needs: [ResourceNeed], stepsShown: Int, _ s: Strings) -> String {
        guard !needs.isEmpty else { return "" }
        let intro = e(s.format(ResourceWord.demandIntro, s.numbers.integer(stepsShown)))
        var out =
            "<section aria-labelledby=\"needs\"><h2 id=\"needs\">\(e(s[CohortWord.resources]))</h2>\n<p>\(intro)</p>\n"
        for line in CohortResourceLines.lines(needs, s) { out += "<p><strong>\(e(line))</strong></p>\n" }
        out += "<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">\(e(s[CohortWord.resource]))</th>"
        for column in columns {
            out += "<th scope=\"col\"\(column.number ? " class=\"num\"" : "")>\(e(s[column.word]))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for need in needs {
            let tone =
                need.status == .overAsked ? " class=\"tone-low\"" : need.status == .unused ? " class=\"muted\"" : ""
            out += "<tr><th scope=\"row\">\(e(need.resource.title))</th>"
            for (column, cell) in zip(columns, cells(need, s)) {
                let attribute = column.number ? " class=\"num\"" : column.word == .status ? tone : ""
                out += "<td\(attribute)>\(e(cell))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div></section>\n"
    }

    /// The cells after the title, plain text, in `columns` order.
    private static func cells(_ need: ResourceNeed, _ s: Strings) -> [String] {
        let n = s.numbers
        return [
            need.resource.kind.map(s.kind) ?? "–", n.integer(need.startups), n.integer(need.fromSteps),
            n.integer(need.declared), need.resource.capacity.map(n.integer) ?? s[ResourceWord.noLimit],
            s.status(need.status),
        ]
    }

    private static func e(_ text: String) -> String { HTMLEscape.text(text) }
}
