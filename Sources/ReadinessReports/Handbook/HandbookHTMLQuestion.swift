import ReadinessKit

/// One question of the HTML handbook: heading, badges, help, answers table and rules.
enum HandbookHTMLQuestion {
    /// The article for a question.
    static func article(_ criterion: Criterion, index: HandbookIndex) -> String {
        let number = index.number(criterion)
        let s = index.strings
        var out = "<article class=\"hb-question\" id=\"\(HandbookHTMLSections.questionAnchor(number))\">\n"
        out += "<h3><span class=\"hb-number\">\(number)</span> <span>\(e(criterion.question))</span></h3>\n"
        out +=
            "<p class=\"hb-facts\"><code>\(e(criterion.key))</code> <span>\(e(HandbookText.kind(criterion, s)))</span> "
        if let reason = HandbookText.notScored(criterion, s) {
            out += "<span class=\"badge\">\(e(reason))</span>"
        } else {
            out += "<span>\(e(s.format(Word.weight, ReportText(s).weight(criterion.weight))))</span>"
        }
        if let level = HandbookText.level(criterion, index: index) {
            out += " <span class=\"badge\">\(e(level))</span>"
        }
        if criterion.gate != nil, criterion.isScored {
            out += " <span class=\"badge unmet\">\(e(s[Word.knockOutBadge]))</span>"
        }
        if criterion.evidenceExpected { out += " <span class=\"badge unverified\">\(e(s[Word.evidenceBadge]))</span>" }
        if criterion.when != nil { out += " <span class=\"badge\">\(e(s[Word.conditionalBadge]))</span>" }
        out += "</p>\n"
        if let help = criterion.help { out += "<div class=\"hb-help\">\(MarkdownHTML.render(help))</div>\n" }
        out += answers(criterion, s)
        if let scoring = HandbookText.scoring(criterion, s) { out += "<p class=\"hb-scoring\">\(e(scoring))</p>\n" }
        let rules = self.rules(criterion, index: index)
        if !rules.isEmpty { out += "<dl class=\"hb-rules\">\n" + rules.joined() + "</dl>\n" }
        let resources = index.resources(of: criterion)
        if !resources.isEmpty {
            out += "<p class=\"resources-heading\">\(e(s[Word.resourcesHelp]))</p>\n<ul class=\"resources\">\n"
            for resource in resources { out += "<li>" + HandbookHTMLSections.item(resource, s) + "</li>\n" }
            out += "</ul>\n"
        }
        return out + "</article>\n"
    }

    // MARK: - Private

    private typealias Word = HandbookWord

    private static func e(_ text: String) -> String { HTMLEscape.text(text) }

    /// The sentence with its first letter upper-case, to stand alone after a term.
    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The table of allowed answers and their scores, when the kind has one.
    private static func answers(_ criterion: Criterion, _ s: Strings) -> String {
        let scored = criterion.isScored
        var header: [(title: String, numeric: Bool)]
        var rows: [[String]] = []
        let score = scored ? [(s[Word.score], true)] : []
        let label = [(s[Word.label], false)]
        switch criterion.answer {
        case .choice(let options), .multiChoice(let options):
            header = [(s[Word.answer], false), (s[Word.id], false)] + score
            rows = options.map {
                [e($0.label), "<code>\(e($0.id))</code>"] + (scored ? [HandbookText.score($0.score, s)] : [])
            }
        case .scale(let scale):
            let labels = !scale.labels.isEmpty
            header = [(s[Word.value], true)] + (labels ? label : []) + score
            rows = HandbookText.scaleRows(scale).map {
                [s.numbers.integer($0.value)] + (labels ? [e($0.label ?? "–")] : [])
                    + (scored ? [HandbookText.score($0.score, s)] : [])
            }
        case .number:
            let bands = HandbookText.bands(criterion, s)
            let labels = bands.contains { $0.label != nil }
            header =
                [(criterion.unit.map { s.format(Word.answerUnit, $0) } ?? s[Word.answer], false)]
                + (labels ? label : []) + score
            rows = bands.map {
                [e($0.range)] + (labels ? [e($0.label ?? "–")] : []) + (scored ? [HandbookText.score($0.score, s)] : [])
            }
        case .yesNo, .text:
            return ""
        }
        let numeric = { (column: Int) in header[column].numeric }
        var out = "<table class=\"hb-table hb-answers\">\n<thead><tr>"
        for (column, title) in header.map(\.title).enumerated() {
            out += "<th scope=\"col\"\(numeric(column) ? " class=\"num\"" : "")>\(e(title))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out +=
                "<tr>"
                + row.enumerated().map { column, cell in
                    "<td\(numeric(column) ? " class=\"num\"" : "")>\(cell)</td>"
                }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The rules as definition-list entries: knock-out, evidence, condition, advice, strength.
    private static func rules(_ criterion: Criterion, index: HandbookIndex) -> [String] {
        let s = index.strings
        var entries: [String] = []
        func entry(_ term: String, _ html: String) { entries.append("<dt>\(term)</dt><dd>\(html)</dd>\n") }
        if let gate = HandbookText.gate(criterion, index: index) {
            let failures = HandbookText.gateFailures(criterion, s).map { " " + e($0) } ?? ""
            entry(
                e(index.rubric.isAlert(criterion) ? s[HandbookEditionWord.alertLabel] : s[Word.knockOut]),
                "<p>\(e(capitalised(gate)))" + failures + "</p>")
        }
        if let evidence = HandbookText.evidence(criterion, index: index) {
            entry(e(s[Word.evidence]), "<p>\(e(capitalised(evidence)))</p>")
        }
        if let when = HandbookText.when(criterion, index: index) {
            entry(e(s[Word.condition]), "<p>\(e(capitalised(when)))</p>")
        }
        let options = criterion.options.filter { criterion.isScored && ($0.advice != nil || !$0.resources.isEmpty) }
        if !options.isEmpty {
            var html = ""
            for option in options {
                html +=
                    "<div class=\"hb-option-advice\"><p class=\"hb-option\">\(e(s.format(HandbookRuleWord.quoted, option.label)))</p>"
                html += option.advice.map(MarkdownHTML.render) ?? ""
                if !option.resources.isEmpty {
                    let items = option.resources.map {
                        "<li>" + HandbookHTMLSections.item(index.resource($0), s) + "</li>"
                    }
                    html += "<ul class=\"resources\">" + items.joined() + "</ul>"
                }
                html += "</div>"
            }
            entry(e(s[Word.adviceByAnswer]), html)
        }
        if let advice = criterion.advice, criterion.isScored {
            entry(
                "\(e(s[Word.advice])) <span class=\"muted\">\(e(s[Word.belowFull]))</span>", MarkdownHTML.render(advice)
            )
        }
        if let strength = criterion.strength, criterion.isScored {
            entry(
                "\(e(s[Word.strength])) <span class=\"muted\">\(e(s[Word.atFull]))</span>",
                MarkdownHTML.render(strength))
        }
        return entries
    }
}
