/// Checks a rubric's cross-references once it and its bases are all read: resource ids, `when`
/// rules and gates' caps. Each problem is reported in the file that holds the reference.
enum ReferenceChecker {
    /// How the rubric's catalogue stands.
    enum Catalogue {
        /// No catalogue named, or one found or given: every resource id must resolve.
        case resolved
        /// A named catalogue that was not found or has errors: unknown resource ids are not reported.
        case unavailable
    }

    static func check(
        _ rubric: inout Rubric, references: References, catalogue: Catalogue,
        with decoder: inout NodeDecoder
    ) {
        let gaps = references.gaps
        let known = Set(rubric.resources.map(\.id)).union(gaps.resources)
        for reference in references.resources where !known.contains(reference.id) {
            if case .unavailable = catalogue { break }
            if gaps.anyResource { break }
            report(
                "unknown resource '\(reference.id)'\(Suggestion.hint(for: reference.id, in: known.sorted()))",
                at: reference.location, in: reference.origin, code: .unknownResource, with: &decoder)
        }
        let verdicts = rubric.verdicts.map(\.id) + gaps.verdicts.sorted()
        for cap in references.caps where !verdicts.contains(cap.verdict) {
            // Without a complete list of verdicts any cap may name one that failed.
            if gaps.anyVerdict || verdicts.isEmpty { break }
            report(
                "'gate.cap' names no verdict of the rubric: '\(cap.verdict)'\(Suggestion.hint(for: cap.verdict, in: verdicts)); "
                    + "use one of \(verdicts.joined(separator: ", "))", at: cap.location, in: cap.origin,
                code: .unknownVerdict,
                with: &decoder)
        }
        let keys = rubric.allCriteria.map(\.key)
        let dimensions = Set(rubric.dimensions.map(\.id))
        for raw in references.conditions {
            guard let target = rubric.criterion(raw.criterion) else {
                if gaps.mayHide(criterion: raw.criterion, knownDimensions: dimensions) { continue }
                report(
                    "'when' names unknown criterion '\(raw.criterion)'\(Suggestion.hint(for: raw.criterion, in: keys))",
                    at: raw.criterionLocation, in: raw.origin, code: .unknownCriterion, with: &decoder)
                continue
            }
            if target.key == raw.owner {
                report(
                    "a criterion's 'when' cannot name the criterion itself", at: raw.criterionLocation, in: raw.origin,
                    with: &decoder)
                continue
            }
            var values: [String] = []
            for (text, location) in raw.values {
                var local = NodeDecoder()
                if let value = normalise(text, for: target, at: location, with: &local) { values.append(value) }
                // An option id may be one of an option that failed to decode.
                if gaps.options.contains(target.key), local.diagnostics.contains(where: { $0.code == .unknownOption }) {
                    continue
                }
                for diagnostic in local.diagnostics {
                    report(
                        diagnostic.message, at: diagnostic.location, in: raw.origin, code: diagnostic.code,
                        with: &decoder)
                }
            }
            setCondition(Condition(criterion: target.key, values: values), on: raw.owner, in: &rubric)
        }
    }

    /// A `when` value in the form the target criterion's answers compare as.
    static func normalise(
        _ text: String, for target: Criterion, at location: SourceLocation,
        with decoder: inout NodeDecoder
    ) -> String? {
        switch target.answer {
        case .yesNo:
            if let yes = NodeDecoder.parseBool(text) { return yes ? "yes" : "no" }
            decoder.error(
                "'when' compares with yes-no criterion '\(target.key)': use yes or no, not '\(text)'", at: location)
        case .choice(let options), .multiChoice(let options):
            if options.contains(where: { $0.id == text }) { return text }
            decoder.error(
                "'when' names unknown option '\(text)' of '\(target.key)'\(Suggestion.hint(for: text, in: options.map(\.id)))",
                at: location, code: .unknownOption)
        case .scale, .number:
            if let value = NumberText.parse(text) { return NumberText.canonical(value) }
            decoder.error(
                "'when' compares with number criterion '\(target.key)': '\(text)' is not a number", at: location)
        case .text:
            return text
        }
        return nil
    }

    /// Adds an error in the file `origin` (nil: the rubric's own).
    static func report(
        _ message: String, at location: SourceLocation, in origin: String?, code: DiagnosticCode? = nil,
        with decoder: inout NodeDecoder
    ) {
        decoder.diagnostics.append(Diagnostic(.error, message, at: location, code: code, origin: origin))
    }

    static func setCondition(_ condition: Condition, on key: String, in rubric: inout Rubric) {
        guard let position = rubric.position(of: key) else { return }
        rubric.dimensions[position.dimension].criteria[position.criterion].when = condition
    }
}
