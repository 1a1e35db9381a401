/// Scores one answer for its criterion, exactly as the design's rules say.
public enum CriterionScorer {
    /// The score in [0, 1] of an answer, or nil for text answers (never scored).
    public static func score(_ value: AnswerValue, for criterion: Criterion) -> Double? {
        switch (criterion.answer, value) {
        case (.yesNo(let invert), .yesNo(let yes)):
            return (yes != invert) ? 1 : 0
        case (.choice(let options), .choice(let id)):
            return options.first { $0.id == id }?.score ?? 0
        case (.multiChoice(let options), .multiChoice(let ids)):
            var total = 0.0
            for id in ids { total += options.first { $0.id == id }?.score ?? 0 }
            return Swift.min(total, 1)
        case (.scale(let scale), .scale(let value)):
            return Double(value - scale.min) / Double(scale.max - scale.min)
        case (.number(let bands), .number(let value)):
            return bands.last { $0.from <= value }?.score ?? 0
        case (.text, _):
            return nil
        default:
            return 0
        }
    }

    /// Whether a criterion applies given the answers: its `when` is true, or names an unanswered criterion.
    public static func isApplicable(_ criterion: Criterion, answers: [String: Answer]) -> Bool {
        isApplicable(criterion) { answers[$0] }
    }

    /// The same rule, with answers found by full id through `answer`.
    static func isApplicable(_ criterion: Criterion, answer: (String) -> Answer?) -> Bool {
        guard let condition = criterion.when else { return true }
        guard let given = answer(condition.criterion) else { return true }
        return given.value.conditionValues.contains { condition.values.contains($0) }
    }
}
