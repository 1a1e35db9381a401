import ReadinessKit

/// What a progress report shows, derived once from a `Comparison` and the newer rubric.
///
/// The terminal, Markdown and HTML writers all read this value, so they name the same criteria
/// with the same signs. Numbers are already formatted: scores with one decimal, criterion
/// scores on the 0–100 scale as in the assessment reports, changes with a sign.
public struct CompareFacts: Sendable, Equatable {
    /// The startup's name (questionnaire text).
    public var startup: String
    /// The rubric's title.
    public var rubricTitle: String
    /// The rubric's version now (and before, when it differs: "1.0.0 → 1.1.0").
    public var rubricVersion: String
    /// The dates of the two assessments, `–` when not given.
    public var dates: (before: String, after: String)
    /// The overall scores, one decimal.
    public var scores: (before: String, after: String)
    /// The overall score after, 0–100, for bars and gauges.
    public var scoreAfter: Double
    /// The overall change with a sign: `+22.3`, `-4.0`, `0.0`.
    public var scoreChange: String
    /// Which way the overall score moved.
    public var scoreTrend: Trend
    /// The verdict labels.
    public var verdicts: (before: String, after: String)
    /// Which way the verdict moved.
    public var verdictTrend: Trend
    /// How good the verdict after is: 0 for the best, and how many verdicts there are.
    public var verdictRank: (rank: Int, count: Int)
    /// Every dimension of the newer assessment.
    public var dimensions: [CompareRow]
    /// Criteria scored both times that went up, in rubric order.
    public var improved: [CompareRow]
    /// Criteria scored both times that went down, in rubric order.
    public var slipped: [CompareRow]
    /// Criteria with a score now and none before (newly answered or newly applicable).
    public var newlyScored: [CompareRow]
    /// Criteria with a score before and none now (no longer answered or applicable).
    public var noLongerScored: [CompareRow]
    /// Every criterion answered now and not before (any kind), with the answer.
    public var newlyAnswered: [CompareRow]
    /// The first next steps now (at most five).
    public var nextSteps: [CompareStep]
    /// How many next steps there are in all.
    public var nextStepTotal: Int
    /// The words and number style the facts were derived in, which the writers show them in.
    public var strings: Strings

    /// Compares everything, tuples included.
    public static func == (lhs: CompareFacts, rhs: CompareFacts) -> Bool {
        lhs.startup == rhs.startup && lhs.rubricTitle == rhs.rubricTitle && lhs.rubricVersion == rhs.rubricVersion
            && lhs.dates == rhs.dates && lhs.scores == rhs.scores && lhs.scoreAfter == rhs.scoreAfter
            && lhs.scoreChange == rhs.scoreChange && lhs.scoreTrend == rhs.scoreTrend && lhs.verdicts == rhs.verdicts
            && lhs.verdictTrend == rhs.verdictTrend && lhs.verdictRank == rhs.verdictRank
            && lhs.dimensions == rhs.dimensions && lhs.improved == rhs.improved && lhs.slipped == rhs.slipped
            && lhs.newlyScored == rhs.newlyScored && lhs.noLongerScored == rhs.noLongerScored
            && lhs.newlyAnswered == rhs.newlyAnswered && lhs.nextSteps == rhs.nextSteps
            && lhs.nextStepTotal == rhs.nextStepTotal && lhs.strings == rhs.strings
    }

    /// A change as text with its sign, one decimal: `+22.3`, `-0.5`, `0.0`; `–` when nil.
    public static func signed(_ value: Double?, numbers: NumberStyle) -> String {
        guard let value else { return "–" }
        return (value > 0 ? "+" : (value < 0 ? "-" : "")) + numbers.oneDecimal(abs(value))
    }

    /// The arrow for a trend: ▲ up, ▼ down, ● newly scored, ○ no longer scored, = the same.
    public static func arrow(_ trend: Trend) -> String {
        switch trend {
        case .up: return "▲"
        case .down: return "▼"
        case .same: return "="
        case .appeared: return "●"
        case .disappeared: return "○"
        }
    }
}

/// One row of a progress report: a dimension or a criterion, before and after.
public struct CompareRow: Sendable, Equatable {
    /// The id: a dimension id or a full criterion id.
    public var id: String
    /// The dimension title, or the criterion's question (rubric text).
    public var title: String
    /// The dimension a criterion belongs to (its title); the title itself for a dimension.
    public var dimension: String
    /// The score before, formatted; `–` when there was none.
    public var before: String
    /// The score after, formatted; `–` when there is none.
    public var after: String
    /// The change with its sign; the words for new or gone for a criterion scored on one side only, `–`
    /// for a dimension without a score on either side.
    public var change: String
    /// Which way it moved.
    public var trend: Trend
    /// The answers before and after as people read them (questionnaire text), when any.
    public var answers: (before: String?, after: String?)

    /// Compares every field, tuples included.
    public static func == (lhs: CompareRow, rhs: CompareRow) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.dimension == rhs.dimension && lhs.before == rhs.before
            && lhs.after == rhs.after && lhs.change == rhs.change && lhs.trend == rhs.trend
            && lhs.answers == rhs.answers
    }
}

/// One next step in a progress report.
public struct CompareStep: Sendable, Equatable {
    /// The 1-based rank.
    public var rank: Int
    /// The full criterion id.
    public var criterion: String
    /// The criterion's question (rubric text).
    public var question: String
    /// The dimension's title.
    public var dimension: String
    /// The points to gain, `+4.2`.
    public var gain: String
    /// Whether it is a failed gate.
    public var gateFailed: Bool
}
