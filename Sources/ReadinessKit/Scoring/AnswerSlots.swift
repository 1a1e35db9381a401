/// A questionnaire's answers by criterion position in the rubric: scoring looks each answer up
/// by array index instead of hashing its id, many times per questionnaire.
struct AnswerSlots {
    private let answers: [Answer]
    /// Per dimension, per criterion: the index in `answers`, or -1 when unanswered.
    private var slots: [[Int]]
    private let rubric: Rubric

    /// Places each answer at its criterion; the first answer to a criterion wins.
    init(_ questionnaire: Questionnaire, rubric: Rubric) {
        answers = questionnaire.answers
        self.rubric = rubric
        slots = rubric.dimensions.map { Array(repeating: -1, count: $0.criteria.count) }
        for (index, answer) in answers.enumerated() {
            guard let position = rubric.position(of: answer.criterion),
                  slots[position.dimension][position.criterion] < 0 else { continue }
            slots[position.dimension][position.criterion] = index
        }
    }

    /// The answer to criterion `c` of dimension `d`, if any.
    subscript(d: Int, c: Int) -> Answer? {
        let index = slots[d][c]
        return index >= 0 ? answers[index] : nil
    }

    /// The answer to a criterion by full id, if any.
    subscript(key: String) -> Answer? {
        guard let position = rubric.position(of: key) else { return nil }
        return self[position.dimension, position.criterion]
    }

    /// Whether a criterion applies: its `when` is true, or names an unanswered criterion
    /// (the rule of `CriterionScorer.isApplicable`).
    func isApplicable(_ criterion: Criterion) -> Bool {
        guard let condition = criterion.when else { return true }
        guard let answer = self[condition.criterion] else { return true }
        return answer.value.conditionValues.contains { condition.values.contains($0) }
    }
}
