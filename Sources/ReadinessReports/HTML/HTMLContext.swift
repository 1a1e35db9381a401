import ReadinessKit

/// Builds the complete template context of the HTML report from the report facts.
///
/// Every key the default templates use is present in every object (optional facts come as
/// empty text plus a `has…` flag), because swift-mustache renders a missing key as nothing.
/// Questionnaire text is `.text` (escaped by the template); rubric Markdown and charts are
/// `.html`, prepared here. The template's own words are under `words` (`{{words.nextSteps}}`), from
/// the facts' strings table, whose language is `lang`.
public enum HTMLContext {
    /// The context for one report.
    public static func make(_ facts: ReportFacts) -> TemplateValue {
        let tone = verdictTone(rank: facts.verdictRank, count: facts.verdictCount)
        let scored = facts.dimensions.filter { $0.score != nil }
        let text = ReportText(facts.strings)
        let meta: [String: TemplateValue] = [
            "lang": .text(facts.strings.language),
            "words": words(facts.strings, ReportWord.self),
            "title": .text("\(facts.startup) — \(facts.rubricTitle)"),
            "startup": .text(facts.startup),
            "rubricTitle": .text(facts.rubricTitle),
            "rubricVersion": .text(facts.rubricVersion),
            "hasAssessor": .bool(facts.assessor != nil), "assessor": .text(facts.assessor),
            "hasDate": .bool(facts.date != nil), "date": .text(facts.date),
            "shownDate": .text(facts.date.map(facts.strings.shownDate)),
            "hasRubricSummary": .bool(facts.rubricSummary != nil), "rubricSummaryHTML": .markdown(facts.rubricSummary),
            "generator": .text("readiness"),
        ]
        let score: [String: TemplateValue] = [
            "score": .text(text.score(facts.score)),
            "verdict": .text(facts.verdict),
            "tone": .text(tone),
            "gaugeHTML": .html(
                ScoreGauge.svg(score: facts.score, verdict: facts.verdict, tone: tone, strings: facts.strings)),
            "capped": .bool(facts.gateSentence != nil), "gateSentence": .text(facts.gateSentence),
            "gateHeading": .text(facts.gateHeading),
            "hasUnanswered": .bool(facts.unansweredCount > 0),
            "unansweredText": .text(text.unanswered(facts.unansweredCount)),
            "usesLevels": .bool(facts.usesLevels),
            "dimensions": .list(
                facts.dimensions.map { dimensionSummary($0, verdicts: facts.method.verdicts, text: text) }),
            "hasRadar": .bool(scored.count >= 3),
            "radarHTML": .html(scored.count >= 3 ? RadarChart.svg(scored, text: text) : ""),
        ]
        let lists: [String: TemplateValue] = [
            "hasNextSteps": .bool(!facts.nextSteps.isEmpty),
            "nextSteps": .list(facts.nextSteps.map { step($0, text: text) }),
            "hasMoreSteps": .bool(text.moreSteps(facts) != nil), "moreSteps": .text(text.moreSteps(facts)),
            "hasStrengths": .bool(!facts.strengths.isEmpty),
            "strengthGroups": .list(
                facts.strengthGroups.map { group in
                    .object(["dimension": .text(group.dimension), "strengths": .list(group.items.map(strength))])
                }),
            "details": .list(facts.dimensions.map { HTMLDetailsContext.dimension($0, text: text) }),
            "method": HTMLDetailsContext.method(facts),
        ]
        let coaching = HTMLCoachingContext.values(facts, strings: facts.strings)
        return .object(meta.merging(score) { a, _ in a }.merging(lists) { a, _ in a }.merging(coaching) { a, _ in a })
    }

    /// `good`, `mid` or `low`: the colour family of a verdict, by its rank among the verdicts.
    public static func verdictTone(rank: Int, count: Int) -> String {
        if rank == 0 { return "good" }
        return rank >= count - 1 ? "low" : "mid"
    }

    /// `good`, `mid` or `low` for a 0–100 score: the tone of the verdict the score alone reaches;
    /// `none` when it does not count.
    static func scoreTone(_ score: Double?, verdicts: [Verdict]) -> String {
        guard let score else { return "none" }
        let rank = verdicts.firstIndex { $0.min <= score } ?? max(0, verdicts.count - 1)
        return verdictTone(rank: rank, count: max(1, verdicts.count))
    }

    /// A group of words as a template object, each text under its key (`words.nextSteps`); the
    /// group's keys win over those of `base`, another group's object, when one is given.
    public static func words<Key: WordKey>(_ strings: Strings, _ group: Key.Type, over base: TemplateValue? = nil)
        -> TemplateValue
    {
        var pairs: [String: TemplateValue] = [:]
        if case .object(let inherited)? = base { pairs = inherited }
        for (key, text) in strings.group(group) { pairs[key] = .text(text) }
        return .object(pairs)
    }

    // MARK: - Private

    private static func dimensionSummary(_ dimension: DimensionFacts, verdicts: [Verdict], text: ReportText)
        -> TemplateValue
    {
        .object([
            "id": .text("dim-" + Slug.make(dimension.id)),
            "title": .text(dimension.title),
            "hasScore": .bool(dimension.score != nil),
            "score": .text(text.score(dimension.score)),
            "barWidth": .text(NumberText.oneDecimal(dimension.score ?? 0)),
            "tone": .text(scoreTone(dimension.score, verdicts: verdicts)),
            "level": .text(text.level(dimension)),
        ])
    }

    private static func step(_ step: StepFacts, text: ReportText) -> TemplateValue {
        let advice = step.advice.map(MarkdownHTML.render).joined(separator: "\n")
        return .object([
            "rank": .text(String(step.rank)),
            "key": .text(step.key),
            "question": .text(step.question),
            "dimension": .text(step.dimension),
            "gain": .text(text.gain(step.gain)),
            "gateFailed": .bool(step.gateFailed),
            "hasAdvice": .bool(!step.advice.isEmpty), "adviceHTML": .html(advice),
            "hasResources": .bool(!step.resources.isEmpty),
            "resources": .list(step.resources.map(resource)),
        ])
    }

    private static func resource(_ resource: Resource) -> TemplateValue {
        let url = resource.url.flatMap(SafeURL.link)
        return .object([
            "title": .text(resource.title),
            "hasURL": .bool(url != nil), "url": .text(url),
            "hasSummary": .bool(resource.summary != nil), "summaryHTML": .markdown(resource.summary),
            "hasContact": .bool(resource.contact != nil), "contact": .text(resource.contact),
        ])
    }

    private static func strength(_ strength: StrengthFacts) -> TemplateValue {
        .object([
            "question": .text(strength.question),
            "answer": .text(strength.answer),
            "hasText": .bool(strength.text != nil), "textHTML": .markdown(strength.text),
        ])
    }
}
