/// What changed between two assessments of one startup against the same rubric.
///
/// Built from two `AssessmentResult`s only, so it agrees with `assess` exactly: the overall
/// change is the difference of the two scores, and a criterion is listed as changed when its
/// score, or whether it has one, differs. A criterion "has a score" when it counts and is
/// answered (met, partial or unmet); unanswered, not-applicable and unscored ones have none.
public struct Comparison: Sendable, Equatable {
    /// The startup's name in the newer assessment.
    public var startup: String
    /// The rubric's id (the same in both).
    public var rubricID: String
    /// The rubric's title in the newer assessment.
    public var rubricTitle: String
    /// The rubric versions before and after (usually equal).
    public var versions: (before: String, after: String)
    /// The assessment dates before and after, when given.
    public var dates: (before: String?, after: String?)
    /// The overall score before, 0–100.
    public var scoreBefore: Double
    /// The overall score after, 0–100.
    public var scoreAfter: Double
    /// The verdict before.
    public var verdictBefore: Verdict
    /// The verdict after.
    public var verdictAfter: Verdict
    /// Every dimension of the newer assessment with its score before and after.
    public var dimensions: [DimensionChange]
    /// Every criterion whose score changed or gained or lost a score, in rubric order.
    public var changes: [CriterionChange]
    /// Criteria answered now that were not answered before (any kind), with the answer, in rubric order.
    public var newlyAnswered: [NewAnswer]
    /// Failed gates after.
    public var gatesFailed: [String]
    /// The next steps now, in the order to work on them.
    public var nextSteps: [NextStep]

    /// Compares two assessments; they must use the same rubric id.
    public init(before: AssessmentResult, after: AssessmentResult) throws(ComparisonError) {
        guard before.rubricID == after.rubricID else {
            throw .differentRubrics(before: before.rubricID, after: after.rubricID)
        }
        startup = after.startup
        rubricID = after.rubricID
        rubricTitle = after.rubricTitle
        versions = (before.rubricVersion, after.rubricVersion)
        dates = (before.date, after.date)
        scoreBefore = before.score
        scoreAfter = after.score
        verdictBefore = before.verdict
        verdictAfter = after.verdict
        gatesFailed = after.gatesFailed
        nextSteps = after.nextSteps
        dimensions = after.dimensions.map { dimension in
            let old = before.dimensions.first { $0.id == dimension.id }
            return DimensionChange(id: dimension.id, title: dimension.title, before: old?.score, after: dimension.score)
        }
        var changes: [CriterionChange] = []
        var newlyAnswered: [NewAnswer] = []
        for criterion in after.allCriteria {
            let old = before.criterion(criterion.id)
            if let answer = criterion.answer, old?.answer == nil {
                newlyAnswered.append(NewAnswer(criterion: criterion.id, value: answer))
            }
            let change = CriterionChange(
                criterion: criterion.id, before: old.flatMap(Self.answeredScore),
                after: Self.answeredScore(criterion),
                answerBefore: old?.answer, answerAfter: criterion.answer)
            if change.before != change.after { changes.append(change) }
        }
        for old in before.allCriteria where after.criterion(old.id) == nil {
            if let score = Self.answeredScore(old) {
                changes.append(
                    CriterionChange(
                        criterion: old.id, before: score, after: nil,
                        answerBefore: old.answer, answerAfter: nil))
            }
        }
        self.changes = changes
        self.newlyAnswered = newlyAnswered
    }

    /// The change of the overall score, after minus before.
    public var scoreChange: Double { scoreAfter - scoreBefore }

    /// Whether the verdict went up, down or stayed, judged by the verdicts' minimum scores.
    public var verdictChange: Trend {
        if verdictAfter.id == verdictBefore.id { return .same }
        return verdictAfter.min > verdictBefore.min ? .up : .down
    }

    /// Criteria scored both times that now score higher.
    public var improved: [CriterionChange] { changes.filter { $0.trend == .up } }

    /// Criteria scored both times that now score lower.
    public var slipped: [CriterionChange] { changes.filter { $0.trend == .down } }

    /// Compares everything but the tuples' labels.
    public static func == (lhs: Comparison, rhs: Comparison) -> Bool {
        lhs.startup == rhs.startup && lhs.rubricID == rhs.rubricID && lhs.rubricTitle == rhs.rubricTitle
            && lhs.versions == rhs.versions && lhs.dates == rhs.dates
            && lhs.scoreBefore == rhs.scoreBefore && lhs.scoreAfter == rhs.scoreAfter
            && lhs.verdictBefore == rhs.verdictBefore && lhs.verdictAfter == rhs.verdictAfter
            && lhs.dimensions == rhs.dimensions && lhs.changes == rhs.changes
            && lhs.newlyAnswered == rhs.newlyAnswered && lhs.gatesFailed == rhs.gatesFailed
            && lhs.nextSteps == rhs.nextSteps
    }

    // MARK: - Private

    /// The score of a counted, answered criterion; nil for unanswered, not-applicable and unscored ones.
    private static func answeredScore(_ result: CriterionResult) -> Double? {
        switch result.status {
        case .met, .partial, .unmet: return result.score
        case .unanswered, .notApplicable, .unscored: return nil
        }
    }
}

/// Why two assessments cannot be compared.
public enum ComparisonError: Error, Equatable, Sendable {
    /// They were scored against different rubrics.
    case differentRubrics(before: String, after: String)

    /// A sentence for people.
    public var message: String {
        switch self {
        case .differentRubrics(let before, let after):
            return
                "the assessments use different rubrics ('\(before)' and '\(after)'); compare two assessments against the same rubric"
        }
    }
}
