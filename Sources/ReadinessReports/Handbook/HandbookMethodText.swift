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
        let named = gates.contains { $0.gateCap != nil }
        return named ? s.format(HandbookEditionWord.gatesCapsRule, which, cap) : s.format(Word.gatesRule, which, cap)
    }

    /// The level rule with this rubric's `pass`, or nil when no question carries a level.
    static func levels(_ rubric: Rubric, _ s: Strings) -> String? {
        guard rubric.usesLevels else { return nil }
        let pass = rubric.pass >= 1 ? s[Word.passFull] : HandbookText.score(rubric.pass, s)
        return s.format(Word.levels, pass)
    }

    /// The evidence rule, or nil when no question expects evidence.
    static func evidence(_ rubric: Rubric, _ s: Strings) -> String? {
        let expected = rubric.allCriteria.filter { $0.evidence == .expected }.count
        let required = rubric.allCriteria.filter { $0.evidence == .required }.count
        var sentences: [String] = []
        if expected > 0 {
            sentences.append(
                s.format(Word.evidenceRule, s.plural(expected, one: Word.evidenceOne, many: .evidenceMany)))
        }
        if required > 0 {
            let which = s.plural(required, one: HandbookEditionWord.requiredOne, many: .requiredMany)
            sentences.append(
                s.format(HandbookEditionWord.requiredRule, which, s.numbers.canonical(100 * rubric.edition.unverified)))
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// The alert rule, or nil when the rubric has no alert questions.
    static func alerts(_ index: HandbookIndex) -> String? {
        let s = index.strings
        let alerts = index.alerts
        guard !alerts.isEmpty else { return nil }
        let numbers = HandbookText.list(alerts.map(index.number), or: false, s)
        let which = s.format(alerts.count == 1 ? HandbookEditionWord.alertsOne : .alertsMany, numbers)
        return s.format(HandbookEditionWord.alertsRule, which)
    }

    /// The provisional rule, or nil when the rubric asks for no minimum share of answers.
    static func provisional(_ rubric: Rubric, _ s: Strings) -> String? {
        guard rubric.edition.minAnswered > 0 else { return nil }
        return s.format(HandbookEditionWord.provisionalRule, s.numbers.canonical(100 * rubric.edition.minAnswered))
    }

    /// What each `extends` of the rubric changed, or nil when it extends nothing.
    static func extensions(_ rubric: Rubric, _ s: Strings) -> String? {
        guard !rubric.edition.extensions.isEmpty else { return nil }
        var sentences: [String] = []
        for change in rubric.edition.extensions {
            let base = change.base == change.baseID ? HandbookEditionWord.extendsBase : .extendsBaseFile
            sentences.append(s.format(base, change.baseID, change.baseVersion, change.base))
            let lists: [(HandbookEditionWord, [String])] = [
                (.extendsRemoved, change.removed), (.extendsReplaced, change.replaced), (.extendsAdded, change.added),
                (.extendsChanged, change.changedDimensions), (.extendsKeys, change.replacedKeys),
            ]
            for (key, ids) in lists where !ids.isEmpty {
                sentences.append(s.format(key, HandbookText.list(ids, or: false, s)))
            }
        }
        return sentences.joined(separator: " ")
    }

    /// The rules after the verdict table, titled: knock-outs, levels, evidence, provisional
    /// results, next steps, and what `extends` changed.
    static func rules(_ index: HandbookIndex) -> [(title: String, text: String)] {
        let s = index.strings
        let rules: [(String, String?)] = [
            (s[HandbookWord.knockOuts], gates(index)),
            (s[HandbookEditionWord.alertsTitle], alerts(index)),
            (s[HandbookWord.readinessLevels], levels(index.rubric, s)),
            (s[HandbookWord.evidenceTitle], evidence(index.rubric, s)),
            (s[HandbookEditionWord.provisionalTitle], provisional(index.rubric, s)),
            (s[HandbookWord.nextStepsTitle], s[Word.nextSteps]),
            (s[HandbookEditionWord.extendsTitle], extensions(index.rubric, s)),
        ]
        return rules.compactMap { title, text in text.map { (title, $0) } }
    }
}
