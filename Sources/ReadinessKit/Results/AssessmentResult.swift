/// Everything a report needs about one scored questionnaire: one value, read by every writer.
public struct AssessmentResult: Sendable, Equatable {
    /// The startup's name.
    public var startup: String
    /// The rubric's id.
    public var rubricID: String
    /// The rubric's version.
    public var rubricVersion: String
    /// The rubric's title.
    public var rubricTitle: String
    /// Who assessed, if given.
    public var assessor: String?
    /// The assessment date (`YYYY-MM-DD`), if given.
    public var date: String?
    /// The overall score, 0–100, at full precision.
    public var score: Double
    /// The verdict given, after any gate cap.
    public var verdict: Verdict
    /// The verdict the score alone would reach, before any gate cap.
    public var uncappedVerdict: Verdict
    /// Full ids of counted criteria scoring below their gate, in rubric order.
    public var gatesFailed: [String]
    /// Every dimension, in rubric order.
    public var dimensions: [DimensionResult]
    /// Every counted criterion with something to gain, in the order to work on them.
    public var nextSteps: [NextStep]
    /// Full ids of applicable criteria without an answer, in rubric order.
    public var unanswered: [String]
    /// Whether the rubric uses levels, so dimension levels mean something.
    public var usesLevels: Bool

    /// Whether a failed gate lowered the verdict.
    public var isCapped: Bool { verdict != uncappedVerdict }

    /// Every criterion result, in rubric order.
    public var allCriteria: [CriterionResult] { dimensions.flatMap(\.criteria) }

    /// The result of a criterion by full id.
    public func criterion(_ key: String) -> CriterionResult? {
        for dimension in dimensions {
            if let found = dimension.criteria.first(where: { $0.id == key }) { return found }
        }
        return nil
    }
}

/// One dimension's outcome.
public struct DimensionResult: Sendable, Equatable {
    /// The dimension's id.
    public var id: String
    /// The dimension's title.
    public var title: String
    /// The dimension's weight.
    public var weight: Double
    /// The score 0–100, or nil when no criterion counts ("not applicable").
    public var score: Double?
    /// The readiness level reached (0 when none), when the rubric uses levels.
    public var level: Int?
    /// The points this dimension adds to the overall score: W × D / ΣW; nil when it drops out.
    public var contribution: Double?
    /// The sum of counted criterion weights, Σw; 0 when it drops out.
    public var countedWeight: Double
    /// Every criterion, in rubric order.
    public var criteria: [CriterionResult]
}

/// One criterion's outcome.
public struct CriterionResult: Sendable, Equatable {
    /// The full id, `dimension.criterion`.
    public var id: String
    /// The score 0–1, or nil when it does not count.
    public var score: Double?
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
    /// Whether evidence was expected for an answer given without it.
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
}
