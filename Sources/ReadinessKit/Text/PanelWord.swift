/// The words of the panel pages: a startup's panel report (members, spread chart, discuss list,
/// founder vs panel) and the overview `panel.md|html` (ranking, reviewers, founders' gap). The
/// CSV's and JSON's column names are data, not words.
public enum PanelWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "panel"

    case pageTitle, review, members, noMembers, founderIncluded, noFounder, recused, normalizedScore
    case byAssessor, dimension, panel, founder, spread, chart, chartNote, chartLabel
    case discuss, discussIntro, discussNone, assessor, answer, score, evidence, note, blank
    case founderVsPanel, founderHigher, founderLower, founderSame, gap, criterion
    case overview, overviewTitle, ranking, rank, startup, verdict, normalized, discussCount, founderGap
    case reviewers, reviewersIntro, assessments, meanOffset, tendency, lenient, harsh, even, recusals
    case cohortGap, foundersHigher, foundersLower, foundersSame, cohortGapNone, recusedList, recusedItem
    case notApplicable, startupsOne, startupsMany
}

extension PanelWord {
    /// The English texts.
    static let english = table([
        .pageTitle: "Panel review · {1}",
        .review: "Panel review",
        .members: "Panel: {1}",
        .noMembers: "No panel member assessed this startup.",
        .founderIncluded: "The founder's own assessment is set against the panel.",
        .noFounder: "No founder's own assessment.",
        .recused: "Recused: {1}",
        .normalizedScore: "Normalised score: {1} (each reviewer's scores evened out before the ranking)",
        .byAssessor: "Dimension scores by assessor",
        .dimension: "Dimension",
        .panel: "Panel",
        .founder: "Founder",
        .spread: "Spread",
        .chart: "Spread per dimension",
        .chartNote: "Each bar runs from the lowest to the highest member score; the mark is the panel's score.",
        .chartLabel: "{1}: members from {2} to {3}, panel {4}",
        .discuss: "To discuss",
        .discussIntro: "Criteria on which the members' scores differ by {1} or more.",
        .discussNone: "The members agree: no criterion's scores differ by {1} or more.",
        .assessor: "Assessor",
        .answer: "Answer",
        .score: "Score",
        .evidence: "Evidence",
        .note: "Note",
        .blank: "–",
        .founderVsPanel: "Founder vs panel",
        .founderHigher: "The founder rated the startup {1} points higher than the panel.",
        .founderLower: "The founder rated the startup {1} points lower than the panel.",
        .founderSame: "The founder rated the startup as the panel did.",
        .gap: "Gap",
        .criterion: "Criterion",
        .overview: "Panel overview",
        .overviewTitle: "Panel overview · {1}",
        .ranking: "Ranking",
        .rank: "#",
        .startup: "Startup",
        .verdict: "Verdict",
        .normalized: "Normalised",
        .discussCount: "To discuss",
        .founderGap: "Founder gap",
        .reviewers: "Reviewers",
        .reviewersIntro: "Mean offset: a reviewer's own overall score minus the panel's, over the startups they assessed.",
        .assessments: "Assessments",
        .meanOffset: "Mean offset",
        .tendency: "Tendency",
        .lenient: "lenient",
        .harsh: "harsh",
        .even: "even",
        .recusals: "Recusals",
        .cohortGap: "Founders against the panel",
        .foundersHigher: "Founders rated themselves {1} points higher than their panels.",
        .foundersLower: "Founders rated themselves {1} points lower than their panels.",
        .foundersSame: "Founders rated themselves as their panels did.",
        .cohortGapNone: "No startup has a founder's own assessment.",
        .recusedList: "Recusals",
        .recusedItem: "{1} for {2}",
        .notApplicable: "n/a",
        .startupsOne: "{1} startup",
        .startupsMany: "{1} startups",
    ])
}
