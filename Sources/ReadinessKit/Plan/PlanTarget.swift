/// One target of a plan: a level and/or score a dimension should reach, by a date, with an owner.
public struct PlanTarget: Sendable, Equatable {
    /// The dimension's id.
    public var dimension: String
    /// The level to reach (1–9), if the target names one.
    public var level: Int?
    /// The dimension score to reach (0–100), if the target names one.
    public var score: Double?
    /// When it is due (`YYYY-MM-DD`), if given.
    public var due: String?
    /// Who owns it, if named.
    public var owner: String?

    /// Creates a target; a decoded one has a level, a score or both.
    public init(dimension: String, level: Int? = nil, score: Double? = nil, due: String? = nil, owner: String? = nil) {
        self.dimension = dimension
        self.level = level
        self.score = score
        self.due = due
        self.owner = owner
    }
}

/// Where a target stands as of an assessment's date.
public enum TargetStatus: String, Sendable, CaseIterable {
    /// The dimension reaches the target's level and score.
    case met
    /// Not met, and its due date lies before the assessment's date.
    case missed
    /// Not met, and not yet due (or without a due date).
    case open
}
