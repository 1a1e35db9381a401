/// The words of the terminal: the summary of an assessment, where reports went, batch progress
/// and its closing line, `validate`'s verdict on each file, and the `rubrics` table.
public enum TerminalWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "terminal"

    case summaryRubric, scoreLine, capped, profileDimension, notApplicable, level, levelNamed
    case provisional, gainExplained
    case urgent, failedGates, nextSteps, moreSteps, unansweredOne, unansweredMany
    case reports, wrote, handbook, languageFallbackOne, languageFallbackMany
    case progress, minutesSeconds, seconds, scoredOne, scoredMany, notScored, overview
    case validRubric, dimensionsOne, dimensionsMany, scoredCriteriaOne, scoredCriteriaMany
    case validCatalogueOne, validCatalogueMany, validQuestionnaireOne, validQuestionnaireMany
    case validCSV, validCSVFor, startupsOne, startupsMany, failedValidationOne, failedValidationMany
    case columnID, columnVersion, columnCriteria, columnTitle
}

extension TerminalWord {
    /// The English texts.
    static let english = table([
        .summaryRubric: "  ·  {1} {2}",
        .scoreLine: "Score {1} / 100  ·  {2}",
        .capped: "Capped at {1} by a failed knock-out ({2}); the score alone reaches {3}.",
        .provisional: "Provisional: only {1} % of the score rests on answers; the rubric asks for {2} %.",
        .gainExplained: "(+points: what each adds to the overall score of 100 once fully met)",
        .profileDimension: "profile questions, not scored",
        .notApplicable: "not applicable",
        .level: "level {1}",
        .levelNamed: "level {1} {2}",
        .urgent: "Urgent (does not change the verdict):",
        .failedGates: "Failed gates:",
        .nextSteps: "Next steps:",
        .moreSteps: "… and {1} more in the report",
        .unansweredOne: "Unanswered: {1} question",
        .unansweredMany: "Unanswered: {1} questions",
        .reports: "Reports: {1}",
        .wrote: "Wrote {1}",
        .handbook: "Handbook: {1}",
        .languageFallbackOne: "note: {1} text of rubric {2} has no '{3}' text; it is shown in '{4}'",
        .languageFallbackMany: "note: {1} texts of rubric {2} have no '{3}' text; they are shown in '{4}'",
        .progress: "{1}/{2} startups · {3}/s · {4} left",
        .minutesSeconds: "{1} min {2} s",
        .seconds: "{1} s",
        .scoredOne: "{1} startup scored",
        .scoredMany: "{1} startups scored",
        .notScored: ", {1} could not be scored",
        .overview: "; overview in {1}",
        .validRubric: "rubric {1} {2}, {3}, {4}",
        .dimensionsOne: "{1} dimension",
        .dimensionsMany: "{1} dimensions",
        .scoredCriteriaOne: "{1} scored criterion",
        .scoredCriteriaMany: "{1} scored criteria",
        .validCatalogueOne: "resource catalogue, {1} resource",
        .validCatalogueMany: "resource catalogue, {1} resources",
        .validQuestionnaireOne: "questionnaire for {2}, {1} answer",
        .validQuestionnaireMany: "questionnaire for {2}, {1} answers",
        .validCSV: "questionnaire CSV, {1}",
        .validCSVFor: "questionnaire CSV for {1}, {2}",
        .startupsOne: "{1} startup",
        .startupsMany: "{1} startups",
        .failedValidationOne: "{2} of {1} file failed validation",
        .failedValidationMany: "{2} of {1} files failed validation",
        .columnID: "ID",
        .columnVersion: "VERSION",
        .columnCriteria: "CRITERIA",
        .columnTitle: "TITLE",
    ])
}

extension TerminalWord {
    /// The Dutch texts.
    static let dutch = table([
        .summaryRubric: "  ·  {1} {2}",
        .scoreLine: "Score {1} / 100  ·  {2}",
        .capped: "Afgetopt op {1} door een niet-gehaalde knock-out ({2}); op de score alleen kom je op {3}.",
        .provisional: "Voorlopig: maar {1} % van de score rust op antwoorden; de rubric vraagt {2} %.",
        .gainExplained: "(+punten: wat elke vraag toevoegt aan de totaalscore van 100 als je hem volledig haalt)",
        .profileDimension: "profielvragen, tellen niet mee",
        .notApplicable: "niet van toepassing",
        .level: "niveau {1}",
        .levelNamed: "niveau {1} {2}",
        .urgent: "Urgent (verandert het oordeel niet):",
        .failedGates: "Niet-gehaalde knock-outs:",
        .nextSteps: "Volgende stappen:",
        .moreSteps: "… en nog {1} in het rapport",
        .unansweredOne: "Onbeantwoord: {1} vraag",
        .unansweredMany: "Onbeantwoord: {1} vragen",
        .reports: "Rapporten: {1}",
        .wrote: "Geschreven: {1}",
        .languageFallbackOne: "let op: {1} tekst van rubric {2} heeft geen '{3}'-tekst; die staat er in '{4}'",
        .languageFallbackMany: "let op: {1} teksten van rubric {2} hebben geen '{3}'-tekst; ze staan er in '{4}'",
        .handbook: "Handboek: {1}",
        .progress: "{1}/{2} startups · {3}/s · nog {4}",
        .minutesSeconds: "{1} min {2} s",
        .seconds: "{1} s",
        .scoredOne: "{1} startup beoordeeld",
        .scoredMany: "{1} startups beoordeeld",
        .notScored: ", {1} niet te beoordelen",
        .overview: "; overzicht in {1}",
        .validRubric: "rubric {1} {2}, {3}, {4}",
        .dimensionsOne: "{1} onderdeel",
        .dimensionsMany: "{1} onderdelen",
        .scoredCriteriaOne: "{1} meetellend criterium",
        .scoredCriteriaMany: "{1} meetellende criteria",
        .validCatalogueOne: "catalogus van hulpbronnen, {1} hulpbron",
        .validCatalogueMany: "catalogus van hulpbronnen, {1} hulpbronnen",
        .validQuestionnaireOne: "vragenlijst voor {2}, {1} antwoord",
        .validQuestionnaireMany: "vragenlijst voor {2}, {1} antwoorden",
        .validCSV: "vragenlijst als CSV, {1}",
        .validCSVFor: "vragenlijst als CSV voor {1}, {2}",
        .startupsOne: "{1} startup",
        .startupsMany: "{1} startups",
        .failedValidationOne: "{2} van {1} bestand niet door de validatie",
        .failedValidationMany: "{2} van {1} bestanden niet door de validatie",
        .columnID: "ID",
        .columnVersion: "VERSIE",
        .columnCriteria: "CRITERIA",
        .columnTitle: "TITEL",
    ])
}
