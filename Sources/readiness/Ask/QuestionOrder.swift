import ReadinessKit

/// The order `ask` asks in: profile questions (weight 0, or a dimension of unscored questions)
/// first, then dimension by dimension,
/// with the criteria that `when` rules out skipped for the answers given so far.
struct QuestionOrder {
    /// Every criterion in asking order, applicable or not.
    let criteria: [Criterion]
    /// The dimension title of each criterion, by full id.
    private let titles: [String: String]

    /// The order for a rubric.
    init(rubric: Rubric) {
        let profileDimensions = Set(rubric.dimensions.filter { !$0.criteria.contains(where: \.isScored) }.map(\.id))
        let isProfile: (Criterion) -> Bool = { $0.weight == 0 || profileDimensions.contains($0.dimensionID) }
        let all = rubric.allCriteria
        criteria = all.filter(isProfile) + all.filter { !isProfile($0) }
        var titles: [String: String] = [:]
        for dimension in rubric.dimensions {
            for criterion in dimension.criteria { titles[criterion.key] = dimension.title }
        }
        self.titles = titles
    }

    /// The title of the dimension a criterion belongs to.
    func dimensionTitle(of criterion: Criterion) -> String { titles[criterion.key] ?? "" }

    /// Whether the criterion at an index applies, given the answers so far.
    func applies(_ index: Int, answers: [String: Answer]) -> Bool {
        CriterionScorer.isApplicable(criteria[index], answers: answers)
    }

    /// The first applicable index at or after `start` that `accept` takes.
    func first(from start: Int, answers: [String: Answer], where accept: (Criterion) -> Bool = { _ in true }) -> Int? {
        guard start < criteria.count else { return nil }
        return (max(0, start)..<criteria.count).first { applies($0, answers: answers) && accept(criteria[$0]) }
    }

    /// The nearest applicable index before `index`.
    func previous(before index: Int, answers: [String: Answer]) -> Int? {
        guard index > 0 else { return nil }
        return (0..<index).reversed().first { applies($0, answers: answers) }
    }

    /// Where an index stands among the applicable questions: 1-based position and total.
    func position(of index: Int, answers: [String: Answer]) -> (number: Int, total: Int) {
        let applicable = criteria.indices.filter { applies($0, answers: answers) }
        let number = (applicable.firstIndex(of: index) ?? 0) + 1
        return (number, applicable.count)
    }
}

extension Criterion {
    /// The id of the dimension the criterion belongs to: its full id before the dot.
    fileprivate var dimensionID: String { String(key.prefix { $0 != "." }) }
}
