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
    /// The level to reach next and what blocks it, when the rubric uses levels and the
    /// dimension is not at its top.
    public var nextLevel: NextLevel?
    /// The points this dimension adds to the overall score: W × D / ΣW; nil when it drops out.
    public var contribution: Double?
    /// The sum of counted criterion weights, Σw; 0 when it drops out.
    public var countedWeight: Double
    /// Every criterion, in rubric order.
    public var criteria: [CriterionResult]
}

/// A dimension's next level: the lowest level one of its counted criteria carries above the
/// level reached, and the counted criteria at it that score below their `pass`.
public struct NextLevel: Sendable, Equatable {
    /// The level, 1–9.
    public var level: Int
    /// Full ids of the criteria that block it, rubric order.
    public var blocking: [String]
}
