/// The words of the assessment report in Markdown and HTML: headings, column labels, criterion
/// statuses, the gate sentences, the method's rules and the charts' accessible descriptions.
public enum ReportWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "report"

    case assessor, date, scoreHeading, outOf100, outOf100Words, scoreHidden, bar
    case unansweredOne, unansweredMany, notApplicable, percent
    case dimensions, dimension, score, level, levelLine, levelNamed, levelNoneYet
    case nextSteps, nothingToGain, points, stepLine, stepLineGate, moreStepsOne, moreStepsMany
    case resourcesHelp, contact, contactSentence
    case strengths, noStrengths
    case details, question, answer, weight, status, evidence, note, help
    case met, partial, unmet, unanswered, statusNotApplicable, unscored, failedGate, unverified
    case method, weightW, shareW, scoreD, contributionW, overall, verdicts, formula, levelRule
    case verdictFrom, verdictBelow, gateRule, gateRuleCaps, gateCapAtBest, gateCapVerdict
    case verdictCapped, gateFailedHeading, gatePart, gatePartCap, gateOne, gateMany, gateList
    case cappedSentence, capAtBestSentence
    case gaugeTitle, radarTitle, madeWith, brandName
}

extension ReportWord {
    /// The English texts.
    static let english = table([
        .assessor: "Assessor:",
        .date: "Date:",
        .scoreHeading: "Score: {1} / 100 — {2}",
        .outOf100: "{1} / 100",
        .outOf100Words: "out of 100",
        .scoreHidden: "Score",
        .bar: "Bar",
        .unansweredOne: "{1} question is unanswered; unanswered questions score 0.",
        .unansweredMany: "{1} questions are unanswered; unanswered questions score 0.",
        .notApplicable: "not applicable",
        .percent: "{1} %",
        .dimensions: "Dimensions",
        .dimension: "Dimension",
        .score: "Score",
        .level: "Level",
        .levelLine: "Level: {1}",
        .levelNamed: "{1} · {2}",
        .levelNoneYet: "{1} · none yet",
        .nextSteps: "Next steps",
        .nothingToGain: "Nothing left to gain: every counted criterion is met.",
        .points: "points",
        .stepLine: "{1} points · {2}",
        .stepLineGate: "{1} points · {2} · failed gate",
        .moreStepsOne: "{1} more step with smaller gains: see the action plan below.",
        .moreStepsMany: "{1} more steps with smaller gains: see the action plan below.",
        .resourcesHelp: "Resources that help:",
        .contact: "Contact:",
        .contactSentence: "Contact: {1}.",
        .strengths: "Strengths",
        .noStrengths: "No criterion is fully met yet.",
        .details: "Answers by dimension",
        .question: "Question",
        .answer: "Answer",
        .weight: "Weight",
        .status: "Status",
        .evidence: "Evidence",
        .note: "Note",
        .help: "Help",
        .met: "met",
        .partial: "partial",
        .unmet: "unmet",
        .unanswered: "unanswered",
        .statusNotApplicable: "not applicable",
        .unscored: "not scored",
        .failedGate: "failed gate",
        .unverified: "unverified",
        .method: "How this score is computed",
        .weightW: "Weight W",
        .shareW: "Share W/ΣW",
        .scoreD: "Score D",
        .contributionW: "Contribution W×D/ΣW",
        .overall: "Overall",
        .verdicts: "Verdicts:",
        .formula: """
            Each criterion scores from 0 to 100. A dimension's score D is the weighted mean of its criteria: \
            D = Σ(w × s) / Σw over the criteria that count (unanswered ones count as 0; not applicable and \
            unscored ones drop out). The overall score is the weighted mean of the dimensions: Σ(W × D) / ΣW, \
            so each dimension contributes W × D / ΣW points.
            """,
        .levelRule: "Levels: a dimension reaches level L when every counted criterion of level L or lower scores at least {1}.",
        .verdictFrom: "{1} from {2}",
        .verdictBelow: "{1} below {2}",
        .gateRule: "Some criteria are gates: when one scores below its gate, the verdict is capped at {1}, whatever the overall score.",
        .gateRuleCaps: "Some criteria are knock-outs: when one scores below its gate, the verdict is capped at the verdict that gate names ({1} when it names none), whatever the overall score.",
        .gateCapAtBest: "{1} at best",
        .gateCapVerdict: "the verdict",
        .verdictCapped: "Verdict capped.",
        .gateFailedHeading: "Gate failed.",
        .gatePart: "“{1}” ({2}) scores {3} out of 100, below its gate of {4}",
        .gatePartCap: "“{1}” ({2}) scores {3} out of 100, below its gate of {4}, which caps the verdict at {5}",
        .gateOne: "a gate failed",
        .gateMany: "{1} gates failed",
        .gateList: "{1}; and {2}",
        .cappedSentence: "The verdict is capped at {1} because {2}: {3}. The score alone would reach {4}.",
        .capAtBestSentence: "The verdict is capped at {1} at best because {2}: {3}. The score alone reaches only {4}, so the cap does not lower it now.",
        .gaugeTitle: "Overall score {1} out of 100: {2}",
        .radarTitle: "Dimension scores out of 100: {1}",
        .madeWith: "made with",
        .brandName: "Investor-readiness feedback",
    ])
}
