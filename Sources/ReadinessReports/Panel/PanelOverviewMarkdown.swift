import ReadinessKit

/// Writes `panel.md`: the ranking (on the normalised score when asked) with each startup's
/// spread and discuss count, the reviewers' calibration, founders against their panels, and
/// the recusals.
enum PanelOverviewMarkdown {
    static func write(_ run: PanelRun, strings s: Strings, slug: (PanelResult) -> String) -> String {
        var out = "# \(s[PanelWord.overview])\n\n"
        out +=
            MarkdownEscape.text(s.plural(run.startups.count, one: PanelWord.startupsOne, many: .startupsMany)) + "\n\n"
        out += "## \(s[PanelWord.ranking])\n\n"
        var columns = [PanelWord.rank, .startup, .verdict, .score]
        if run.normalized { columns.append(.normalized) }
        columns += [.spread, .discussCount, .founderGap]
        out +=
            "| " + columns.map { s[$0] }.joined(separator: " | ") + " |\n|"
            + [String](repeating: " --- |", count: columns.count).joined() + "\n"
        for (rank, panel) in run.startups.enumerated() {
            let link = "[\(MarkdownEscape.cell(panel.startup.name))](\(slug(panel)).md)"
            var cells = [
                s.numbers.integer(rank + 1), link, MarkdownEscape.cell(panel.result.verdict.label),
                PanelText.score(panel.result.score, s),
            ]
            if run.normalized { cells.append(PanelText.score(panel.normalizedScore, s)) }
            cells += [
                PanelText.score(PanelText.overallSpread(panel), s), s.numbers.integer(panel.discuss.count),
                PanelText.signed(panel.selfGap?.overall, s),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\n## \(s[PanelWord.reviewers])\n\n\(MarkdownEscape.text(s[PanelWord.reviewersIntro]))\n\n"
        let heads = [PanelWord.assessor, .assessments, .meanOffset, .tendency, .recusals].map { s[$0] }
        out +=
            "| " + heads.joined(separator: " | ") + " |\n|" + [String](repeating: " --- |", count: heads.count).joined()
            + "\n"
        for reviewer in run.reviewers {
            out += "| \(MarkdownEscape.cell(reviewer.assessor)) | \(s.numbers.integer(reviewer.assessments)) | "
            out +=
                "\(PanelText.signed(reviewer.offset, s)) | \(PanelText.tendency(reviewer.offset, s)) | \(s.numbers.integer(reviewer.recusals)) |\n"
        }
        out +=
            "\n## \(s[PanelWord.cohortGap])\n\n\(MarkdownEscape.text(PanelText.foundersSentence(run.founderGap, s)))\n\n"
        if !run.founderGapByDimension.isEmpty {
            out += "| \(s[PanelWord.dimension]) | \(s[PanelWord.gap]) |\n| --- | --- |\n"
            for (id, gap) in run.founderGapByDimension {
                out +=
                    "| \(MarkdownEscape.cell(PanelOverviewText.dimensionTitle(id, run))) | \(PanelText.signed(gap, s)) |\n"
            }
            out += "\n"
        }
        out += ResourceNeedsTable.markdown(run.resourceNeeds, stepsShown: ReportFacts.stepLimit, s)
        if !run.recused.isEmpty {
            out += "## \(s[PanelWord.recusedList])\n\n"
            for item in run.recused {
                out +=
                    "- "
                    + MarkdownEscape.text(s.format(PanelWord.recusedItem, item.assessor, item.questionnaire.startup))
                    + "\n"
            }
            out += "\n"
        }
        return out
    }
}

/// Lookups the overview pages share.
enum PanelOverviewText {
    /// A dimension's title by id, from the first startup whose rubric has it.
    static func dimensionTitle(_ id: String, _ run: PanelRun) -> String {
        for panel in run.startups {
            if let dimension = panel.result.dimensions.first(where: { $0.id == id }) { return dimension.title }
        }
        return id
    }
}
