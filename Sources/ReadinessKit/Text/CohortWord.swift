/// The words of the cohort overview (`cohort.md` and `cohort.html`): headings, columns, the
/// heat map's legend, notes and counts. The CSV's and JSON's column names are data, not words.
public enum CohortWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "cohort"

    case overview, pageTitle, scoredOne, scoredMany, scoredShort, notScored
    case verdicts, verdict, startups, ranking, rank, startup, score, failedGates, unanswered
    case notApplicable, level, moreStartupsOne, moreStartupsMany, heatMap, heatLegendText, heatLegendColour, mean
    case gaps, gapsIntro, criterion, question, meanScore, belowHalf, belowHalfOf, percent
    case resources, resourcesIntro, resource, share, failures
}

extension CohortWord {
    /// The English texts.
    static let english = table([
        .overview: "Cohort overview",
        .pageTitle: "Cohort overview · {1}",
        .scoredOne: "{1} startup scored",
        .scoredMany: "{1} startups scored",
        .scoredShort: "{1} scored",
        .notScored: "{1} could not be scored",
        .verdicts: "Verdicts",
        .verdict: "Verdict",
        .startups: "Startups",
        .ranking: "Ranking",
        .rank: "#",
        .startup: "Startup",
        .score: "Score",
        .failedGates: "Failed gates",
        .unanswered: "Unanswered",
        .notApplicable: "n/a",
        .level: "L{1}",
        .moreStartupsOne: "… and {1} more startup, listed in {2}.",
        .moreStartupsMany: "… and {1} more startups, all listed in {2}.",
        .heatMap: "Heat map",
        .heatLegendText: "█ 75–100 · ▓ 55–75 · ▒ 35–55 · ░ 0–35 · blank: not applicable",
        .heatLegendColour: "Dimension scores; green 75 and up, amber 55 to 75, red below 55.",
        .mean: "Mean",
        .gaps: "Gaps the cohort shares",
        .gapsIntro: "The criteria with the lowest mean score: the workshops to run next.",
        .criterion: "Criterion",
        .question: "Question",
        .meanScore: "Mean score",
        .belowHalf: "Below half marks",
        .belowHalfOf: "{1} of {2} ({3})",
        .percent: "{1} %",
        .resources: "Resources the cohort needs",
        .resourcesIntro: "How many startups have each resource among their first {1} next steps.",
        .resource: "Resource",
        .share: "Share",
        .failures: "Could not be scored",
    ])
}

extension CohortWord {
    /// The Dutch texts.
    static let dutch = table([
        .overview: "Cohortoverzicht",
        .pageTitle: "Cohortoverzicht · {1}",
        .scoredOne: "{1} startup beoordeeld",
        .scoredMany: "{1} startups beoordeeld",
        .scoredShort: "{1} beoordeeld",
        .notScored: "{1} niet te beoordelen",
        .verdicts: "Oordelen",
        .verdict: "Oordeel",
        .startups: "Startups",
        .ranking: "Ranglijst",
        .rank: "#",
        .startup: "Startup",
        .score: "Score",
        .failedGates: "Niet-gehaalde knock-outs",
        .unanswered: "Onbeantwoord",
        .notApplicable: "n.v.t.",
        .level: "N{1}",
        .moreStartupsOne: "… en nog {1} startup, in {2}.",
        .moreStartupsMany: "… en nog {1} startups, allemaal in {2}.",
        .heatMap: "Heatmap",
        .heatLegendText: "█ 75–100 · ▓ 55–75 · ▒ 35–55 · ░ 0–35 · leeg: niet van toepassing",
        .heatLegendColour: "Scores per onderdeel: groen vanaf 75, oranje van 55 tot 75, rood onder 55.",
        .mean: "Gemiddelde",
        .gaps: "Hiaten die het cohort deelt",
        .gapsIntro: "De criteria met de laagste gemiddelde score: de workshops voor de komende tijd.",
        .criterion: "Criterium",
        .question: "Vraag",
        .meanScore: "Gemiddelde score",
        .belowHalf: "Onder de helft",
        .belowHalfOf: "{1} van {2} ({3})",
        .percent: "{1} %",
        .resources: "Hulpbronnen die het cohort nodig heeft",
        .resourcesIntro: "Hoeveel startups elke hulpbron bij hun eerste {1} volgende stappen hebben.",
        .resource: "Hulpbron",
        .share: "Aandeel",
        .failures: "Niet te beoordelen",
    ])
}
