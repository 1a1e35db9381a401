import ReadinessKit

/// Writes a progress report (two assessments of one startup) as one self-contained HTML file,
/// with the assessment report's CSS and banner (customised ones too): no script, nothing loaded.
///
/// A pure function of the comparison, its rubric, a strings table and the templates: no clock,
/// no locale, no I/O.
public enum CompareHTMLWriter {
    /// The report for a comparison, in the words of `strings`.
    public static func write(
        _ comparison: Comparison, rubric: Rubric, strings: Strings,
        templates: ReportTemplates = .standard
    ) throws(TemplateError) -> String {
        try write(CompareFacts(comparison, rubric: rubric, strings: strings), templates: templates)
    }

    /// The report for facts already derived.
    public static func write(_ facts: CompareFacts, templates: ReportTemplates = .standard) throws(TemplateError)
        -> String
    {
        String(decoding: try templates.render(CompareTemplate.name, context(facts)), as: UTF8.self)
    }

    /// The template context: every key present, text as `.text` (escaped by the template); the
    /// page's own words under `words` (the report's words too, for the shared partials such as
    /// `brand`), their language as `lang`.
    static func context(_ facts: CompareFacts) -> TemplateValue {
        let words = facts.strings
        let tone = HTMLContext.verdictTone(rank: facts.verdictRank.rank, count: facts.verdictRank.count)
        let more = facts.nextStepTotal - facts.nextSteps.count
        let verdictSentence =
            facts.verdictTrend == .same
            ? words.format(ComparePageWord.verdictUnchanged, facts.verdicts.after)
            : words.format(
                facts.verdictTrend == .up ? ComparePageWord.verdictUp : .verdictDown,
                facts.verdicts.before, facts.verdicts.after)
        let groups: [(String, ComparePageWord, [CompareRow], String?)] = [
            ("improved", .improved, facts.improved, words[ComparePageWord.noneHigher]),
            ("slipped", .slipped, facts.slipped, words[ComparePageWord.noneLower]),
            ("newly-scored", .newlyScored, facts.newlyScored, nil),
            ("no-longer-scored", .noLongerScored, facts.noLongerScored, nil),
        ]
        return .object([
            "lang": .text(words.language),
            "words": HTMLContext.words(words, ComparePageWord.self, over: HTMLContext.words(words, ReportWord.self)),
            "startup": .text(facts.startup),
            "pageTitle": .text(words.format(ComparePageWord.pageTitle, facts.startup, facts.rubricTitle)),
            "progressHeading": .text(words.format(ComparePageWord.progressHeading, facts.startup)),
            "rubricTitle": .text(facts.rubricTitle),
            "rubricVersion": .text(facts.rubricVersion),
            "dateBefore": .text(facts.dates.before),
            "dateAfter": .text(facts.dates.after),
            "gaugeHTML": .html(
                ScoreGauge.svg(score: facts.scoreAfter, verdict: facts.verdicts.after, tone: tone, strings: words)),
            "tone": .text(tone),
            "verdictAfter": .text(facts.verdicts.after),
            "verdictSentence": .text(verdictSentence),
            "scoreBefore": .text(facts.scores.before),
            "scoreAfter": .text(facts.scores.after),
            "scoreChange": .text(facts.scoreChange),
            "scoreArrow": .text(CompareFacts.arrow(facts.scoreTrend)),
            "scoreClass": .text(changeClass(facts.scoreTrend)),
            "dimensions": .list(facts.dimensions.map(row)),
            "groups": .list(
                groups.compactMap { id, heading, rows, empty in
                    if rows.isEmpty && empty == nil { return nil }
                    let count = words.numbers.integer(rows.count)
                    return .object([
                        "id": .text(id), "heading": .text(words.format(ComparePageWord.section, words[heading], count)),
                        "count": .text(count),
                        "hasRows": .bool(!rows.isEmpty), "empty": .text(empty), "rows": .list(rows.map(row)),
                    ])
                }),
            "hasNewlyAnswered": .bool(!facts.newlyAnswered.isEmpty),
            "newlyAnsweredCount": .text(words.numbers.integer(facts.newlyAnswered.count)),
            "newlyAnsweredHeading": .text(
                words.format(
                    ComparePageWord.section, words[ComparePageWord.newlyAnswered],
                    words.numbers.integer(facts.newlyAnswered.count))),
            "newlyAnswered": .list(
                facts.newlyAnswered.map { .object(["title": .text($0.title), "answer": .text($0.answers.after)]) }),
            "hasNextSteps": .bool(!facts.nextSteps.isEmpty),
            "nextSteps": .list(
                facts.nextSteps.map { step in
                    .object([
                        "rank": .text(String(step.rank)), "question": .text(step.question), "gain": .text(step.gain),
                        "dimension": .text(step.dimension), "gateFailed": .bool(step.gateFailed),
                    ])
                }),
            "hasMoreSteps": .bool(more > 0),
            "moreSteps": .text(words.plural(more, one: ComparePageWord.moreStepsOne, many: .moreStepsMany)),
        ])
    }

    // MARK: - Private

    private static func row(_ row: CompareRow) -> TemplateValue {
        .object([
            "title": .text(row.title), "dimension": .text(row.dimension),
            "before": .text(row.before), "after": .text(row.after), "change": .text(row.change),
            "arrow": .text(row.trend == .same ? "" : CompareFacts.arrow(row.trend)),
            "class": .text(changeClass(row.trend)),
            "answerBefore": .text(row.answers.before ?? "–"), "answerAfter": .text(row.answers.after ?? "–"),
        ])
    }

    private static func changeClass(_ trend: Trend) -> String {
        switch trend {
        case .up, .appeared: return "tone-good"
        case .down, .disappeared: return "tone-low"
        case .same: return "muted"
        }
    }
}
