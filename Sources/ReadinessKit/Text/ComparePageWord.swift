/// The words of the progress report pages (`compare` in Markdown and HTML) and of the facts
/// they share with the terminal view: headings, columns, the verdict line, empty sections.
public enum ComparePageWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "comparePage"

    case new, gone, progressHeading, pageTitle, scoreHeading, outOf100, outOf100Words, scoreHidden
    case verdictSame, verdictChanged, verdictUnchanged, verdictUp, verdictDown
    case dimensions, dimension, before, after, change, question, answerBefore, answerNow
    case improved, slipped, newlyScored, noLongerScored, noneHigher, noneLower, section
    case newlyAnswered, nextSteps, nothingToGain, points, stepLine, stepLineGate, failedGate
    case moreStepsOne, moreStepsMany, madeWith
}

extension ComparePageWord {
    /// The English texts.
    static let english = table([
        .new: "new",
        .gone: "gone",
        .progressHeading: "{1}: progress",
        .pageTitle: "{1} — progress — {2}",
        .scoreHeading: "Score: {1} → {2} ({3} {4})",
        .outOf100: "{1} / 100",
        .outOf100Words: "out of 100",
        .scoreHidden: "Score",
        .verdictSame: "Verdict: **{1}** (unchanged)",
        .verdictChanged: "Verdict: {1} → **{2}** {3}",
        .verdictUnchanged: "Verdict unchanged: {1}.",
        .verdictUp: "Verdict up from {1} to {2}.",
        .verdictDown: "Verdict down from {1} to {2}.",
        .dimensions: "Dimensions",
        .dimension: "Dimension",
        .before: "Before",
        .after: "After",
        .change: "Change",
        .question: "Question",
        .answerBefore: "Answer before",
        .answerNow: "Answer now",
        .improved: "Improved",
        .slipped: "Slipped",
        .newlyScored: "Newly scored",
        .noLongerScored: "No longer scored",
        .noneHigher: "No criterion scores higher than before.",
        .noneLower: "No criterion scores lower than before.",
        .section: "{1} ({2})",
        .newlyAnswered: "Newly answered",
        .nextSteps: "Next steps now",
        .nothingToGain: "Nothing left to gain: every counted criterion is met.",
        .points: "points",
        .stepLine: "{1} points · {2}",
        .stepLineGate: "{1} points · {2} · failed gate",
        .failedGate: "failed gate",
        .moreStepsOne: "{1} more step in the assessment report.",
        .moreStepsMany: "{1} more steps in the assessment report.",
        .madeWith: "made with",
    ])
}
