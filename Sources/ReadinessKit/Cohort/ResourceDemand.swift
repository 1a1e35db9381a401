/// Running counts of what a group of startups (a cohort, or the panels of a run) asks of each
/// resource: from each startup's first next steps and from what it declared, each startup once.
public struct ResourceDemand: Sendable {
    /// How many next steps count as "on a startup's list" (as reports show them).
    public let stepsShown: Int
    /// For each resource id, how many startups have it among their first next steps.
    public private(set) var fromSteps: [String: Int] = [:]
    /// For each resource id, how many startups chose it in an unscored question.
    public private(set) var declared: [String: Int] = [:]
    /// For each resource id, how many declared it without having it among their next steps.
    private var extraDeclared: [String: Int] = [:]

    /// Starts with no demand.
    public init(stepsShown: Int = 5) {
        self.stepsShown = stepsShown
    }

    /// Counts one startup's result.
    public mutating func add(_ result: AssessmentResult, rubric: Rubric) {
        let (steps, chosen) = Self.needs(result, rubric: rubric, stepsShown: stepsShown)
        for id in steps { fromSteps[id, default: 0] += 1 }
        for id in chosen { declared[id, default: 0] += 1 }
        for id in chosen where !steps.contains(id) { extraDeclared[id, default: 0] += 1 }
    }

    /// Every resource of a catalogue by how many startups need it (most first, ties in
    /// catalogue order), unused ones last, each with its sources and capacity.
    public func needs(of catalogue: [Resource]) -> [ResourceNeed] {
        var needs: [(offset: Int, need: ResourceNeed)] = []
        for (offset, resource) in catalogue.enumerated() {
            let steps = fromSteps[resource.id] ?? 0
            let need = ResourceNeed(
                resource: resource, startups: steps + (extraDeclared[resource.id] ?? 0), fromSteps: steps,
                declared: declared[resource.id] ?? 0)
            needs.append((offset, need))
        }
        needs.sort { a, b in
            a.need.startups != b.need.startups ? a.need.startups > b.need.startups : a.offset < b.offset
        }
        return needs.map(\.need)
    }

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
