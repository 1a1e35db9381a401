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
        .reviewersIntro:
            "Mean offset: a reviewer's own overall score minus the panel's, over the startups they assessed.",
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

extension PanelWord {
    /// The Dutch texts.
    static let dutch = table([
        .pageTitle: "Panelbeoordeling · {1}",
        .review: "Panelbeoordeling",
        .members: "Panel: {1}",
        .noMembers: "Geen panellid heeft deze startup beoordeeld.",
        .founderIncluded: "De eigen beoordeling van de oprichters staat tegenover die van het panel.",
        .noFounder: "Geen eigen beoordeling van de oprichters.",
        .recused: "Teruggetrokken: {1}",
        .normalizedScore:
            "Genormaliseerde score: {1} (de scores van elke beoordelaar gelijkgetrokken vóór de ranglijst)",
        .byAssessor: "Scores per onderdeel, per beoordelaar",
        .dimension: "Onderdeel",
        .panel: "Panel",
        .founder: "Oprichters",
        .spread: "Spreiding",
        .chart: "Spreiding per onderdeel",
        .chartNote:
            "Elke balk loopt van de laagste tot de hoogste score van de panelleden; het streepje is de score van het panel.",
        .chartLabel: "{1}: panelleden van {2} tot {3}, panel {4}",
        .discuss: "Te bespreken",
        .discussIntro: "Criteria waarop de scores van de panelleden {1} of meer uiteenlopen.",
        .discussNone: "De panelleden zijn het eens: op geen enkel criterium lopen de scores {1} of meer uiteen.",
        .assessor: "Beoordelaar",
        .answer: "Antwoord",
        .score: "Score",
        .evidence: "Onderbouwing",
        .note: "Notitie",
        .blank: "–",
        .founderVsPanel: "Oprichters tegenover het panel",
        .founderHigher: "De oprichters schatten de startup {1} punten hoger in dan het panel.",
        .founderLower: "De oprichters schatten de startup {1} punten lager in dan het panel.",
        .founderSame: "De oprichters schatten de startup net zo in als het panel.",
        .gap: "Verschil",
        .criterion: "Criterium",
        .overview: "Paneloverzicht",
        .overviewTitle: "Paneloverzicht · {1}",
        .ranking: "Ranglijst",
        .rank: "#",
        .startup: "Startup",
        .verdict: "Oordeel",
        .normalized: "Genormaliseerd",
        .discussCount: "Te bespreken",
        .founderGap: "Verschil oprichters",
        .reviewers: "Beoordelaars",
        .reviewersIntro:
            "Gemiddelde afwijking: de eigen totaalscore van een beoordelaar min die van het panel, over de startups die hij of zij beoordeelde.",
        .assessments: "Beoordelingen",
        .meanOffset: "Gemiddelde afwijking",
        .tendency: "Neiging",
        .lenient: "mild",
        .harsh: "streng",
        .even: "gemiddeld",
        .recusals: "Teruggetrokken",
        .cohortGap: "Oprichters tegenover hun panel",
        .foundersHigher: "Oprichters schatten zichzelf {1} punten hoger in dan hun panel.",
        .foundersLower: "Oprichters schatten zichzelf {1} punten lager in dan hun panel.",
        .foundersSame: "Oprichters schatten zichzelf net zo in als hun panel.",
        .cohortGapNone: "Geen enkele startup heeft een eigen beoordeling van de oprichters.",
        .recusedList: "Teruggetrokken beoordelaars",
        .recusedItem: "{1} bij {2}",
        .notApplicable: "n.v.t.",
        .startupsOne: "{1} startup",
        .startupsMany: "{1} startups",
    ])
}
