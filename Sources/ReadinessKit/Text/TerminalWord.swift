/// The words of the terminal: the summary of an assessment, where reports went, batch progress
/// and its closing line, `validate`'s verdict on each file, and the `rubrics` table.
public enum TerminalWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "terminal"

    case summaryRubric, scoreLine, capped, profileDimension, notApplicable, level, levelNamed
    case provisional, gainExplained
    case urgent, failedGates, nextSteps, moreSteps, unansweredOne, unansweredMany
    case reports, wrote, handbook
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
