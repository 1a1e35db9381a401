/// Writes an answer the way people read it: option labels instead of ids, a scale value with
/// its label, a number with its unit.
public enum AnswerLabel {
    /// The answer as text for a criterion: `Yes`, `Priority filing done`, `4 — Lab validation`,
    /// `2 founders`, or the text answer itself, in the words and numbers of `strings`.
    public static func text(_ value: AnswerValue, for criterion: Criterion, strings: Strings = .english) -> String {
        switch value {
        case .yesNo(let yes):
            return strings[yes ? AnswerWord.yes : .no]
        case .choice(let id):
            return optionLabel(id, in: criterion)
        case .multiChoice(let ids):
            return ids.isEmpty
                ? strings[AnswerWord.noOptions] : ids.map { optionLabel($0, in: criterion) }.joined(separator: ", ")
        case .scale(let value):
            let number = strings.numbers.integer(value)
            guard case .scale(let scale) = criterion.answer else { return number }
            if let label = scale.labelTexts[value]?.text {
                return strings.format(AnswerWord.scaleLabelled, number, label)
            }
            return strings.format(
                AnswerWord.scaleOf, number, strings.numbers.integer(scale.min), strings.numbers.integer(scale.max))
        case .number(let value):
            var text = strings.numbers.canonical(value)
            if let unit = criterion.unit, !unit.isEmpty { text = strings.format(AnswerWord.numberUnit, text, unit) }
            if case .number(let bands) = criterion.answer, let label = bands.last(where: { $0.from <= value })?.label {
                text = strings.format(AnswerWord.withLabel, text, label)
            }
            return text
        case .text(let text):
            return text
        }
    }

    // MARK: - Private

    private static func optionLabel(_ id: String, in criterion: Criterion) -> String {
        criterion.options.first { $0.id == id }?.label ?? id
    }
}
