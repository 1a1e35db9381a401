/// A questionnaire's answers by criterion position in the rubric: scoring looks each answer up
/// by array index instead of hashing its id, many times per questionnaire.
struct AnswerSlots {
    private let answers: [Answer]
    /// Per criterion in rubric order: the index in `answers`, or -1 when unanswered.
    private var slots: [Int]
    /// Where each dimension's criteria start in `slots`.
    private var starts: [Int]
    private let rubric: Rubric

    /// Places each answer at its criterion; the first answer to a criterion wins.
    init(_ questionnaire: Questionnaire, rubric: Rubric) {
        answers = questionnaire.answers
        self.rubric = rubric
        var starts: [Int] = []
        starts.reserveCapacity(rubric.dimensions.count)
        var total = 0
        for dimension in rubric.dimensions.indices {
            starts.append(total)
            total += rubric.dimensions[dimension].criteria.count
        }
        self.starts = starts
        slots = Array(repeating: -1, count: total)
        for (index, answer) in answers.enumerated() {
            guard let position = rubric.position(of: answer.criterion) else { continue }
            let slot = starts[position.dimension] + position.criterion
            if slots[slot] < 0 { slots[slot] = index }
        }
    }

    /// The answer to criterion `c` of dimension `d`, if any.
    subscript(d: Int, c: Int) -> Answer? {
        let index = slots[starts[d] + c]
        return index >= 0 ? answers[index] : nil
    }

    /// The answer to a criterion by full id, if any.
    subscript(key: String) -> Answer? {
        guard let position = rubric.position(of: key) else { return nil }
        return self[position.dimension, position.criterion]
    }

    /// Whether a criterion applies (`CriterionScorer.isApplicable`, with these answers).
    func isApplicable(_ criterion: Criterion) -> Bool {
        CriterionScorer.isApplicable(criterion) { self[$0] }
    }
}
