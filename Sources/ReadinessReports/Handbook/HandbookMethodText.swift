import ReadinessKit

/// The paragraphs of the handbook's "How the score is computed" section, as plain text.
///
/// They restate the scoring engine's rules (`ScoringEngine`, `VerdictRule`, `LevelRule`,
/// `NextStepOrder`) for the rubric at hand; both handbook writers print them as they are.
enum HandbookMethodText {
    /// The opening line of the answer-kind list.
    static let kindsIntro = "Every answer scores from 0 (nothing) to 1 (full marks), by the kind of question:"

    /// How each kind of answer the rubric uses scores: (kind, rule), in a fixed order.
    static func kinds(_ rubric: Rubric) -> [(kind: String, rule: String)] {
        let used = Set(rubric.allCriteria.map(\.answer.name))
        let rules: [(String, String, String)] = [
            ("yes-no", "Yes or no", "yes scores 1 and no scores 0 (a question can swap them)."),
            ("choice", "One option", "the chosen option's score, listed with each question."),
            ("multi-choice", "Any of the options", "the scores of the chosen options added up, at most 1."),
            ("scale", "A whole number on a scale", "(value − lowest) / (highest − lowest): the lowest value scores 0, the highest 1."),
            ("number", "A number", "the score of the band it falls in, listed with each question; a number below the lowest band is not accepted."),
            ("text", "Free text", "never scored."),
        ]
        return rules.filter { used.contains($0.0) }.map { ($0.1, $0.2) }
    }

    /// What counts: unanswered, unscored and conditional questions.
    static let counting = """
        An applicable question left unanswered scores 0. Profile questions (weight 0) and free-text \
        questions are asked and shown in reports, never scored. A question with a condition (“asked only \
        when …”) counts only when the condition holds, or when the question it depends on is unanswered: \
        leaving a profile question empty never hides a question.
        """

    /// The dimension and overall formulas.
    static let formulas = """
        A dimension's score D is 100 × Σ(w × s) / Σw over its questions that count, w being a question's \
        weight and s its score. The overall score is Σ(W × D) / ΣW over the dimensions, W being a \
        dimension's weight. A dimension in which no question counts is shown as not applicable and drops \
        out, so the shares of the others grow. Reports show scores with one decimal, question scores on \
        the same 0–100 scale (0.6 as 60.0).
        """

    /// The line above the verdict table.
    static let verdicts = "The verdict is the first in this list whose minimum the overall score reaches:"

    /// The gate rule for this rubric, or nil when it has no knock-out questions.
    static func gates(_ index: HandbookIndex) -> String? {
        let gates = index.gates
        guard !gates.isEmpty else { return nil }
        let numbers = HandbookText.list(gates.map(index.number), or: false)
        let which = gates.count == 1 ? "Question \(numbers) is a knock-out: when it scores"
            : "Questions \(numbers) are knock-outs: when one of them scores"
        let cap = index.gateCap?.label ?? "the second verdict"
        return "\(which) below its gate, the verdict is capped at \(cap) at best, "
            + "whatever the overall score. An unanswered knock-out question scores 0, so it fails too."
    }

    /// The level rule with this rubric's `pass`, or nil when no question carries a level.
    static func levels(_ rubric: Rubric) -> String? {
        guard rubric.usesLevels else { return nil }
        let pass = rubric.pass >= 1 ? "1, full marks" : HandbookText.score(rubric.pass)
        return "Each dimension reaches the highest level L carried by one of its counted questions such that "
            + "every counted question of level L or lower scores at least the rubric's “pass” (here \(pass)). "
            + "A dimension with no such level is at level 0. The levels and their questions "
            + "are listed at the end."
    }

    /// The evidence rule, or nil when no question expects evidence.
    static func evidence(_ rubric: Rubric) -> String? {
        let count = rubric.allCriteria.filter(\.evidenceExpected).count
        guard count > 0 else { return nil }
        let which = count == 1 ? "One question expects" : "\(count) questions expect"
        return "\(which) evidence with the answer: a document, a data-room folder or a link. An answer "
            + "without it is marked unverified in reports; its score is not changed."
    }

    /// How reports order their next steps.
    static let nextSteps = """
        Reports list next steps: failed knock-outs first, then the questions that would add the most \
        points to the overall score if they reached full marks (a question's weight share in its \
        dimension, times its dimension's share, times what it still lacks).
        """
}
