import ReadinessKit
import ReadinessReports

/// The terminal view of `compare`: scores and verdict before and after, dimension changes,
/// the criteria that improved, slipped or were newly scored, and the next steps now.
struct ComparisonPrinter {
    let style: Style
    /// The words and numbers of the view.
    let strings: Strings

    /// The view as lines of text, ending with a newline.
    func text(_ facts: CompareFacts) -> String {
        var lines: [String] = []
        let heading = strings.format(
            CompareWord.heading, facts.rubricTitle, facts.rubricVersion, facts.dates.before,
            facts.dates.after)
        lines.append(style.bold(facts.startup) + style.dim(heading))
        let change = colour(facts.scoreTrend)("\(CompareFacts.arrow(facts.scoreTrend)) \(facts.scoreChange)")
        lines.append(strings.format(CompareWord.score, facts.scores.before, style.bold(facts.scores.after), change))
        if facts.verdictTrend == .same {
            lines.append(strings.format(CompareWord.verdictSame, style.bold(facts.verdicts.after)))
        } else {
            let arrow = colour(facts.verdictTrend)(CompareFacts.arrow(facts.verdictTrend))
            lines.append(
                strings.format(
                    CompareWord.verdictChanged, facts.verdicts.before, style.bold(facts.verdicts.after), arrow))
        }
        lines.append("")
        let width = max(12, facts.dimensions.map(\.title.count).max() ?? 12)
        for row in facts.dimensions {
            let title = row.title.padding(toLength: width, withPad: " ", startingAt: 0)
            let change =
                row.trend == .same && row.change == "–"
                ? style.dim(strings[CompareWord.notApplicable]) : colour(row.trend)(arrowed(row))
            lines.append("  \(title)  \(pad(row.before, 5)) → \(pad(row.after, 5))  \(change)")
        }
        section(.improved, facts.improved, into: &lines)
        section(.slipped, facts.slipped, into: &lines)
        section(.newlyScored, facts.newlyScored, into: &lines)
        section(.noLongerScored, facts.noLongerScored, into: &lines)
        if !facts.newlyAnswered.isEmpty {
            lines.append("")
            let ids = facts.newlyAnswered.map(\.id).joined(separator: ", ")
            lines.append(
                style.dim(
                    strings.format(CompareWord.newlyAnswered, strings.numbers.integer(facts.newlyAnswered.count), ids)))
        }
        if !facts.nextSteps.isEmpty {
            lines.append("")
            lines.append(style.bold(strings[CompareWord.nextSteps]))
            for step in facts.nextSteps {
                lines.append(
                    "  \(strings.numbers.integer(step.rank)). \(style.green(pad(step.gain, 5))) \(step.question)  \(style.dim(step.criterion))"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private

    private func section(_ title: CompareWord, _ rows: [CompareRow], into lines: inout [String]) {
        guard !rows.isEmpty else { return }
        lines.append("")
        lines.append(
            style.bold(strings.format(CompareWord.section, strings[title], strings.numbers.integer(rows.count))))
        for row in rows {
            let change =
                row.trend == .appeared || row.trend == .disappeared
                ? "\(CompareFacts.arrow(row.trend)) \(row.before) → \(row.after)" : "\(arrowed(row))"
            let answers = "\(row.answers.before ?? "–") → \(row.answers.after ?? "–")"
            lines.append("  \(colour(row.trend)(change))  \(row.title)  \(style.dim("\(row.id)  (\(answers))"))")
        }
    }

    private func arrowed(_ row: CompareRow) -> String {
        row.trend == .same ? pad(row.change, 7) : "\(CompareFacts.arrow(row.trend)) \(pad(row.change, 5))"
    }

    private func colour(_ trend: Trend) -> (String) -> String {
        switch trend {
        case .up, .appeared: return { style.green($0) }
        case .down, .disappeared: return { style.red($0) }
        case .same: return { style.dim($0) }
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
