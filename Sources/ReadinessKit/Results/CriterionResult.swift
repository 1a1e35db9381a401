/// One criterion's outcome.
public struct CriterionResult: Sendable, Equatable {
    /// The full id, `dimension.criterion`.
    public var id: String
    /// The counted score 0–1 (after any evidence discount), or nil when it does not count.
    public var score: Double?
    /// The answer's score 0–1 before any evidence discount, for answered counted criteria.
    public var answerScore: Double?
    /// What the score means.
    public var status: CriterionStatus
    /// The overall points it would add at score 1; nil when it does not count.
    public var gain: Double?
    /// The answer, if any.
    public var answer: AnswerValue?
    /// Evidence given with the answer, if any.
    public var evidence: String?
    /// A note given with the answer, if any.
    public var note: String?
    /// Whether evidence was expected (or required) for an answer given without it.
    public var unverified: Bool
    /// Whether it scored below its gate.
    public var gateFailed: Bool
}

/// What a criterion's score means.
public enum CriterionStatus: String, Sendable, Equatable, CaseIterable {
    /// Scored 1.
    case met
    /// Scored above 0 and below 1.
    case partial
    /// Scored 0 with an answer.
    case unmet
    /// Counted, but not answered: scores 0.
    case unanswered
    /// Its `when` rule is false.
    case notApplicable = "not-applicable"
    /// Text or weight 0: asked, never scored.
    case unscored
}

/// A criterion worth working on next, and what it would add.
public struct NextStep: Sendable, Equatable {
    /// The full criterion id.
    public var criterion: String
    /// The overall points it would add at score 1.
    public var gain: Double
    /// Whether it is a failed gate (these come first).
    public var gateFailed: Bool
    /// The id of its dimension.
    public var dimension: String
    /// Where the criterion is: its dimension's index and its index there.
    package var position: (dimension: Int, criterion: Int)

    /// Compares every field.
    public static func == (lhs: NextStep, rhs: NextStep) -> Bool {
        lhs.criterion == rhs.criterion && lhs.gain == rhs.gain && lhs.gateFailed == rhs.gateFailed
            && lhs.dimension == rhs.dimension && lhs.position == rhs.position
    }
}
