import ReadinessKit

/// The HTML report's coaching context: the provisional banner and what is missing, what
/// unverified answers count for, what blocks each dimension's next level, and the action plan.
///
/// Sentences come from the strings table and arrive as text (escaped by the template); advice
/// and resource summaries are rubric Markdown rendered here.
enum HTMLCoachingContext {
    /// The coaching keys of the report context (merged into the page's object).
    static func values(_ facts: ReportFacts, strings: Strings) -> [String: TemplateValue] {
        let coaching = facts.coaching
        let levels = facts.dimensions.filter { $0.nextLevel != nil && $0.score != nil }
        let unverified = MarkdownCoaching.unverifiedSentence(facts, strings: strings)
        return [
            "hasAlert": .bool(facts.alertSentence != nil), "alertText": .text(facts.alertSentence),
            "alertHeading": .text(strings[CoachWord.alertHeading]),
            "provisional": .bool(coaching.provisional),
            "provisionalHeading": .text(strings[CoachWord.provisionalHeading]),
            "provisionalText": .text(facts.provisionalSentence),
            "hasMissing": .bool(!coaching.missing.isEmpty),
            "missingHeading": .text(strings[CoachWord.missingHeading]),
            "missing": .list(
                coaching.missing.map { .object(["question": .text($0.question), "dimension": .text($0.dimension)]) }),
            "hasUnverified": .bool(unverified != nil), "unverifiedText": .text(unverified),
            "hasNextLevels": .bool(facts.usesLevels && !levels.isEmpty),
            "levelsHeading": .text(strings[CoachWord.levelsHeading]),
            "nextLevels": .list(levels.map { nextLevel($0, strings: strings) }),
            "hasPlan": .bool(!coaching.actionPlan.isEmpty),
            "planHeading": .text(strings[CoachWord.planHeading]),
            "planIntro": .text(strings[CoachWord.planIntro]),
            "planResources": .text(strings[CoachWord.resources]),
            "plan": .list(
                coaching.actionPlan.map { group in
                    .object([
                        "id": .text("plan-" + Slug.make(group.id)), "title": .text(group.title),
                        "steps": .list(group.steps.map { planStep($0, strings: strings) }),
                    ])
                }),
        ]
    }

    // MARK: - Private

    private static func nextLevel(_ dimension: DimensionFacts, strings: Strings) -> TemplateValue {
        let next = dimension.nextLevel
        let number = strings.numbers.integer(next?.level ?? 0)
        let target =
            next?.name.map { strings.format(CoachWord.nextLevelNamed, number, $0) }
            ?? strings.format(CoachWord.nextLevel, number)
        return .object([
            "title": .text(dimension.title), "target": .text(target),
            "blockers": .list(
                (next?.blockers ?? []).map { .object(["question": .text($0.question), "key": .text($0.key)]) }),
        ])
    }

    private static func planStep(_ step: StepFacts, strings: Strings) -> TemplateValue {
        let advice = step.advice.map(MarkdownHTML.render).joined(separator: "\n")
        return .object([
            "question": .text(step.question), "key": .text(step.key),
            "gain": .text(strings.format(CoachWord.gain, strings.numbers.oneDecimal(step.gain))),
            "hasAdvice": .bool(!step.advice.isEmpty), "adviceHTML": .html(advice),
            "hasResources": .bool(!step.resources.isEmpty),
            "resources": .list(
                step.resources.map { resource in
                    let url = resource.url.flatMap(SafeURL.link)
                    return .object(["title": .text(resource.title), "hasURL": .bool(url != nil), "url": .text(url)])
                }),
        ])
    }
}
