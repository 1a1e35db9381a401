import ReadinessKit

/// The terminal summary of one assessment: score, verdict, dimension bars, gates, next steps.
struct SummaryPrinter {
    let style: Style
    /// How many next steps to show.
    var stepCount = 5

    /// The summary as lines of text, ending with a newline.
    func summary(_ result: AssessmentResult, rubric: Rubric) -> String {
        var lines: [String] = []
        lines.append(style.bold(result.startup) + style.dim("  ·  \(result.rubricTitle) \(result.rubricVersion)"))
        let verdict = colour(result.verdict, in: rubric)(result.verdict.label)
        lines.append("Score \(style.bold(NumberText.oneDecimal(result.score))) / 100  ·  \(verdict)")
        if result.isCapped {
            lines.append(style.yellow("Capped: the score reaches \(result.uncappedVerdict.label), but a failed gate (\(result.gatesFailed.joined(separator: ", "))) caps the verdict."))
        }
        lines.append("")
        let width = max(12, result.dimensions.map(\.title.count).max() ?? 12)
        for dimension in result.dimensions {
            let title = dimension.title.padding(toLength: width, withPad: " ", startingAt: 0)
            guard let score = dimension.score else {
                let profile = rubric.dimensions.first { $0.id == dimension.id }?.criteria.allSatisfy { !$0.isScored } ?? false
                lines.append("  \(title)  \(style.dim(profile ? "profile questions, not scored" : "not applicable"))")
                continue
            }
            var line = "  \(title)  \(TextBar.bar(score, width: 20))  \(pad(NumberText.oneDecimal(score), 5))"
            if result.usesLevels, let level = dimension.level {
                let name = rubric.levelNames[level].map { " \($0)" } ?? ""
                line += style.dim("  level \(level)\(name)")
            }
            lines.append(line)
        }
        if !result.gatesFailed.isEmpty {
            lines.append("")
            lines.append(style.red("Failed gates:"))
            for key in result.gatesFailed {
                let question = rubric.criterion(key)?.question ?? ""
                lines.append("  \(style.red("✗")) \(key)  \(style.dim(question))")
            }
        }
        if !result.nextSteps.isEmpty {
            lines.append("")
            lines.append(style.bold("Next steps:"))
            for (index, step) in result.nextSteps.prefix(stepCount).enumerated() {
                let question = rubric.criterion(step.criterion)?.question ?? step.criterion
                let gain = "+" + NumberText.oneDecimal(step.gain)
                lines.append("  \(index + 1). \(style.green(pad(gain, 5))) \(question)  \(style.dim(step.criterion))")
            }
            if result.nextSteps.count > stepCount {
                lines.append(style.dim("  … and \(result.nextSteps.count - stepCount) more in the report"))
            }
        }
        if !result.unanswered.isEmpty {
            lines.append("")
            lines.append(style.dim("Unanswered: \(result.unanswered.count) question\(result.unanswered.count == 1 ? "" : "s")"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private

    private func colour(_ verdict: Verdict, in rubric: Rubric) -> (String) -> String {
        let index = rubric.verdicts.firstIndex(of: verdict) ?? 0
        if index == 0 { return { style.bold(style.green($0)) } }
        if index == rubric.verdicts.count - 1 { return { style.bold(style.red($0)) } }
        return { style.bold(style.yellow($0)) }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
