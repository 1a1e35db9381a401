/// Where a panel criterion's score comes from.
public enum PanelSource: String, Sendable, Equatable {
    /// The mean of the members' scores.
    case panel
    /// No member answered: the founder's own score.
    case `self`
}

/// What the panel adds to one criterion's consensus result.
public struct PanelCriterion: Sendable, Equatable {
    /// The full criterion id.
    public var id: String
    /// Each member's counted score, by assessor in byte order (counted criteria only).
    public var memberScores: [(assessor: String, score: Double)]
    /// The highest member score minus the lowest; nil under two member scores.
    public var spread: Double?
    /// The founder's counted score, for a counted criterion the founder answered.
    public var selfScore: Double?
    /// Where the score comes from; nil when unanswered or not counted.
    public var source: PanelSource?

    /// The mean of the member scores, nil without any.
    public var memberMean: Double? {
        memberScores.isEmpty ? nil : memberScores.reduce(0.0) { $0 + $1.score } / Double(memberScores.count)
    }

    /// Compares every field.
    public static func == (lhs: PanelCriterion, rhs: PanelCriterion) -> Bool {
        lhs.id == rhs.id && lhs.spread == rhs.spread && lhs.selfScore == rhs.selfScore && lhs.source == rhs.source
            && lhs.memberScores.map(\.assessor) == rhs.memberScores.map(\.assessor)
            && lhs.memberScores.map(\.score) == rhs.memberScores.map(\.score)
    }
}

/// How the founder's own result differs from the panel's: founder minus panel.
public struct PanelGap: Sendable, Equatable {
    /// Overall score points.
    public var overall: Double
    /// Per dimension where both have a score, rubric order.
    public var dimensions: [(id: String, gap: Double)]
    /// Per criterion where the founder and a member scored it, rubric order.
    public var criteria: [(id: String, gap: Double)]

    /// Compares every field.
    public static func == (lhs: PanelGap, rhs: PanelGap) -> Bool {
        lhs.overall == rhs.overall && lhs.dimensions.map(\.id) == rhs.dimensions.map(\.id)
            && lhs.dimensions.map(\.gap) == rhs.dimensions.map(\.gap)
            && lhs.criteria.map(\.id) == rhs.criteria.map(\.id)
            && lhs.criteria.map(\.gap) == rhs.criteria.map(\.gap)
    }
}

/// One startup's panel outcome: the consensus result and what the panel adds to it.
public struct PanelResult: Sendable {
    /// The consensus: the normal rules run on the panel's criterion scores.
    public var result: AssessmentResult
    /// The startup's assessments in their roles.
    public var startup: PanelStartup
    /// Per criterion, rubric order, flat (as `result.allCriteria`).
    public var criteria: [PanelCriterion]
    /// Criteria whose spread reaches the discuss threshold, rubric order.
    public var discuss: [String]
    /// Founder minus panel; nil without a founder.
    public var selfGap: PanelGap?
    /// The founder's questionnaire scored alone; nil without a founder.
    public var founderResult: AssessmentResult?
    /// Each member's questionnaire scored alone, in member order.
    public var memberResults: [AssessmentResult]
    /// The mean of the members' normalised overall scores, when `--normalize z` asked for it.
    public var normalizedScore: Double?

    /// The panel information of a criterion by full id.
    public func panel(of id: String) -> PanelCriterion? { criteria.first { $0.id == id } }
}
