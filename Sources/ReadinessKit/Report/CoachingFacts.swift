/// What a report adds so that a coach would sign it: which knock-outs capped the verdict and at
/// what, whether the result is provisional and what is missing, and the action plan after the
/// first next steps.
///
/// Values only, no words: each writer turns them into sentences from its strings table.
public struct CoachingFacts: Sendable, Equatable {
    /// Every failed gate, rubric order, with the verdict it caps at.
    public var gates: [GateFacts] = []
    /// The verdict the score alone reaches, before any cap.
    public var uncappedVerdict: String = ""
    /// Whether the answered share is below the rubric's `min_answered`.
    public var provisional = false
    /// The share (0–1) of the overall score that rests on answers.
    public var answeredShare = 1.0
    /// The rubric's `min_answered` (0–1).
    public var minAnswered = 0.0
    /// Every applicable criterion without an answer, rubric order.
    public var missing: [MissingFacts] = []
    /// Every other gap (gain above 0) after the first next steps, grouped by dimension in rubric
    /// order; inside a group in next-step order.
    public var actionPlan: [ActionGroup] = []
    /// How many counted answers lack the evidence their criterion expects or requires.
    public var unverifiedCount = 0
    /// What an answer without required evidence counts for (rubric `unverified`, 0–1).
    public var unverifiedFactor = 0.5

    /// Creates empty coaching facts (nothing capped, nothing missing, no plan).
    public init() {}
}

/// A failed knock-out gate: the criterion, its counted score and threshold, and the cap.
public struct GateFacts: Sendable, Equatable {
    /// The full criterion id.
    public var key: String
    /// The question.
    public var question: String
    /// The criterion's counted score, 0–1.
    public var score: Double
    /// The gate threshold, 0–1.
    public var below: Double
    /// The label of the verdict the gate caps at, at best.
    public var cap: String
    /// Whether the gate is an alert: capped at the best verdict, so it flags without lowering.
    public var alert = false
    /// Whether this gate's cap is the one that set the verdict (the worst cap, below the
    /// verdict by score).
    public var decisive: Bool
}

/// An applicable criterion without an answer.
public struct MissingFacts: Sendable, Equatable {
    /// The full criterion id.
    public var key: String
    /// The question.
    public var question: String
    /// The title of its dimension.
    public var dimension: String
}

/// The gaps of one dimension in the action plan.
public struct ActionGroup: Sendable, Equatable {
    /// The dimension's id.
    public var id: String
    /// The dimension's title.
    public var title: String
    /// Its gaps, each with advice and resources.
    public var steps: [StepFacts]
}

/// A dimension's next level, its name and what blocks it.
public struct NextLevelFacts: Sendable, Equatable {
    /// The level, 1–9.
    public var level: Int
    /// The level's name on the dimension's ladder, if named.
    public var name: String?
    /// The criteria at that level scoring below their `pass`, rubric order.
    public var blockers: [BlockerFacts]
}

/// A criterion that blocks a dimension's next level.
public struct BlockerFacts: Sendable, Equatable {
    /// The full criterion id.
    public var key: String
    /// The question.
    public var question: String
}
