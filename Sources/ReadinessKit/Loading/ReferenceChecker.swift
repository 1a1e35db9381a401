/// Checks a rubric's cross-references once it is all read: `when` rules and resource ids.
enum ReferenceChecker {
    static func check(_ rubric: inout Rubric, references: References, catalogueGiven: Bool,
                      catalogueName: String?, with decoder: inout NodeDecoder) {
        let known = Set(rubric.resources.map(\.id))
        for (id, location) in references.resources where !known.contains(id) {
            if catalogueName != nil, !catalogueGiven { continue }
            decoder.error("unknown resource '\(id)'\(Suggestion.hint(for: id, in: known.sorted()))", at: location)
        }
        if let name = catalogueName, !catalogueGiven, let location = references.catalogueLocation {
            decoder.error("resource catalogue '\(name)' was not found (give one with --resources FILE)", at: location)
        }
        let keys = rubric.allCriteria.map(\.key)
        for raw in references.conditions {
            guard let target = rubric.criterion(raw.criterion) else {
                decoder.error("'when' names unknown criterion '\(raw.criterion)'\(Suggestion.hint(for: raw.criterion, in: keys))", at: raw.criterionLocation)
                continue
            }
            if target.key == raw.owner {
                decoder.error("a criterion's 'when' cannot name the criterion itself", at: raw.criterionLocation)
                continue
            }
            var values: [String] = []
            for (text, location) in raw.values {
                if let value = normalise(text, for: target, at: location, with: &decoder) { values.append(value) }
            }
            setCondition(Condition(criterion: target.key, values: values), on: raw.owner, in: &rubric)
        }
    }

    /// A `when` value in the form the target criterion's answers compare as.
    static func normalise(_ text: String, for target: Criterion, at location: SourceLocation,
                          with decoder: inout NodeDecoder) -> String? {
        switch target.answer {
        case .yesNo:
            if let yes = NodeDecoder.parseBool(text) { return yes ? "yes" : "no" }
            decoder.error("'when' compares with yes-no criterion '\(target.key)': use yes or no, not '\(text)'", at: location)
        case .choice(let options), .multiChoice(let options):
            if options.contains(where: { $0.id == text }) { return text }
            decoder.error("'when' names unknown option '\(text)' of '\(target.key)'\(Suggestion.hint(for: text, in: options.map(\.id)))", at: location)
        case .scale, .number:
            if let value = NumberText.parse(text) { return NumberText.canonical(value) }
            decoder.error("'when' compares with number criterion '\(target.key)': '\(text)' is not a number", at: location)
        case .text:
            return text
        }
        return nil
    }

    static func setCondition(_ condition: Condition, on key: String, in rubric: inout Rubric) {
        for d in rubric.dimensions.indices {
            if let c = rubric.dimensions[d].criteria.firstIndex(where: { $0.key == key }) {
                rubric.dimensions[d].criteria[c].when = condition
                return
            }
        }
    }
}
