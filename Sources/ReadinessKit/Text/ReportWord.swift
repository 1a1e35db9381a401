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
        .levelRule:
            "Levels: a dimension reaches level L when every counted criterion of level L or lower scores at least {1}.",
        .verdictFrom: "{1} from {2}",
        .verdictBelow: "{1} below {2}",
        .gateRule:
            "Some criteria are gates: when one scores below its gate, the verdict is capped at {1}, whatever the overall score.",
        .gateRuleCaps:
            "Some criteria are knock-outs: when one scores below its gate, the verdict is capped at the verdict that gate names ({1} when it names none), whatever the overall score.",
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
        .capAtBestSentence:
            "The verdict is capped at {1} at best because {2}: {3}. The score alone reaches only {4}, so the cap does not lower it now.",
        .gaugeTitle: "Overall score {1} out of 100: {2}",
        .radarTitle: "Dimension scores out of 100: {1}",
        .madeWith: "made with",
        .brandName: "Investor-readiness feedback",
    ])
}

extension ReportWord {
    /// The Dutch texts.
    static let dutch = table([
        .assessor: "Beoordelaar:",
        .date: "Datum:",
        .scoreHeading: "Score: {1} / 100 — {2}",
        .outOf100: "{1} / 100",
        .outOf100Words: "van 100",
        .scoreHidden: "Score",
        .bar: "Balk",
        .unansweredOne: "{1} vraag is niet beantwoord; onbeantwoorde vragen scoren 0.",
        .unansweredMany: "{1} vragen zijn niet beantwoord; onbeantwoorde vragen scoren 0.",
        .notApplicable: "niet van toepassing",
        .percent: "{1} %",
        .dimensions: "Onderdelen",
        .dimension: "Onderdeel",
        .score: "Score",
        .level: "Niveau",
        .levelLine: "Niveau: {1}",
        .levelNamed: "{1} · {2}",
        .levelNoneYet: "{1} · nog geen",
        .nextSteps: "Volgende stappen",
        .nothingToGain: "Niets meer te winnen: elk criterium dat meetelt, is gehaald.",
        .points: "punten",
        .stepLine: "{1} punten · {2}",
        .stepLineGate: "{1} punten · {2} · knock-out niet gehaald",
        .moreStepsOne: "Nog {1} stap met minder winst: zie het actieplan hieronder.",
        .moreStepsMany: "Nog {1} stappen met minder winst: zie het actieplan hieronder.",
        .resourcesHelp: "Wat helpt:",
        .contact: "Contact:",
        .contactSentence: "Contact: {1}.",
        .strengths: "Sterke punten",
        .noStrengths: "Nog geen enkel criterium is volledig gehaald.",
        .details: "Antwoorden per onderdeel",
        .question: "Vraag",
        .answer: "Antwoord",
        .weight: "Gewicht",
        .status: "Status",
        .evidence: "Onderbouwing",
        .note: "Notitie",
        .help: "Uitleg",
        .met: "gehaald",
        .partial: "deels",
        .unmet: "niet gehaald",
        .unanswered: "onbeantwoord",
        .statusNotApplicable: "niet van toepassing",
        .unscored: "telt niet mee",
        .failedGate: "knock-out niet gehaald",
        .unverified: "niet onderbouwd",
        .method: "Zo wordt de score berekend",
        .weightW: "Gewicht W",
        .shareW: "Aandeel W/ΣW",
        .scoreD: "Score D",
        .contributionW: "Bijdrage W×D/ΣW",
        .overall: "Totaal",
        .verdicts: "Oordelen:",
        .formula: """
        Elk criterium scoort van 0 tot 100. De score D van een onderdeel is het gewogen gemiddelde van zijn \
        criteria: D = Σ(w × s) / Σw over de criteria die meetellen (onbeantwoorde tellen als 0; criteria die \
        niet van toepassing zijn of niet meetellen, vallen weg). De totaalscore is het gewogen gemiddelde van \
        de onderdelen: Σ(W × D) / ΣW, dus elk onderdeel draagt W × D / ΣW punten bij.
        """,
        .levelRule:
            "Niveaus: een onderdeel haalt niveau L als elk meetellend criterium van niveau L of lager minstens {1} scoort.",
        .verdictFrom: "{1} vanaf {2}",
        .verdictBelow: "{1} onder {2}",
        .gateRule:
            "Sommige criteria zijn knock-outs: scoort er een onder zijn drempel, dan wordt het oordeel afgetopt op {1}, wat de totaalscore ook is.",
        .gateRuleCaps:
            "Sommige criteria zijn knock-outs: scoort er een onder zijn drempel, dan wordt het oordeel afgetopt op het oordeel dat die knock-out noemt ({1} als hij er geen noemt), wat de totaalscore ook is.",
        .gateCapAtBest: "hooguit {1}",
        .gateCapVerdict: "het oordeel van die knock-out",
        .verdictCapped: "Oordeel afgetopt.",
        .gateFailedHeading: "Knock-out niet gehaald.",
        .gatePart: "‘{1}’ ({2}) scoort {3} van 100, onder de drempel van {4}",
        .gatePartCap: "‘{1}’ ({2}) scoort {3} van 100, onder de drempel van {4}, die het oordeel aftopt op {5}",
        .gateOne: "een knock-out niet is gehaald",
        .gateMany: "{1} knock-outs niet zijn gehaald",
        .gateList: "{1}; en {2}",
        .cappedSentence: "Het oordeel is afgetopt op {1} omdat {2}: {3}. Op de score alleen zou het {4} zijn.",
        .capAtBestSentence:
            "Het oordeel is afgetopt op hooguit {1} omdat {2}: {3}. De score alleen komt maar tot {4}, dus de aftopping verlaagt het oordeel nu niet.",
        .gaugeTitle: "Totaalscore {1} van 100: {2}",
        .radarTitle: "Scores per onderdeel, van 100: {1}",
        .madeWith: "gemaakt met",
        .brandName: "Feedback op investor-readiness",
    ])
}
