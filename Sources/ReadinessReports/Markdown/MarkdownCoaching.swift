import ReadinessKit

/// The Markdown report's coaching blocks: the provisional banner with what is missing, what
/// unverified answers count for, what blocks each dimension's next level, and the action plan.
///
/// Each block is nil when it has nothing to say, so reports without any stay as they were.
enum MarkdownCoaching {
    /// The banner at the top of a provisional result, listing every unanswered question.
    static func provisional(_ facts: ReportFacts, strings: Strings) -> String? {
        let coaching = facts.coaching
        guard let sentence = facts.provisionalSentence else { return nil }
        var lines = ["> **⚠ \(strings[CoachWord.provisionalHeading])** " + MarkdownEscape.text(sentence)]
        if !coaching.missing.isEmpty {
            lines += [">", "> " + strings[CoachWord.missingHeading], ">"]
            for missing in coaching.missing {
                lines.append("> - \(MarkdownEscape.text(missing.question)) — \(MarkdownEscape.text(missing.dimension))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// What answers without the evidence their criterion asks for count for.
    static func unverified(_ facts: ReportFacts, strings: Strings) -> String? {
        unverifiedSentence(facts, strings: strings).map(MarkdownEscape.text)
    }

    /// The plain sentence about unverified answers, for every format; nil when there are none.
    static func unverifiedSentence(_ facts: ReportFacts, strings: Strings) -> String? {
        let rows = facts.dimensions.flatMap(\.rows).filter(\.unverified)
        guard !rows.isEmpty else { return nil }
        let required = rows.filter { $0.evidenceRule == .required }.count
        let expected = rows.count - required
        var sentences: [String] = []
        if required > 0 {
            let share = strings.numbers.canonical(100 * facts.coaching.unverifiedFactor)
            sentences.append(
                strings.plural(required, one: CoachWord.unverifiedRequiredOne, many: .unverifiedRequiredMany, share))
        }
        if expected > 0 {
            sentences.append(
                strings.plural(expected, one: CoachWord.unverifiedExpectedOne, many: .unverifiedExpectedMany))
        }
        return sentences.joined(separator: " ")
    }

    /// Per dimension with a next level: its number and name and the questions that block it.
    static func levels(_ facts: ReportFacts, strings: Strings) -> String? {
        let blocked = facts.dimensions.filter { $0.nextLevel != nil && $0.score != nil }
        guard facts.usesLevels, !blocked.isEmpty else { return nil }
        var lines = ["### " + strings[CoachWord.levelsHeading], ""]
        for dimension in blocked {
            guard let next = dimension.nextLevel else { continue }
            let number = strings.numbers.integer(next.level)
            let target =
                next.name.map { strings.format(CoachWord.nextLevelNamed, number, $0) }
                ?? strings.format(CoachWord.nextLevel, number)
            let blockers = next.blockers.map {
                MarkdownEscape.text(strings.format(HandbookRuleWord.quoted, $0.question))
            }
            .joined(separator: "; ")
            lines.append("- **\(MarkdownEscape.text(dimension.title))** — \(MarkdownEscape.text(target)): \(blockers)")
        }
        return lines.joined(separator: "\n")
    }

    /// Every gap after the first next steps, grouped by dimension, each with its advice and
    /// resources.
    static func actionPlan(_ facts: ReportFacts, strings: Strings) -> String? {
        guard !facts.coaching.actionPlan.isEmpty else { return nil }
        var lines = ["## " + strings[CoachWord.planHeading], "", MarkdownEscape.text(strings[CoachWord.planIntro])]
        for group in facts.coaching.actionPlan {
            lines += ["", "### " + MarkdownEscape.text(group.title), ""]
            for step in group.steps {
                let gain = strings.format(CoachWord.gain, strings.numbers.oneDecimal(step.gain))
                lines.append("- **\(MarkdownEscape.text(step.question))** (\(gain))")
                for advice in step.advice { lines += ["", "  " + MarkdownEscape.markdown(advice, indent: 2)] }
                if !step.resources.isEmpty {
                    let names = step.resources.map { resource in
                        let title = MarkdownEscape.text(resource.title)
                        return resource.url.flatMap(SafeURL.link).map {
                            "[\(title)](\(SafeURL.markdownDestination($0)))"
                        }
                            ?? title
                    }
                    lines += ["", "  \(strings[CoachWord.resources]) \(names.joined(separator: ", "))"]
                }
                lines.append("")
            }
            lines.removeLast()
        }
        return lines.joined(separator: "\n")
    }
}
