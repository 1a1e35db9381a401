/// The handbook's sentences for the second edition's rules: knock-outs with caps of their own,
/// required evidence, a question's own pass, provisional results and what `extends` changed.
public enum HandbookEditionWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "handbookEdition"

    case gatesCapsRule, evidenceRequired, evidenceRequiredWithHelp, requiredOne, requiredMany, requiredRule
    case levelPass, provisionalTitle, provisionalRule, alert, alertLabel, alertsTitle, alertsOne, alertsMany, alertsRule
    case extendsTitle, extendsBase, extendsBaseFile, extendsRemoved, extendsReplaced, extendsAdded, extendsChanged,
        extendsKeys
}

extension HandbookEditionWord {
    /// The English texts.
    static let english = table([
        .gatesCapsRule: "{1} below its gate, the verdict is capped at the verdict that gate names ({2} at best "
            + "when it names none), whatever the overall score. An unanswered knock-out question scores 0, so it fails too.",
        .evidenceRequired:
            "required. An answer given without evidence is marked unverified and counts for {1} % of its score.",
        .evidenceRequiredWithHelp: "required. An answer given without evidence is marked unverified and counts for "
            + "{1} % of its score. The help above says what counts as evidence.",
        .requiredOne: "One question requires",
        .requiredMany: "{1} questions require",
        .requiredRule: "{1} evidence: an answer without it counts for {2} % of its score until evidence is added.",
        .levelPass: "passes its level from {1}",
        .alert: "a score below {1} is flagged as urgent in reports; it never lowers the verdict.",
        .alertLabel: "Alert",
        .alertsTitle: "Alerts.",
        .alertsOne: "Question {1} is an alert:",
        .alertsMany: "Questions {1} are alerts:",
        .alertsRule: "{1} when one scores below its threshold, reports flag it as urgent at the top and list it "
            + "first among the next steps; it never lowers the verdict.",
        .provisionalTitle: "Provisional results.",
        .provisionalRule: "A result is provisional when less than {1} % of the overall score rests on answers: "
            + "reports say so at the top and list every unanswered question. The verdict stands.",
        .extendsTitle: "What this rubric changes.",
        .extendsBase: "It extends {1} {2}.",
        .extendsBaseFile: "It extends {1} {2} ({3}).",
        .extendsRemoved: "Removed: {1}.",
        .extendsReplaced: "Replaced: {1}.",
        .extendsAdded: "Added: {1}.",
        .extendsChanged: "Dimensions changed: {1}.",
        .extendsKeys: "Settings replaced: {1}.",
    ])
}

extension HandbookEditionWord {
    /// The Dutch texts.
    static let dutch = table([
        .gatesCapsRule:
            "{1} onder de eigen drempel, dan wordt het oordeel afgetopt op het oordeel dat die knock-out noemt "
            + "(hooguit {2} als hij er geen noemt), wat de totaalscore ook is. Een onbeantwoorde knock-outvraag scoort 0 "
            + "en wordt dus ook niet gehaald.",
        .evidenceRequired:
            "verplicht. Een antwoord zonder onderbouwing wordt gemarkeerd als niet onderbouwd en telt voor {1} % van zijn score.",
        .evidenceRequiredWithHelp:
            "verplicht. Een antwoord zonder onderbouwing wordt gemarkeerd als niet onderbouwd en telt voor "
            + "{1} % van zijn score. De uitleg hierboven zegt wat als onderbouwing telt.",
        .requiredOne: "Eén vraag vereist",
        .requiredMany: "{1} vragen vereisen",
        .requiredRule:
            "{1} een onderbouwing: een antwoord zonder onderbouwing telt voor {2} % van zijn score tot je die toevoegt.",
        .levelPass: "haalt het niveau vanaf {1}",
        .alert: "een score onder {1} wordt in rapporten als urgent gemarkeerd; het oordeel gaat er nooit door omlaag.",
        .alertLabel: "Waarschuwing",
        .alertsTitle: "Waarschuwingen.",
        .alertsOne: "Vraag {1} geeft een waarschuwing:",
        .alertsMany: "De vragen {1} geven een waarschuwing:",
        .alertsRule: "{1} scoort zo’n vraag onder de drempel, dan zetten rapporten hem bovenaan als urgent en als "
            + "eerste bij de volgende stappen; het oordeel gaat er nooit door omlaag.",
        .provisionalTitle: "Voorlopige uitkomsten.",
        .provisionalRule: "Een uitkomst is voorlopig als minder dan {1} % van de totaalscore op antwoorden rust: "
            + "rapporten zeggen dat bovenaan en noemen elke onbeantwoorde vraag. Het oordeel blijft staan.",
        .extendsTitle: "Wat deze rubric verandert.",
        .extendsBase: "Hij bouwt voort op {1} {2}.",
        .extendsBaseFile: "Hij bouwt voort op {1} {2} ({3}).",
        .extendsRemoved: "Weggehaald: {1}.",
        .extendsReplaced: "Vervangen: {1}.",
        .extendsAdded: "Toegevoegd: {1}.",
        .extendsChanged: "Gewijzigde onderdelen: {1}.",
        .extendsKeys: "Vervangen instellingen: {1}.",
    ])
}
