import ReadinessKit
import ReadinessReports

/// The terminal view of `compare`: scores and verdict before and after, dimension changes,
/// the criteria that improved, slipped or were newly scored, and the next steps now.
struct ComparisonPrinter {
    let style: Style

    /// The view as lines of text, ending with a newline.
    func text(_ facts: CompareFacts) -> String {
        var lines: [String] = []
        lines.append(style.bold(facts.startup) + style.dim("  ·  progress  ·  \(facts.rubricTitle) \(facts.rubricVersion)  ·  \(facts.dates.before) → \(facts.dates.after)"))
        lines.append("Score \(facts.scores.before) → \(style.bold(facts.scores.after)) / 100  \(colour(facts.scoreTrend)("\(CompareFacts.arrow(facts.scoreTrend)) \(facts.scoreChange)"))")
        if facts.verdictTrend == .same {
            lines.append("Verdict \(style.bold(facts.verdicts.after)) (unchanged)")
        } else {
            lines.append("Verdict \(facts.verdicts.before) → \(style.bold(facts.verdicts.after))  \(colour(facts.verdictTrend)(CompareFacts.arrow(facts.verdictTrend)))")
        }
        lines.append("")
        let width = max(12, facts.dimensions.map(\.title.count).max() ?? 12)
        for row in facts.dimensions {
            let title = row.title.padding(toLength: width, withPad: " ", startingAt: 0)
            let change = row.trend == .same && row.change == "–" ? style.dim("not applicable") : colour(row.trend)(arrowed(row))
            lines.append("  \(title)  \(pad(row.before, 5)) → \(pad(row.after, 5))  \(change)")
        }
        section("Improved", facts.improved, into: &lines)
        section("Slipped", facts.slipped, into: &lines)
        section("Newly scored", facts.newlyScored, into: &lines)
        section("No longer scored", facts.noLongerScored, into: &lines)
        if !facts.newlyAnswered.isEmpty {
            lines.append("")
            lines.append(style.dim("Newly answered (\(facts.newlyAnswered.count)): \(facts.newlyAnswered.map(\.id).joined(separator: ", "))"))
        }
        if !facts.nextSteps.isEmpty {
            lines.append("")
            lines.append(style.bold("Next steps now:"))
            for step in facts.nextSteps {
                lines.append("  \(step.rank). \(style.green(pad(step.gain, 5))) \(step.question)  \(style.dim(step.criterion))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private

    private func section(_ title: String, _ rows: [CompareRow], into lines: inout [String]) {
        guard !rows.isEmpty else { return }
        lines.append("")
        lines.append(style.bold("\(title) (\(rows.count)):"))
        for row in rows {
            let change = row.trend == .appeared || row.trend == .disappeared
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
