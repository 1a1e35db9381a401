import ReadinessKit

/// The paragraphs of the handbook's "How the score is computed" section, as plain text.
///
/// They restate the scoring engine's rules (`ScoringEngine`, `VerdictRule`, `LevelRule`,
/// `NextStepOrder`) for the rubric at hand; both handbook writers print them as they are. The
/// words come from the strings table's `HandbookRuleWord` group.
enum HandbookMethodText {
    private typealias Word = HandbookRuleWord

    /// How each kind of answer the rubric uses scores: (kind, rule), in a fixed order.
    static func kinds(_ rubric: Rubric, _ s: Strings) -> [(kind: String, rule: String)] {
        let used = Set(rubric.allCriteria.map(\.answer.name))
        let rules: [(String, Word, Word)] = [
            ("yes-no", .ruleYesNoName, .ruleYesNo),
            ("choice", .ruleChoiceName, .ruleChoice),
            ("multi-choice", .ruleMultiName, .ruleMulti),
            ("scale", .ruleScaleName, .ruleScale),
            ("number", .ruleNumberName, .ruleNumber),
            ("text", .ruleTextName, .ruleText),
        ]
        return rules.filter { used.contains($0.0) }.map { (s[$0.1], s[$0.2]) }
    }

    /// The gate rule for this rubric, or nil when it has no knock-out questions.
    static func gates(_ index: HandbookIndex) -> String? {
        let s = index.strings
        let gates = index.gates
        guard !gates.isEmpty else { return nil }
        let numbers = HandbookText.list(gates.map(index.number), or: false, s)
        let which = s.format(gates.count == 1 ? Word.gatesOne : .gatesMany, numbers)
        let cap = index.gateCap?.label ?? s[Word.secondVerdict]
        return s.format(Word.gatesRule, which, cap)
    }

    /// The level rule with this rubric's `pass`, or nil when no question carries a level.
    static func levels(_ rubric: Rubric, _ s: Strings) -> String? {
        guard rubric.usesLevels else { return nil }
        let pass = rubric.pass >= 1 ? s[Word.passFull] : HandbookText.score(rubric.pass, s)
        return s.format(Word.levels, pass)
    }

    /// The evidence rule, or nil when no question expects evidence.
    static func evidence(_ rubric: Rubric, _ s: Strings) -> String? {
        let count = rubric.allCriteria.filter(\.evidenceExpected).count
        guard count > 0 else { return nil }
        return s.format(Word.evidenceRule, s.plural(count, one: Word.evidenceOne, many: .evidenceMany))
    }

    /// The rules after the verdict table, titled: knock-outs, levels, evidence, next steps.
    static func rules(_ index: HandbookIndex) -> [(title: String, text: String)] {
        let s = index.strings
        let rules: [(HandbookWord, String?)] = [
            (.knockOuts, gates(index)),
            (.readinessLevels, levels(index.rubric, s)),
            (.evidenceTitle, evidence(index.rubric, s)),
            (.nextStepsTitle, s[Word.nextSteps]),
        ]
        return rules.compactMap { title, text in text.map { (s[title], $0) } }
    }
}
