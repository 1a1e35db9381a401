extension AssessmentResult {
    /// The Markdown a report shows for a next step: the advice of each chosen option first,
    /// then the criterion's own, joined by a blank line; nil when there is none.
    public func advice(for step: NextStep) -> String? {
        let parts = adviceParts(for: step)
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    /// The advice of a next step as separate Markdown texts: each chosen option's, then the
    /// criterion's own.
    public func adviceParts(for step: NextStep) -> [String] {
        guard let criterion = rubricCriterion(of: step) else { return [] }
        var parts = criterion.chosenOptions(answer(of: step)).compactMap(\.advice)
        if let general = criterion.advice { parts.append(general) }
        return parts
    }

    /// The ids of the resources that help with a next step: the criterion's, then the chosen
    /// options', each once.
    public func resources(for step: NextStep) -> [String] {
        guard let criterion = rubricCriterion(of: step) else { return [] }
        var ids: [String] = []
        for id in criterion.resources where !ids.contains(id) { ids.append(id) }
        for option in criterion.chosenOptions(answer(of: step)) {
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

    /// The answer of a next step's criterion, found by its position.
    private func answer(of step: NextStep) -> AnswerValue? {
        let (d, c) = step.position
        guard dimensions.indices.contains(d), dimensions[d].criteria.indices.contains(c) else { return nil }
        return dimensions[d].criteria[c].answer
    }
}
