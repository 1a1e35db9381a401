import ReadinessKit

/// Draws one question for the terminal: where the founder is, the question, and the answers allowed.
struct QuestionView {
    let style: Style

    /// The question block, ending just before the prompt.
    func question(_ criterion: Criterion, dimension: String, number: Int, total: Int, current: Answer?) -> String {
        var lines = [""]
        lines.append(style.cyan("\(dimension)  ·  question \(number) of \(total)"))
        lines.append(style.bold(criterion.question))
        for (index, option) in criterion.options.enumerated() {
            lines.append("  \(style.bold(pad(String(index + 1), 2)))  \(option.label)  \(style.dim("(\(option.id))"))")
        }
        if case .scale(let scale) = criterion.answer {
            for value in scale.labels.keys.sorted() {
                lines.append("  \(style.bold(pad(String(value), 2)))  \(scale.labels[value] ?? "")")
            }
        }
        lines.append("  " + style.dim(hint(for: criterion) + "   ? help · s skip · b back · q stop"))
        if let current {
            lines.append("  " + style.yellow("now: \(AnswerLabel.text(current.value, for: criterion))") + style.dim("  (Enter keeps it)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The prompt for the answer.
    var prompt: String { style.bold("> ") }

    /// What to type, in a few words.
    func hint(for criterion: Criterion) -> String {
        switch criterion.answer {
        case .yesNo: return "y or n"
        case .choice(let options): return "a number from 1 to \(options.count), or an option id"
        case .multiChoice: return "numbers or ids separated by commas or spaces; - for none"
        case .scale(let scale): return "a whole number from \(scale.min) to \(scale.max)"
        case .number: return AnswerHelp.expected(criterion)
        case .text: return "free text"
        }
    }

    /// The help shown for `?`: the rubric's help, how the answer counts, and the commands.
    func help(_ criterion: Criterion) -> String {
        var lines: [String] = []
        if let help = criterion.help {
            lines += help.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        } else {
            lines.append("  " + style.dim("This question has no help text."))
        }
        lines.append("  Answer: \(AnswerHelp.expected(criterion)).")
        if case .number = criterion.answer {
            for choice in AnswerHelp.choices(criterion) { lines.append("    \(choice.value): \(choice.label)") }
        }
        if let unit = criterion.unit, case .number = criterion.answer { lines.append("  Unit: \(unit).") }
        for remark in AnswerHelp.remarks(criterion) { lines.append("  " + remark) }
        lines.append("  " + style.dim("Enter or s skips, b goes back, q stops; every answer is saved at once."))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line saying an answer was not accepted, and why.
    func invalid(_ message: String) -> String { "  " + style.red("✗ \(message)") + "\n" }

    // MARK: - Private

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
