/// What a cohort asks of one resource: how many startups need it, from their next steps and
/// from what they declared (the facilities question), against its capacity.
public struct ResourceNeed: Sendable, Equatable {
    /// Whether demand fits the resource's capacity.
    public enum Status: String, Sendable, Equatable {
        /// More startups need it than it can serve per round.
        case overAsked = "over-asked"
        /// No startup needs it.
        case unused
        /// Demand fits, or the resource names no capacity.
        case fits
    }

    /// The resource.
    public var resource: Resource
    /// How many startups need it, from either source (each startup once).
    public var startups: Int
    /// How many have it among their first next steps.
    public var fromSteps: Int
    /// How many chose it in an unscored question (such as "which facilities will your next
    /// milestones need").
    public var declared: Int

    /// Whether demand fits the capacity.
    public var status: Status {
        if startups == 0 { return .unused }
        if let capacity = resource.capacity, startups > capacity { return .overAsked }
        return .fits
    }
}

extension CohortSummary {
    /// The resource ids a result needs: from its first `stepsShown` next steps (the criterion's
    /// resources and the chosen option's), and declared (the resources of options chosen in
    /// unscored choice questions), each list without repeats.
    static func needs(_ result: AssessmentResult, rubric: Rubric, stepsShown: Int) -> (
        steps: [String], declared: [String]
    ) {
        // A handful of ids: a list beats a set here.
        var steps: [String] = []
        for step in result.nextSteps.prefix(stepsShown) {
            for id in result.resources(for: step) where !steps.contains(id) { steps.append(id) }
        }
        var declared: [String] = []
        for (d, dimension) in rubric.dimensions.enumerated() where d < result.dimensions.count {
            for (c, criterion) in dimension.criteria.enumerated() where !criterion.isScored {
                guard c < result.dimensions[d].criteria.count else { continue }
                for option in criterion.chosenOptions(result.dimensions[d].criteria[c].answer) {
                    for id in option.resources where !declared.contains(id) { declared.append(id) }
                }
            }
        }
        return (steps, declared)
    }
}
