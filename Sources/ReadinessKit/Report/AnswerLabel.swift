/// Writes an answer the way people read it: option labels instead of ids, a scale value with
/// its label, a number with its unit.
public enum AnswerLabel {
    /// The answer as text for a criterion: `Yes`, `Priority filing done`, `4 — Lab validation`,
    /// `2 founders`, or the text answer itself.
    public static func text(_ value: AnswerValue, for criterion: Criterion) -> String {
        switch value {
        case .yesNo(let yes):
            return yes ? "Yes" : "No"
        case .choice(let id):
            return optionLabel(id, in: criterion)
        case .multiChoice(let ids):
            return ids.isEmpty ? "None" : ids.map { optionLabel($0, in: criterion) }.joined(separator: ", ")
        case .scale(let value):
            guard case .scale(let scale) = criterion.answer else { return String(value) }
            if let label = scale.labelTexts[value]?.text { return "\(value) — \(label)" }
            return "\(value) (of \(scale.min)–\(scale.max))"
        case .number(let value):
            var text = NumberText.canonical(value)
            if let unit = criterion.unit, !unit.isEmpty { text += " \(unit)" }
            if case .number(let bands) = criterion.answer, let label = bands.last(where: { $0.from <= value })?.label {
                text += " (\(label))"
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
