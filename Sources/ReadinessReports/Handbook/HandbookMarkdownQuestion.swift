import ReadinessKit

/// One question of the Markdown handbook: heading, facts line, help, answers table and rules.
enum HandbookMarkdownQuestion {
    /// The block for a question.
    static func block(_ criterion: Criterion, index: HandbookIndex) -> String {
        let s = index.strings
        var facts = ["`\(criterion.key)`", HandbookText.kind(criterion, s)]
        if let reason = HandbookText.notScored(criterion, s) {
            facts.append("**\(reason)**")
        } else {
            facts.append(s.format(Word.weight, ReportText(s).weight(criterion.weight)))
        }
        if let level = HandbookText.level(criterion, index: index) { facts.append(Text.plain(level)) }
        var lines = [
            "### \(index.number(criterion)) \(Text.plain(criterion.question))", "", facts.joined(separator: " · "),
        ]
        if let help = criterion.help { lines += ["", MarkdownEscape.markdown(help)] }
        if let table = answers(criterion, s) { lines += ["", table] }
        if let scoring = HandbookText.scoring(criterion, s) { lines += ["", Text.plain(scoring)] }
        let rules = self.rules(criterion, index: index)
        if !rules.isEmpty { lines += [""] + rules }
        return lines.joined(separator: "\n")
    }

    // MARK: - Private

    private typealias Text = HandbookMarkdownText
    private typealias Word = HandbookWord

    /// The table of allowed answers and their scores, when the kind has one.
    private static func answers(_ criterion: Criterion, _ s: Strings) -> String? {
        let scored = criterion.isScored
        let (answer, id, score, label) = (s[Word.answer], s[Word.id], s[Word.score], s[Word.label])
        var lines: [String]
        switch criterion.answer {
        case .choice(let options), .multiChoice(let options):
            lines =
                scored
                ? ["| \(answer) | \(id) | \(score) |", "| --- | --- | ---: |"]
                : ["| \(answer) | \(id) |", "| --- | --- |"]
            for option in options {
                let score = scored ? " \(HandbookText.score(option.score, s)) |" : ""
                lines.append("| \(Text.cell(option.label)) | \(code(option.id)) |" + score)
            }
        case .scale(let scale):
            let labels = !scale.labels.isEmpty
            lines = [
                "| \(s[Word.value]) |" + (labels ? " \(label) |" : "") + (scored ? " \(score) |" : ""),
                "| ---: |" + (labels ? " --- |" : "") + (scored ? " ---: |" : ""),
            ]
            for row in HandbookText.scaleRows(scale) {
                let label = labels ? " \(Text.cell(row.label)) |" : ""
                lines.append(
                    "| \(s.numbers.integer(row.value)) |\(label)"
                        + (scored ? " \(HandbookText.score(row.score, s)) |" : ""))
            }
        case .number:
            let head = criterion.unit.map { s.format(Word.answerUnit, Text.cell($0)) } ?? answer
            let labels = HandbookText.bands(criterion, s).contains { $0.label != nil }
            lines = [
                "| \(head) |" + (labels ? " \(label) |" : "") + (scored ? " \(score) |" : ""),
                "| --- |" + (labels ? " --- |" : "") + (scored ? " ---: |" : ""),
            ]
            for band in HandbookText.bands(criterion, s) {
                let label = labels ? " \(Text.cell(band.label)) |" : ""
                lines.append("| \(band.range) |\(label)" + (scored ? " \(HandbookText.score(band.score, s)) |" : ""))
            }
        case .yesNo, .text:
            return nil
        }
        return lines.joined(separator: "\n")
    }

    /// The bullet list of rules: knock-out, evidence, condition, advice, strength, resources.
    private static func rules(_ criterion: Criterion, index: HandbookIndex) -> [String] {
        let s = index.strings
        var lines: [String] = []
        if let gate = HandbookText.gate(criterion, index: index) {
            let failures = HandbookText.gateFailures(criterion, s).map { " " + Text.plain($0) } ?? ""
            lines.append(
                "- **\(index.rubric.isAlert(criterion) ? s[HandbookEditionWord.alertLabel] : s[Word.knockOut]):** \(Text.plain(gate))\(failures)"
            )
        }
        if let evidence = HandbookText.evidence(criterion, index: index) {
            lines.append("- **\(s[Word.evidence]):** \(Text.plain(evidence))")
        }
        if let when = HandbookText.when(criterion, index: index) {
            lines.append("- **\(s[Word.condition]):** \(Text.plain(when))")
        }
        for option in criterion.options where criterion.isScored && (option.advice != nil || !option.resources.isEmpty)
        {
            let label = s.format(HandbookRuleWord.quoted, Text.plain(option.label))
            lines.append(
                option.advice.map {
                    "- **\(s.format(Word.adviceFor, label)):** " + MarkdownEscape.markdown($0, indent: 2)
                }
                    ?? "- **\(s.format(Word.resourcesFor, label)):**")
            lines += resourceList(option.resources.map(index.resource), indent: 2, s)
        }
        if let advice = criterion.advice, criterion.isScored {
            lines.append(
                "- **\(s[Word.advice])** (\(s[Word.belowFull])): " + MarkdownEscape.markdown(advice, indent: 2))
        }
        if let strength = criterion.strength, criterion.isScored {
            lines.append(
                "- **\(s[Word.strength])** (\(s[Word.atFull])): " + MarkdownEscape.markdown(strength, indent: 2))
        }
        let resources = index.resources(of: criterion)
        if !resources.isEmpty {
            lines.append("- **\(s[Word.resourcesHelp])**")
            lines += resourceList(resources, indent: 2, s)
        }
        return lines
    }

    /// Resources as a nested list: linked title, summary, contact.
    private static func resourceList(_ resources: [Resource], indent: Int, _ s: Strings) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return resources.map { resource in
            let title = Text.plain(resource.title)
            var line =
                resource.url.flatMap(SafeURL.link).map { "[\(title)](\(SafeURL.markdownDestination($0)))" }
                ?? "**\(title)**"
            if let summary = resource.summary { line += " — " + MarkdownEscape.markdown(summary, indent: indent + 2) }
            if let contact = resource.contact { line += " " + s.format(Word.contactSentence, Text.plain(contact)) }
            return pad + "- " + line
        }
    }

    /// An id as a code span, or as escaped text when it holds a backtick or a pipe.
    private static func code(_ id: String) -> String {
        id.contains("`") || id.contains("|") ? Text.cell(id) : "`\(id)`"
    }
}
