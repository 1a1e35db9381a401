/// The words reports use to coach: the provisional banner and what is missing, the caps of
/// failed knock-outs, what unverified answers count for, what blocks each dimension's next
/// level, and the action plan after the first next steps.
public enum CoachWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "coach"

    case provisionalHeading, provisional, missingHeading, alertHeading, alertPart, alertSentence
    case unverifiedRequiredOne, unverifiedRequiredMany, unverifiedExpectedOne, unverifiedExpectedMany
    case levelsHeading, nextLevel, nextLevelNamed
    case planHeading, planIntro, gain, resources
}

extension CoachWord {
    /// The English texts.
    static let english = table([
        .provisionalHeading: "Provisional result.",
        .provisional:
            "Only {1} % of the score rests on answers; the rubric asks for at least {2} % before a verdict is final. The verdict stands for now.",
        .missingHeading: "Answer these to make it final:",
        .alertHeading: "Urgent.",
        .alertPart: "“{1}” ({2}) scores {3} out of 100, below its alert level of {4}",
        .alertSentence: "{1}. This does not change the verdict, but it needs action before anything else.",
        .unverifiedRequiredOne:
            "{1} answer lacks the evidence its question requires, so it counts for {2} % of its score until evidence is added.",
        .unverifiedRequiredMany:
            "{1} answers lack the evidence their question requires, so each counts for {2} % of its score until evidence is added.",
        .unverifiedExpectedOne:
            "{1} answer lacks the evidence its question expects: it keeps its score, marked unverified.",
        .unverifiedExpectedMany:
            "{1} answers lack the evidence their question expects: they keep their score, marked unverified.",
        .levelsHeading: "To reach the next level",
        .nextLevel: "to reach level {1}",
        .nextLevelNamed: "to reach level {1} ({2})",
        .planHeading: "Action plan",
        .planIntro: "Every other gap, by dimension, with what helps. Start with the next steps above.",
        .gain: "+{1} points",
        .resources: "Resources that help:",
    ])
}

extension CoachWord {
    /// The Dutch texts.
    static let dutch = table([
        .provisionalHeading: "Voorlopige uitkomst.",
        .provisional:
            "Maar {1} % van de score rust op antwoorden; de rubric vraagt minstens {2} % voordat een oordeel definitief is. Tot die tijd geldt het oordeel voorlopig.",
        .missingHeading: "Beantwoord deze vragen om het definitief te maken:",
        .alertHeading: "Urgent.",
        .alertPart: "‘{1}’ ({2}) scoort {3} van 100, onder de waarschuwingsgrens van {4}",
        .alertSentence: "{1}. Het oordeel verandert hierdoor niet, maar dit vraagt eerst actie.",
        .unverifiedRequiredOne:
            "{1} antwoord mist de onderbouwing die de vraag vereist; het telt daarom voor {2} % van zijn score tot je die toevoegt.",
        .unverifiedRequiredMany:
            "{1} antwoorden missen de onderbouwing die hun vraag vereist; ze tellen daarom elk voor {2} % van hun score tot je die toevoegt.",
        .unverifiedExpectedOne:
            "{1} antwoord mist de onderbouwing die de vraag verwacht: het houdt zijn score, gemarkeerd als niet onderbouwd.",
        .unverifiedExpectedMany:
            "{1} antwoorden missen de onderbouwing die hun vraag verwacht: ze houden hun score, gemarkeerd als niet onderbouwd.",
        .levelsHeading: "Naar het volgende niveau",
        .nextLevel: "voor niveau {1}",
        .nextLevelNamed: "voor niveau {1} ({2})",
        .planHeading: "Actieplan",
        .planIntro: "Alle andere hiaten, per onderdeel, met wat helpt. Begin met de volgende stappen hierboven.",
        .gain: "+{1} punten",
        .resources: "Wat helpt:",
    ])
}
