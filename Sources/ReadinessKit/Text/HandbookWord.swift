/// The words of the handbook pages (`explain`) around the rules: headings, table columns, the
/// facts lines of dimensions and questions, badges, resources and the page's title and banner.
public enum HandbookWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "handbook"

    case questionsOne, questionsMany, dimensionsOne, dimensionsMany, counts, subtitle
    case pageTitle, banner, footer, version, rubricID, contents
    case method, dimension, weightW, share, questions, questionsCell, noneScored, scored, neverScored
    case verdict, overallScore, knockOuts, readinessLevels, evidenceTitle, nextStepsTitle
    case weightFact, shareFact, neverScoredFact, dimQuestionsOne, dimQuestionsMany, none, weightShare
    case levels, level, name, resources, contact, contactSentence, noQuestion, helpsOne, helpsMany
    case weight, answer, answerUnit, id, score, value, label
    case knockOut, evidence, condition, adviceFor, resourcesFor, advice, belowFull, strength, atFull
    case resourcesHelp, adviceByAnswer, knockOutBadge, evidenceBadge, conditionalBadge
}

extension HandbookWord {
    /// The English texts.
    static let english = table([
        .questionsOne: "{1} question",
        .questionsMany: "{1} questions",
        .dimensionsOne: "{1} dimension",
        .dimensionsMany: "{1} dimensions",
        .counts: "{1} in {2}, {3} scored",
        .subtitle: "Rubric handbook · version {1} · id {2} · {3}",
        .pageTitle: "{1} · handbook",
        .banner: "Rubric handbook",
        .footer: "rubric handbook",
        .version: "Version {1}",
        .rubricID: "Rubric id",
        .contents: "Contents",
        .method: "How the score is computed",
        .dimension: "Dimension",
        .weightW: "Weight W",
        .share: "Share of the overall score",
        .questions: "Questions",
        .questionsCell: "{1}, {2}",
        .noneScored: "none scored",
        .scored: "{1} scored",
        .neverScored: "never scored",
        .verdict: "Verdict",
        .overallScore: "Overall score",
        .knockOuts: "Knock-outs.",
        .readinessLevels: "Readiness levels.",
        .evidenceTitle: "Evidence.",
        .nextStepsTitle: "Next steps.",
        .weightFact: "Weight {1}",
        .shareFact: "{1} of the overall score",
        .neverScoredFact: "Never scored",
        .dimQuestionsOne: "{1} question, {2} scored",
        .dimQuestionsMany: "{1} questions, {2} scored",
        .none: "none",
        .weightShare: "weight {1} · {2} of the overall score",
        .levels: "Levels",
        .level: "Level",
        .name: "Name",
        .resources: "Resources",
        .contact: "Contact: {1}",
        .contactSentence: "Contact: {1}.",
        .noQuestion: "No question of this rubric points here.",
        .helpsOne: "Helps with question {1}.",
        .helpsMany: "Helps with questions {1}.",
        .weight: "weight {1}",
        .answer: "Answer",
        .answerUnit: "Answer ({1})",
        .id: "Id",
        .score: "Score",
        .value: "Value",
        .label: "Label",
        .knockOut: "Knock-out",
        .evidence: "Evidence",
        .condition: "Condition",
        .adviceFor: "Advice for {1}",
        .resourcesFor: "Resources for {1}",
        .advice: "Advice",
        .belowFull: "below full marks",
        .strength: "Strength",
        .atFull: "at full marks",
        .resourcesHelp: "Resources that help:",
        .adviceByAnswer: "Advice by answer",
        .knockOutBadge: "knock-out",
        .evidenceBadge: "evidence expected",
        .conditionalBadge: "conditional",
    ])
}
