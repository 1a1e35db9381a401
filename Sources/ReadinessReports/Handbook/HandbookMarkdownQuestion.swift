import ReadinessKit

/// One question of the Markdown handbook: heading, facts line, help, answers table and rules.
enum HandbookMarkdownQuestion {
    /// The block for a question.
    static func block(_ criterion: Criterion, index: HandbookIndex) -> String {
        var facts = ["`\(criterion.key)`", HandbookText.kind(criterion)]
        if let reason = HandbookText.notScored(criterion) {
            facts.append("**\(reason)**")
        } else {
            facts.append("weight \(ReportText.weight(criterion.weight))")
        }
        if let level = HandbookText.level(criterion, rubric: index.rubric) { facts.append(Text.plain(level)) }
        var lines = ["### \(index.number(criterion)) \(Text.plain(criterion.question))", "", facts.joined(separator: " · ")]
        if let help = criterion.help { lines += ["", MarkdownEscape.markdown(help)] }
        if let table = answers(criterion) { lines += ["", table] }
        if let scoring = HandbookText.scoring(criterion) { lines += ["", Text.plain(scoring)] }
        let rules = self.rules(criterion, index: index)
        if !rules.isEmpty { lines += [""] + rules }
        return lines.joined(separator: "\n")
    }

    // MARK: - Private

    private typealias Text = HandbookMarkdownText

    /// The table of allowed answers and their scores, when the kind has one.
    private static func answers(_ criterion: Criterion) -> String? {
        let scored = criterion.isScored
        var lines: [String]
        switch criterion.answer {
        case .choice(let options), .multiChoice(let options):
            lines = scored ? ["| Answer | Id | Score |", "| --- | --- | ---: |"] : ["| Answer | Id |", "| --- | --- |"]
            for option in options {
                let score = scored ? " \(HandbookText.score(option.score)) |" : ""
                lines.append("| \(Text.cell(option.label)) | \(code(option.id)) |" + score)
            }
        case .scale(let scale):
            let labels = !scale.labels.isEmpty
            lines = ["| Value |" + (labels ? " Label |" : "") + (scored ? " Score |" : ""),
                     "| ---: |" + (labels ? " --- |" : "") + (scored ? " ---: |" : "")]
            for row in HandbookText.scaleRows(scale) {
                let label = labels ? " \(Text.cell(row.label)) |" : ""
                lines.append("| \(row.value) |\(label)" + (scored ? " \(HandbookText.score(row.score)) |" : ""))
            }
        case .number:
            let unit = criterion.unit.map { " (\(Text.cell($0)))" } ?? ""
            let labels = HandbookText.bands(criterion).contains { $0.label != nil }
            lines = ["| Answer\(unit) |" + (labels ? " Label |" : "") + (scored ? " Score |" : ""),
                     "| --- |" + (labels ? " --- |" : "") + (scored ? " ---: |" : "")]
            for band in HandbookText.bands(criterion) {
                let label = labels ? " \(Text.cell(band.label)) |" : ""
                lines.append("| \(band.range) |\(label)" + (scored ? " \(HandbookText.score(band.score)) |" : ""))
            }
        case .yesNo, .text:
            return nil
        }
        return lines.joined(separator: "\n")
    }

    /// The bullet list of rules: knock-out, evidence, condition, advice, strength, resources.
    private static func rules(_ criterion: Criterion, index: HandbookIndex) -> [String] {
        var lines: [String] = []
        if let gate = HandbookText.gate(criterion, index: index) {
            let failures = HandbookText.gateFailures(criterion).map { " " + Text.plain($0) } ?? ""
            lines.append("- **Knock-out:** \(Text.plain(gate))\(failures)")
        }
        if let evidence = HandbookText.evidence(criterion) { lines.append("- **Evidence:** \(Text.plain(evidence))") }
        if let when = HandbookText.when(criterion, index: index) { lines.append("- **Condition:** \(Text.plain(when))") }
        for option in criterion.options where criterion.isScored && (option.advice != nil || !option.resources.isEmpty) {
            let label = "“\(Text.plain(option.label))”"
            lines.append(option.advice.map { "- **Advice for \(label):** " + MarkdownEscape.markdown($0, indent: 2) }
                ?? "- **Resources for \(label):**")
            lines += resourceList(option.resources.map(index.resource), indent: 2)
        }
        if let advice = criterion.advice, criterion.isScored {
            lines.append("- **Advice** (below full marks): " + MarkdownEscape.markdown(advice, indent: 2))
        }
        if let strength = criterion.strength, criterion.isScored {
            lines.append("- **Strength** (at full marks): " + MarkdownEscape.markdown(strength, indent: 2))
        }
        let resources = index.resources(of: criterion)
        if !resources.isEmpty {
            lines.append("- **Resources that help:**")
            lines += resourceList(resources, indent: 2)
        }
        return lines
    }

    /// Resources as a nested list: linked title, summary, contact.
    private static func resourceList(_ resources: [Resource], indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return resources.map { resource in
            let title = Text.plain(resource.title)
            var line = resource.url.flatMap(SafeURL.link).map { "[\(title)](\(SafeURL.markdownDestination($0)))" } ?? "**\(title)**"
            if let summary = resource.summary { line += " — " + MarkdownEscape.markdown(summary, indent: indent + 2) }
            if let contact = resource.contact { line += " Contact: \(Text.plain(contact))." }
            return pad + "- " + line
        }
    }

    /// An id as a code span, or as escaped text when it holds a backtick or a pipe.
    private static func code(_ id: String) -> String {
        id.contains("`") || id.contains("|") ? Text.cell(id) : "`\(id)`"
    }
}
