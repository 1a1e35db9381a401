import ReadinessKit

/// Draws one question for the terminal: where the founder is, the question, and the answers allowed.
struct QuestionView {
    let style: Style
    /// The words and numbers of the view.
    let strings: Strings

    /// The question block, ending just before the prompt.
    func question(_ criterion: Criterion, dimension: String, number: Int, total: Int, current: Answer?) -> String {
        let numbers = strings.numbers
        var lines = [""]
        lines.append(
            style.cyan(
                strings.format(
                    AskWord.questionHeading, dimension, numbers.integer(number),
                    numbers.integer(total))))
        lines.append(style.bold(criterion.question))
        for (index, option) in criterion.options.enumerated() {
            lines.append(
                "  \(style.bold(pad(numbers.integer(index + 1), 2)))  \(option.label)  \(style.dim("(\(option.id))"))")
        }
        if case .scale(let scale) = criterion.answer {
            for value in scale.labels.keys.sorted() {
                lines.append("  \(style.bold(pad(numbers.integer(value), 2)))  \(scale.labels[value] ?? "")")
            }
        }
        lines.append("  " + style.dim(hint(for: criterion) + "   " + strings[AskWord.commands]))
        if let current {
            let answer = AnswerLabel.text(current.value, for: criterion, strings: strings)
            lines.append(
                "  " + style.yellow(strings.format(AskWord.now, answer)) + style.dim("  " + strings[AskWord.enterKeeps])
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The prompt for the answer.
    var prompt: String { style.bold("> ") }

    /// What to type, in a few words.
    func hint(for criterion: Criterion) -> String {
        let numbers = strings.numbers
        switch criterion.answer {
        case .yesNo: return strings[AskWord.hintYesNo]
        case .choice(let options): return strings.format(AskWord.hintChoice, numbers.integer(options.count))
        case .multiChoice: return strings[AskWord.hintMultiChoice]
        case .scale(let scale):
            return strings.format(AskWord.hintScale, numbers.integer(scale.min), numbers.integer(scale.max))
        case .number: return AnswerHelp.expected(criterion, strings: strings)
        case .text: return strings[AskWord.hintText]
        }
    }

    /// The help shown for `?`: the rubric's help, how the answer counts, and the commands.
    func help(_ criterion: Criterion) -> String {
        var lines: [String] = []
        if let help = criterion.help {
            lines += help.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        } else {
            lines.append("  " + style.dim(strings[AskWord.noHelp]))
        }
        lines.append("  " + strings.format(AskWord.answerHelp, AnswerHelp.expected(criterion, strings: strings)))
        if case .number = criterion.answer {
            for choice in AnswerHelp.choices(criterion, strings: strings) {
                lines.append("    \(choice.value): \(choice.label)")
            }
        }
        if let unit = criterion.unit, case .number = criterion.answer {
            lines.append("  " + strings.format(AskWord.unit, unit))
        }
        for remark in AnswerHelp.remarks(criterion, strings: strings) { lines.append("  " + remark) }
        lines.append("  " + style.dim(strings[AskWord.helpCommands]))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line saying an answer was not accepted, and why.
    func invalid(_ message: String) -> String { "  " + style.red(strings.format(AskWord.invalid, message)) + "\n" }

    // MARK: - Private

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
