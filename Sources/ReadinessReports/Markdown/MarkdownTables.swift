import ReadinessKit

/// The long tables of the Markdown report: answers by dimension, and how the score is computed.
enum MarkdownTables {
    /// One table per dimension: question, answer, score, weight, status, evidence, note.
    static func details(_ facts: ReportFacts) -> String {
        // Built as bytes: one row per criterion, in every report of a cohort.
        var out = ByteText(capacity: 16 * 1024)
        out.append("## Answers by dimension")
        for dimension in facts.dimensions {
            let score = dimension.score.map { "\(ReportText.score($0)) / 100" } ?? "not applicable"
            out.append("\n\n### ")
            out.append(MarkdownEscape.text(dimension.title))
            out.append(" — ")
            out.append(score)
            if dimension.level != nil {
                out.append("\n\nLevel: ")
                out.append(MarkdownEscape.text(ReportText.level(dimension)))
            }
            if let summary = dimension.summary {
                out.append("\n\n")
                out.append(MarkdownEscape.markdown(summary))
            }
            out.append("\n\n| Question | Answer | Score | Weight | Status | Evidence | Note |\n| --- | --- | ---: | ---: | --- | --- | --- |")
            for row in dimension.rows {
                out.append("\n")
                self.row(row, to: &out)
            }
        }
        return out.string
    }

    /// The arithmetic: weights, shares, scores and contributions, the verdict and gate rules.
    static func method(_ facts: ReportFacts) -> String {
        let total = facts.method.totalWeight
        var lines = ["## How this score is computed", ""]
        if let summary = facts.rubricSummary { lines += [MarkdownEscape.markdown(summary), ""] }
        lines += [ReportText.formula, "",
                  "| Dimension | Weight W | Share W/ΣW | Score D | Contribution W×D/ΣW |",
                  "| --- | ---: | ---: | ---: | ---: |"]
        for dimension in facts.dimensions {
            let title = MarkdownEscape.cell(dimension.title)
            guard let score = dimension.score, let contribution = dimension.contribution else {
                lines.append("| \(title) | \(ReportText.weight(dimension.weight)) | – | not applicable | – |")
                continue
            }
            lines.append("| \(title) | \(ReportText.weight(dimension.weight)) | "
                + "\(ReportText.percent(dimension.weight, of: total)) | \(ReportText.score(score)) | "
                + "\(ReportText.score(contribution)) |")
        }
        lines.append("| **Overall** | \(ReportText.weight(total)) | 100.0 % | | **\(ReportText.score(facts.score))** |")
        lines += ["", "Verdicts: \(MarkdownEscape.text(ReportText.verdictRule(facts.method.verdicts)))"]
        if let gate = ReportText.gateRule(facts.method) { lines += ["", MarkdownEscape.text(gate)] }
        if facts.usesLevels {
            lines += ["", "Levels: a dimension reaches level L when every counted criterion of level L or lower "
                + "scores at least \(ReportText.criterionScore(facts.method.levelPass))."]
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Private

    private static func row(_ row: CriterionFacts, to out: inout ByteText) {
        out.append("| ")
        out.append(MarkdownEscape.cell(row.question))
        out.append(" | ")
        if let answer = row.answer { out.append(MarkdownEscape.cell(answer)) } else { out.append("*unanswered*") }
        out.append(" | ")
        out.append(ReportText.criterionScore(row.score))
        out.append(" | ")
        if row.status == .notApplicable || row.status == .unscored { out.append("–") } else { out.append(ReportText.weight(row.weight)) }
        out.append(" | ")
        out.append(ReportText.statusSymbol(row.status))
        out.append(" ")
        out.append(ReportText.status(row.status))
        if row.gateFailed { out.append(" · ✗ failed gate") }
        if row.unverified { out.append(" · ⚠ unverified") }
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
