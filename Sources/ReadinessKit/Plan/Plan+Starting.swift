extension Plan {
    /// A starting plan from an assessment (`readiness init --plan`): one target per dimension
    /// with a next level (that level; no due date or owner yet), and one open action per first
    /// next step (as many as reports show first) and per criterion blocking a next level, each
    /// once, with the step's advice as the action and the first of its resources the rubric's
    /// catalogue has. `fallback` words an action for a step without advice (its question given).
    public static func starting(
        from result: AssessmentResult, rubric reference: String?, fallback: (_ question: String) -> String
    ) -> Plan {
        var plan = Plan(startup: result.startup, rubric: reference)
        for dimension in result.dimensions {
            guard let next = dimension.nextLevel else { continue }
            plan.targets.append(PlanTarget(dimension: dimension.id, level: next.level))
        }
        var criteria: [String] = []
        for step in result.nextSteps.prefix(ReportFacts.stepLimit) where !criteria.contains(step.criterion) {
            criteria.append(step.criterion)
        }
        for dimension in result.dimensions {
            for key in dimension.nextLevel?.blocking ?? [] where !criteria.contains(key) { criteria.append(key) }
        }
        for key in criteria {
            guard let criterion = result.rubric.criterion(key) else { continue }
            let step = result.nextSteps.first { $0.criterion == key }
            let advice = step.map { result.adviceParts(for: $0) } ?? (criterion.advice.map { [$0] } ?? [])
            let resources = step.map { result.resources(for: $0) } ?? criterion.resources
            let line = PlanActionText.line(advice)
            plan.actions.append(
                PlanAction(
                    criterion: key, action: line.isEmpty ? fallback(criterion.question) : line,
                    resource: resources.first { result.rubric.resource($0) != nil }))
        }
        return plan
    }
}

/// Advice (Markdown) as one plain line for a plan's action.
enum PlanActionText {
    /// Every paragraph of every part as plain text, joined by a space; control characters and
    /// line breaks become spaces, runs of spaces one.
    static func line(_ parts: [String]) -> String {
        var paragraphs: [String] = []
        for part in parts {
            var current: [Substring] = []
            for row in part.split(separator: "\n", omittingEmptySubsequences: false) {
                if row.allSatisfy(\.isWhitespace) {
                    if !current.isEmpty {
                        paragraphs.append(MarkdownPlain.firstParagraph(current.joined(separator: "\n")))
                    }
                    current = []
                } else {
                    current.append(row)
                }
            }
            if !current.isEmpty { paragraphs.append(MarkdownPlain.firstParagraph(current.joined(separator: "\n"))) }
        }
        let joined = paragraphs.joined(separator: " ")
        var out = ""
        for character in joined {
            let space =
                character.isWhitespace
                || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            if space {
                if !out.isEmpty, out.last != " " { out.append(" ") }
            } else {
                out.append(character)
            }
        }
        while out.last == " " { out.removeLast() }
        return out
    }
}
