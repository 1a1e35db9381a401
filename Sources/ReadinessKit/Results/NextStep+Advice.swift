extension AssessmentResult {
    /// The Markdown a report shows for a next step: the advice of each chosen option first,
    /// then the criterion's own, joined by a blank line; nil when there is none.
    public func advice(for step: NextStep) -> String? {
        guard let criterion = rubricCriterion(of: step) else { return nil }
        var parts = chosenOptions(of: step, criterion).compactMap(\.advice)
        if let general = criterion.advice { parts.append(general) }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    /// The ids of the resources that help with a next step: the criterion's, then the chosen
    /// options', each once.
    public func resources(for step: NextStep) -> [String] {
        guard let criterion = rubricCriterion(of: step) else { return [] }
        var ids: [String] = []
        for id in criterion.resources where !ids.contains(id) { ids.append(id) }
        for option in chosenOptions(of: step, criterion) {
            for id in option.resources where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    // MARK: - Private

    private func rubricCriterion(of step: NextStep) -> Criterion? {
        let (d, c) = step.position
        guard rubric.dimensions.indices.contains(d), rubric.dimensions[d].criteria.indices.contains(c) else {
            return nil
        }
        return rubric.dimensions[d].criteria[c]
    }

    /// The options the answer chose, in the order it chose them.
    private func chosenOptions(of step: NextStep, _ criterion: Criterion) -> [ChoiceOption] {
        let (d, c) = step.position
        guard dimensions.indices.contains(d), dimensions[d].criteria.indices.contains(c) else { return [] }
        let ids: [String]
        switch dimensions[d].criteria[c].answer {
        case .choice(let id)?: ids = [id]
        case .multiChoice(let chosen)?: ids = chosen
        default: return []
        }
        let options = criterion.options
        return ids.compactMap { id in options.first { $0.id == id } }
    }
}
