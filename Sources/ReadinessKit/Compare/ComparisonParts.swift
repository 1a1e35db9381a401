/// Which way something moved between two assessments.
public enum Trend: String, Sendable, Equatable {
    /// It went up: a better score or verdict.
    case up
    /// It did not move.
    case same
    /// It went down.
    case down
    /// It has a value now and had none before (newly scored).
    case appeared
    /// It had a value before and has none now.
    case disappeared
}

/// One dimension's score before and after.
public struct DimensionChange: Sendable, Equatable {
    /// The dimension's id.
    public var id: String
    /// The dimension's title.
    public var title: String
    /// The score before (0–100), nil when it did not apply or did not exist.
    public var before: Double?
    /// The score after (0–100), nil when it does not apply.
    public var after: Double?

    /// Creates a dimension change.
    public init(id: String, title: String, before: Double?, after: Double?) {
        self.id = id
        self.title = title
        self.before = before
        self.after = after
    }

    /// After minus before, when both have a score.
    public var change: Double? {
        guard let before, let after else { return nil }
        return after - before
    }
}

/// One criterion whose score changed, or that gained or lost a score.
public struct CriterionChange: Sendable, Equatable {
    /// The full criterion id.
    public var criterion: String
    /// The score before (0–1); nil when unanswered, not applicable or not scored.
    public var before: Double?
    /// The score after (0–1); nil when unanswered, not applicable or not scored.
    public var after: Double?
    /// The answer before, if any.
    public var answerBefore: AnswerValue?
    /// The answer after, if any.
    public var answerAfter: AnswerValue?

    /// Creates a criterion change.
    public init(
        criterion: String, before: Double?, after: Double?, answerBefore: AnswerValue?, answerAfter: AnswerValue?
    ) {
        self.criterion = criterion
        self.before = before
        self.after = after
        self.answerBefore = answerBefore
        self.answerAfter = answerAfter
    }

    /// After minus before, when both have a score.
    public var change: Double? {
        guard let before, let after else { return nil }
        return after - before
    }

    /// Up or down when scored both times; appeared or disappeared when scored on one side only.
    public var trend: Trend {
        switch (before, after) {
        case (let old?, let new?): return new > old ? .up : (new < old ? .down : .same)
        case (nil, .some): return .appeared
        case (.some, nil): return .disappeared
        case (nil, nil): return .same
        }
    }
}

/// A criterion answered in the newer assessment and not in the older one.
public struct NewAnswer: Sendable, Equatable {
    /// The full criterion id.
    public var criterion: String
    /// The answer given.
    public var value: AnswerValue
}
