import ReadinessKit

/// The long tables of the Markdown report: answers by dimension, and how the score is computed.
enum MarkdownTables {
    /// One table per dimension: question, answer, score, weight, status, evidence, note.
    static func details(_ facts: ReportFacts) -> String {
        var lines = ["## Answers by dimension"]
        for dimension in facts.dimensions {
            let score = dimension.score.map { "\(ReportText.score($0)) / 100" } ?? "not applicable"
            lines += ["", "### \(MarkdownEscape.text(dimension.title)) — \(score)"]
            if dimension.level != nil {
                lines += ["", "Level: \(MarkdownEscape.text(ReportText.level(dimension)))"]
            }
            if let summary = dimension.summary { lines += ["", MarkdownEscape.markdown(summary)] }
            lines += ["", "| Question | Answer | Score | Weight | Status | Evidence | Note |",
                      "| --- | --- | ---: | ---: | --- | --- | --- |"]
            for row in dimension.rows { lines.append(self.row(row)) }
        }
        return lines.joined(separator: "\n")
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

    private static func row(_ row: CriterionFacts) -> String {
        let answer = row.answer.map { MarkdownEscape.cell($0) } ?? "*unanswered*"
        var status = "\(ReportText.statusSymbol(row.status)) \(ReportText.status(row.status))"
        if row.gateFailed { status += " · ✗ failed gate" }
        if row.unverified { status += " · ⚠ unverified" }
        let weight = row.status == .notApplicable || row.status == .unscored ? "–" : ReportText.weight(row.weight)
        let cells = [MarkdownEscape.cell(row.question), answer, ReportText.criterionScore(row.score), weight,
                     status, evidence(row.evidence), MarkdownEscape.cell(row.note)]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    private static func evidence(_ evidence: String?) -> String {
        guard let evidence else { return "–" }
        if let url = SafeURL.link(evidence), !url.lowercased().hasPrefix("mailto:") {
            return "<\(SafeURL.markdownDestination(url))>"
        }
        return MarkdownEscape.cell(evidence)
    }
}
