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
    /// Every failed gate with the verdict it caps at, in rubric order.
    public var gates: [GateFailure]
    /// Every dimension, in rubric order.
    public var dimensions: [DimensionResult]
    /// Every counted criterion with something to gain, in the order to work on them.
    public var nextSteps: [NextStep]
    /// Full ids of applicable criteria without an answer, in rubric order.
    public var unanswered: [String]
    /// Whether the rubric uses levels, so dimension levels mean something.
    public var usesLevels: Bool
    /// The share (0–1) of the overall score that rests on answers: Σ (W/ΣW)·(w/Σw) over
    /// counted, answered criteria.
    public var answeredShare: Double
    /// Whether the answered share is below the rubric's `min_answered`: the verdict stands, but
    /// reports say the result is provisional.
    public var provisional: Bool
    /// The rubric it was scored with (one shared reference): advice and resources come from it.
    public var rubric: Rubric

    /// Whether a failed gate lowered the verdict.
    public var isCapped: Bool { verdict != uncappedVerdict }

    /// Whether the rubric scores by the second edition's rules (format 2), so the result has
    /// its keys.
    public var isSecondEdition: Bool { rubric.isSecondEdition }

    /// Every criterion result, in rubric order.
    public var allCriteria: [CriterionResult] { dimensions.flatMap(\.criteria) }

    /// The result of a criterion by full id.
    public func criterion(_ key: String) -> CriterionResult? {
        if let position = rubric.position(of: key), dimensions.indices.contains(position.dimension),
            dimensions[position.dimension].criteria.indices.contains(position.criterion),
            dimensions[position.dimension].criteria[position.criterion].id == key
        {
            return dimensions[position.dimension].criteria[position.criterion]
        }
        for dimension in dimensions {
            if let found = dimension.criteria.first(where: { $0.id == key }) { return found }
        }
        return nil
    }
}

/// A failed gate and the verdict it caps at.
public struct GateFailure: Sendable, Equatable {
    /// The full criterion id.
    public var criterion: String
    /// The best verdict the failed gate allows: its `cap`, else the second verdict.
    public var cap: Verdict
}
