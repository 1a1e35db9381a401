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

extension ComparePageWord {
    /// The Dutch texts.
    static let dutch = table([
        .new: "nieuw",
        .gone: "weg",
        .progressHeading: "{1}: voortgang",
        .pageTitle: "{1} — voortgang — {2}",
        .scoreHeading: "Score: {1} → {2} ({3} {4})",
        .outOf100: "{1} / 100",
        .outOf100Words: "van 100",
        .scoreHidden: "Score",
        .verdictSame: "Oordeel: **{1}** (ongewijzigd)",
        .verdictChanged: "Oordeel: {1} → **{2}** {3}",
        .verdictUnchanged: "Oordeel ongewijzigd: {1}.",
        .verdictUp: "Oordeel omhoog van {1} naar {2}.",
        .verdictDown: "Oordeel omlaag van {1} naar {2}.",
        .dimensions: "Onderdelen",
        .dimension: "Onderdeel",
        .before: "Eerst",
        .after: "Nu",
        .change: "Verschil",
        .question: "Vraag",
        .answerBefore: "Antwoord eerst",
        .answerNow: "Antwoord nu",
        .improved: "Vooruitgegaan",
        .slipped: "Achteruitgegaan",
        .newlyScored: "Telt nu mee",
        .noLongerScored: "Telt niet meer mee",
        .noneHigher: "Geen criterium scoort hoger dan eerst.",
        .noneLower: "Geen criterium scoort lager dan eerst.",
        .section: "{1} ({2})",
        .newlyAnswered: "Nieuw beantwoord",
        .nextSteps: "Volgende stappen nu",
        .nothingToGain: "Niets meer te winnen: elk criterium dat meetelt, is gehaald.",
        .points: "punten",
        .stepLine: "{1} punten · {2}",
        .stepLineGate: "{1} punten · {2} · knock-out niet gehaald",
        .failedGate: "knock-out niet gehaald",
        .moreStepsOne: "Nog {1} stap in het beoordelingsrapport.",
        .moreStepsMany: "Nog {1} stappen in het beoordelingsrapport.",
        .madeWith: "gemaakt met",
    ])
}
