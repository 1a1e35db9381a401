import ReadinessKit

/// The long tables of the Markdown report: answers by dimension, and how the score is computed.
enum MarkdownTables {
    /// One table per dimension: question, answer, score, weight, status, evidence, note.
    static func details(_ facts: ReportFacts) -> String {
        // Built as bytes: one row per criterion, in every report of a cohort.
        let words = facts.strings
        let text = ReportText(words)
        var out = ByteText(capacity: 16 * 1024)
        out.append("## " + words[ReportWord.details])
        let head = [ReportWord.question, .answer, .score, .weight, .status, .evidence, .note].map { words[$0] }
        let table = "\n\n| " + head.joined(separator: " | ") + " |\n| --- | --- | ---: | ---: | --- | --- | --- |"
        let unanswered = "*" + words[ReportWord.unanswered] + "*"
        let flags = (gate: " · ✗ " + words[ReportWord.failedGate], unverified: " · ⚠ " + words[ReportWord.unverified])
        for dimension in facts.dimensions {
            let score =
                dimension.score.map { words.format(ReportWord.outOf100, text.score($0)) }
                ?? words[ReportWord.notApplicable]
            out.append("\n\n### ")
            out.append(MarkdownEscape.text(dimension.title))
            out.append(" — ")
            out.append(score)
            if dimension.level != nil {
                out.append("\n\n")
                out.append(words.format(ReportWord.levelLine, MarkdownEscape.text(text.level(dimension))))
            }
            if let summary = dimension.summary {
                out.append("\n\n")
                out.append(MarkdownEscape.markdown(summary))
            }
            out.append(table)
            for row in dimension.rows {
                out.append("\n")
                self.row(row, text: text, unanswered: unanswered, flags: flags, to: &out)
            }
        }
        return out.string
    }

    /// The arithmetic: weights, shares, scores and contributions, the verdict and gate rules.
    static func method(_ facts: ReportFacts) -> String {
        let words = facts.strings
        let text = ReportText(words)
        let total = facts.method.totalWeight
        var lines = ["## " + words[ReportWord.method], ""]
        if let summary = facts.rubricSummary { lines += [MarkdownEscape.markdown(summary), ""] }
        let head = [ReportWord.dimension, .weightW, .shareW, .scoreD, .contributionW].map { words[$0] }
        lines += [text.formula, "", "| " + head.joined(separator: " | ") + " |", "| --- | ---: | ---: | ---: | ---: |"]
        for dimension in facts.dimensions {
            let title = MarkdownEscape.cell(dimension.title)
            guard let score = dimension.score, let contribution = dimension.contribution else {
                lines.append(
                    "| \(title) | \(text.weight(dimension.weight)) | – | \(words[ReportWord.notApplicable]) | – |")
                continue
            }
            lines.append(
                "| \(title) | \(text.weight(dimension.weight)) | "
                    + "\(text.percent(dimension.weight, of: total)) | \(text.score(score)) | "
                    + "\(text.score(contribution)) |")
        }
        lines.append(
            "| **\(words[ReportWord.overall])** | \(text.weight(total)) | \(text.percent(1, of: 1)) | | **\(text.score(facts.score))** |"
        )
        lines += ["", words[ReportWord.verdicts] + " " + MarkdownEscape.text(text.verdictRule(facts.method.verdicts))]
        if let gate = text.gateRule(facts.method) { lines += ["", MarkdownEscape.text(gate)] }
        if let levels = text.levelRule(facts) { lines += ["", levels] }
        return lines.joined(separator: "\n")
    }

    // MARK: - Private

    private static func row(
        _ row: CriterionFacts, text: ReportText, unanswered: String,
        flags: (gate: String, unverified: String), to out: inout ByteText
    ) {
        out.append("| ")
        out.append(MarkdownEscape.cell(row.question))
        out.append(" | ")
        if let answer = row.answer { out.append(MarkdownEscape.cell(answer)) } else { out.append(unanswered) }
        out.append(" | ")
        out.append(text.criterionScore(row.score))
        out.append(" | ")
        if row.status == .notApplicable || row.status == .unscored {
            out.append("–")
        } else {
            out.append(text.weight(row.weight))
        }
        out.append(" | ")
        out.append(ReportText.statusSymbol(row.status))
        out.append(" ")
        out.append(text.status(row.status))
        if row.gateFailed { out.append(flags.gate) }
        if row.unverified { out.append(flags.unverified) }
        out.append(" | ")
        out.append(evidence(row.evidence))
        out.append(" | ")
        out.append(MarkdownEscape.cell(row.note))
        out.append(" |")
    }

    private static func evidence(_ evidence: String?) -> String {
        guard let evidence else { return "–" }
        if let url = SafeURL.link(evidence), !SafeURL.isMail(url) {
            return "<\(SafeURL.markdownDestination(url))>"
        }
        return MarkdownEscape.cell(evidence)
    }
}
