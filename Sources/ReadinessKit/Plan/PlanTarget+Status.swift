extension PlanTarget {
    /// Met, missed or open as of `date` (an assessment's `YYYY-MM-DD`, never the clock).
    ///
    /// Met when the dimension's level is at least `level` (if given) and its score at least
    /// `score` (if given, within 1e-9); a dimension without a score (not applicable), absent from
    /// the result, or a level target on a rubric without levels does not meet it; nor does a
    /// target with neither a level nor a score. Missed when not met and `due` is before `date`
    /// (on the due date itself it is still open); else open.
    public func status(in result: AssessmentResult, asOf date: String) -> TargetStatus {
        if isMet(in: result) { return .met }
        if let due, due < date { return .missed }
        return .open
    }

    /// Whether the dimension reaches the target in a result (see `status(in:asOf:)`).
    public func isMet(in result: AssessmentResult) -> Bool {
        guard level != nil || score != nil, let dimension = result.dimensions.first(where: { $0.id == self.dimension }),
            dimension.score != nil
        else { return false }
        return levelMet(dimension) && scoreMet(dimension)
    }

    /// The counted criteria of the dimension that keep it from the target, in rubric order:
    /// for a level not reached, the criteria at levels up to the target's scoring below their
    /// `pass`; for a score not reached, the dimension's criteria with something to gain. Empty
    /// when the target is met.
    public func blockers(in result: AssessmentResult, rubric: Rubric) -> [String] {
        guard !isMet(in: result), let found = result.dimensions.first(where: { $0.id == self.dimension }),
            let definition = rubric.dimensions.first(where: { $0.id == self.dimension })
        else { return [] }
        let tolerance = rubric.edition.format >= 2 ? VerdictRule.tolerance : 0
        let levelToReach = levelMet(found) ? nil : level
        let checkScore = score != nil && !scoreMet(found)
        var blocking: [String] = []
        for criterion in definition.criteria {
            guard let counted = result.criterion(criterion.key), let value = counted.score else { continue }
            let belowLevel =
                levelToReach.map { target in criterion.level.map { $0 <= target } ?? false } ?? false
                && value < (criterion.pass ?? rubric.pass) - tolerance
            let gains = checkScore && (counted.gain ?? 0) > 0
            if belowLevel || gains { blocking.append(criterion.key) }
        }
        return blocking
    }

    // MARK: - Private

    private func levelMet(_ dimension: DimensionResult) -> Bool {
        guard let level else { return true }
        guard let reached = dimension.level else { return false }
        return reached >= level
    }

    private func scoreMet(_ dimension: DimensionResult) -> Bool {
        guard let score else { return true }
        guard let reached = dimension.score else { return false }
        return reached >= score - 1e-9
    }
}
