import ReadinessKit

/// The terminal summary of one assessment: score, verdict, dimension bars, gates, next steps.
struct SummaryPrinter {
    let style: Style
    /// The words and numbers of the summary.
    let strings: Strings
    /// How many next steps to show.
    var stepCount = 5

    /// The summary as lines of text, ending with a newline.
    func summary(_ result: AssessmentResult, rubric: Rubric) -> String {
        let numbers = strings.numbers
        var lines: [String] = []
        lines.append(
            style.bold(result.startup)
                + style.dim(strings.format(TerminalWord.summaryRubric, result.rubricTitle, result.rubricVersion)))
        let verdict = colour(result.verdict, in: rubric)(result.verdict.label)
        lines.append(strings.format(TerminalWord.scoreLine, style.bold(numbers.oneDecimal(result.score)), verdict))
        if result.isCapped {
            let gates = result.gates.filter { $0.cap == result.verdict }.map(\.criterion).joined(separator: ", ")
            lines.append(
                style.yellow(
                    strings.format(
                        TerminalWord.capped, result.verdict.label, gates,
                        result.uncappedVerdict.label)))
        }
        if result.provisional {
            let share = numbers.integer(result.answeredPercent)
            let needed = numbers.integer(result.minAnsweredPercent)
            lines.append(style.yellow(strings.format(TerminalWord.provisional, share, needed)))
        }
        lines.append("")
        let width = max(12, result.dimensions.map(\.title.count).max() ?? 12)
        for dimension in result.dimensions {
            let title = dimension.title.padding(toLength: width, withPad: " ", startingAt: 0)
            guard let score = dimension.score else {
                let profile =
                    rubric.dimensions.first { $0.id == dimension.id }?.criteria.allSatisfy { !$0.isScored } ?? false
                let note = strings[profile ? TerminalWord.profileDimension : .notApplicable]
                lines.append("  \(title)  \(style.dim(note))")
                continue
            }
            var line = "  \(title)  \(TextBar.bar(score, width: 20))  \(pad(numbers.oneDecimal(score), 5))"
            if result.usesLevels, let level = dimension.level {
                let number = numbers.integer(level)
                let ladder = rubric.dimensions.first { $0.id == dimension.id }
                let name = ladder.flatMap { rubric.levelName(level, in: $0) }
                let text =
                    name.map { strings.format(TerminalWord.levelNamed, number, $0) }
                    ?? strings.format(TerminalWord.level, number)
                line += style.dim("  " + text)
            }
            lines.append(line)
        }
        for (gates, heading) in [(result.alerts, TerminalWord.urgent), (result.knockOuts, .failedGates)]
        where !gates.isEmpty {
            lines.append("")
            lines.append(style.red(strings[heading]))
            for gate in gates {
                let question = rubric.criterion(gate.criterion)?.question ?? ""
                lines.append("  \(style.red("✗")) \(gate.criterion)  \(style.dim(question))")
            }
        }
        if !result.nextSteps.isEmpty {
            lines.append("")
            lines.append(
                style.bold(strings[TerminalWord.nextSteps]) + style.dim(" " + strings[TerminalWord.gainExplained]))
            for (index, step) in result.nextSteps.prefix(stepCount).enumerated() {
                let question = rubric.criterion(step.criterion)?.question ?? step.criterion
                let gain = "+" + numbers.oneDecimal(step.gain)
                lines.append(
                    "  \(numbers.integer(index + 1)). \(style.green(pad(gain, 5))) \(question)  \(style.dim(step.criterion))"
                )
                if let advice = result.advice(for: step).map(MarkdownPlain.firstParagraph), !advice.isEmpty {
                    lines.append(String(repeating: " ", count: 11) + advice)
                }
            }
            if result.nextSteps.count > stepCount {
                let more = numbers.integer(result.nextSteps.count - stepCount)
                lines.append(style.dim("  " + strings.format(TerminalWord.moreSteps, more)))
            }
        }
        if !result.unanswered.isEmpty {
            lines.append("")
            let count = result.unanswered.count
            lines.append(style.dim(strings.plural(count, one: TerminalWord.unansweredOne, many: .unansweredMany)))
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
