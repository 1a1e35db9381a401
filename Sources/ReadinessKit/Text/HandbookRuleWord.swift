/// The sentences of the handbook's rules (`explain`): kinds of answer, how each scores, gates,
/// conditions, levels, evidence, bands and verdict ranges, and the "How the score is computed" text.
public enum HandbookRuleWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "handbookRule"

    case kindYesNo, kindChoice, kindMulti, kindScale, kindNumber, kindNumberUnit, kindText
    case notScored, profileNotScored
    case yesScoresOne, yesScoresZero, multiScoring, scaleScoring, numberScoring, numberScoringLowest
    case gateNever, secondVerdict, gate, failYes, failNo, failMulti, failRange, noAnswer, failsWith, quoted
    case whenUnknown, whenIs, whenIncludes, level, levelNamed, evidence, evidenceWithHelp
    case toBelow, orMore, below, anyScore, listOr, listAnd
    case kindsIntro, ruleYesNoName, ruleYesNo, ruleChoiceName, ruleChoice, ruleMultiName, ruleMulti
    case ruleScaleName, ruleScale, ruleNumberName, ruleNumber, ruleTextName, ruleText
    case counting, formulas, verdicts, gatesOne, gatesMany, gatesRule, passFull, levels
    case evidenceOne, evidenceMany, evidenceRule, nextSteps
}

extension HandbookRuleWord {
    /// The English texts.
    static let english = table([
        .kindYesNo: "yes or no",
        .kindChoice: "one option",
        .kindMulti: "any of the options",
        .kindScale: "a whole number from {1} to {2}",
        .kindNumber: "a number",
        .kindNumberUnit: "a number ({1})",
        .kindText: "free text",
        .notScored: "not scored",
        .profileNotScored: "profile question: not scored",
        .yesScoresOne: "Yes scores 1, no scores 0.",
        .yesScoresZero: "Yes scores 0, no scores 1.",
        .multiScoring: "The scores of the chosen options add up, to at most 1.",
        .scaleScoring: "Scores (value − {1}) / {2}: {1} scores 0, {3} scores 1.",
        .numberScoring: "The band the number falls in gives the score.",
        .numberScoringLowest: "The band the number falls in gives the score. A number below {1} is not accepted.",
        .gateNever: "a gate of 0 never fails.",
        .secondVerdict: "the second verdict",
        .gate: "a score below {1} caps the verdict at {2}.",
        .failYes: "yes",
        .failNo: "no",
        .failMulti: "options whose scores add up to less than {1}",
        .failRange: "{1} to {2}",
        .noAnswer: "no answer",
        .failsWith: "Fails with {1}.",
        .quoted: "“{1}”",
        .whenUnknown: "asked only when {1} is {2}.",
        .whenIs: "asked only when the answer to {1} {2} is {3}.",
        .whenIncludes: "asked only when the answer to {1} {2} includes {3}.",
        .level: "level {1}",
        .levelNamed: "level {1} · {2}",
        .evidence: "expected. An answer given without evidence is marked unverified; its score stays the same.",
        .evidenceWithHelp: "expected. An answer given without evidence is marked unverified; its score stays the same. "
            + "The help above says what counts.",
        .toBelow: "{1} to below {2}",
        .orMore: "{1} or more",
        .below: "below {1}",
        .anyScore: "any score",
        .listOr: "{1} or {2}",
        .listAnd: "{1} and {2}",
        .kindsIntro: "Every answer scores from 0 (nothing) to 1 (full marks), by the kind of question:",
        .ruleYesNoName: "Yes or no",
        .ruleYesNo: "yes scores 1 and no scores 0 (a question can swap them).",
        .ruleChoiceName: "One option",
        .ruleChoice: "the chosen option's score, listed with each question.",
        .ruleMultiName: "Any of the options",
        .ruleMulti: "the scores of the chosen options added up, at most 1.",
        .ruleScaleName: "A whole number on a scale",
        .ruleScale: "(value − lowest) / (highest − lowest): the lowest value scores 0, the highest 1.",
        .ruleNumberName: "A number",
        .ruleNumber: "the score of the band it falls in, listed with each question; a number below the lowest band is not accepted.",
        .ruleTextName: "Free text",
        .ruleText: "never scored.",
        .counting: """
            An applicable question left unanswered scores 0. Profile questions (weight 0) and free-text \
            questions are asked and shown in reports, never scored. A question with a condition (“asked only \
            when …”) counts only when the condition holds, or when the question it depends on is unanswered: \
            leaving a profile question empty never hides a question.
            """,
        .formulas: """
            A dimension's score D is 100 × Σ(w × s) / Σw over its questions that count, w being a question's \
            weight and s its score. The overall score is Σ(W × D) / ΣW over the dimensions, W being a \
            dimension's weight. A dimension in which no question counts is shown as not applicable and drops \
            out, so the shares of the others grow. Reports show scores with one decimal, question scores on \
            the same 0–100 scale (0.6 as 60.0).
            """,
        .verdicts: "The verdict is the first in this list whose minimum the overall score reaches:",
        .gatesOne: "Question {1} is a knock-out: when it scores",
        .gatesMany: "Questions {1} are knock-outs: when one of them scores",
        .gatesRule: "{1} below its gate, the verdict is capped at {2} at best, "
            + "whatever the overall score. An unanswered knock-out question scores 0, so it fails too.",
        .passFull: "1, full marks",
        .levels: "Each dimension reaches the highest level L carried by one of its counted questions such that "
            + "every counted question of level L or lower scores at least the rubric's “pass” (here {1}). "
            + "A dimension with no such level is at level 0. The levels and their questions are listed at the end.",
        .evidenceOne: "One question expects",
        .evidenceMany: "{1} questions expect",
        .evidenceRule: "{1} evidence with the answer: a document, a data-room folder or a link. An answer "
            + "without it is marked unverified in reports; its score is not changed.",
        .nextSteps: """
            Reports list next steps: failed knock-outs first, then the questions that would add the most \
            points to the overall score if they reached full marks (a question's weight share in its \
            dimension, times its dimension's share, times what it still lacks).
            """,
    ])
}
