/// The words that describe answers: an answer as people read it (`AnswerLabel`) and what a
/// criterion takes, its bands and remarks (`AnswerHelp`), for reports, prompts and blank forms.
public enum AnswerWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "answer"

    case yes, no, noOptions, scaleLabelled, scaleOf, numberUnit, withLabel
    case expectedYesNo, expectedChoice, expectedMultiChoice, expectedScale, expectedText
    case expectedNumber, expectedNumberUnit, expectedNumberAtLeast, expectedNumberUnitAtLeast
    case bandScores, bandScoresLabelled, bandFrom, bandFromUnit
    case remarkNotScored, remarkProfile, remarkWhenOne, remarkWhenMany, remarkGate, remarkEvidence
    case remarkEvidenceRequired
}

extension AnswerWord {
    /// The English texts.
    static let english = table([
        .yes: "Yes",
        .no: "No",
        .noOptions: "None",
        .scaleLabelled: "{1} — {2}",
        .scaleOf: "{1} (of {2}–{3})",
        .numberUnit: "{1} {2}",
        .withLabel: "{1} ({2})",
        .expectedYesNo: "yes or no",
        .expectedChoice: "one of the options below (its id)",
        .expectedMultiChoice: "any of the options below, as a list of ids such as [a, b]",
        .expectedScale: "a whole number from {1} to {2}",
        .expectedText: "free text",
        .expectedNumber: "a number",
        .expectedNumberUnit: "a number ({1})",
        .expectedNumberAtLeast: "a number, at least {1}",
        .expectedNumberUnitAtLeast: "a number ({1}), at least {2}",
        .bandScores: "scores {1}",
        .bandScoresLabelled: "scores {1} ({2})",
        .bandFrom: "from {1}",
        .bandFromUnit: "from {1} {2}",
        .remarkNotScored: "Not scored.",
        .remarkProfile: "Profile question: asked and shown, not scored.",
        .remarkWhenOne: "Applies only when {1} is {2}.",
        .remarkWhenMany: "Applies only when {1} is one of {2}.",
        .remarkGate: "Knock-out: a low score here caps the verdict.",
        .remarkEvidence: "Evidence expected: answer in the long form with value, evidence and note.",
        .remarkEvidenceRequired:
            "Evidence required: an answer without evidence counts for less; answer in the long form with value, evidence and note.",
    ])
}

extension AnswerWord {
    /// The Dutch texts. The form's answers keep the file's own spellings (`yes`, `no`, the
    /// YAML keys `value`, `evidence`, `note`): they are what a founder writes, not words.
    static let dutch = table([
        .yes: "Ja",
        .no: "Nee",
        .noOptions: "Geen",
        .scaleLabelled: "{1} — {2}",
        .scaleOf: "{1} (schaal {2}–{3})",
        .numberUnit: "{1} {2}",
        .withLabel: "{1} ({2})",
        .expectedYesNo: "yes of no",
        .expectedChoice: "een van de opties hieronder (de id)",
        .expectedMultiChoice: "een of meer van de opties hieronder, als lijst van id's, zoals [a, b]",
        .expectedScale: "een heel getal van {1} tot en met {2}",
        .expectedText: "vrije tekst",
        .expectedNumber: "een getal",
        .expectedNumberUnit: "een getal ({1})",
        .expectedNumberAtLeast: "een getal, minstens {1}",
        .expectedNumberUnitAtLeast: "een getal ({1}), minstens {2}",
        .bandScores: "scoort {1}",
        .bandScoresLabelled: "scoort {1} ({2})",
        .bandFrom: "vanaf {1}",
        .bandFromUnit: "vanaf {1} {2}",
        .remarkNotScored: "Telt niet mee voor de score.",
        .remarkProfile: "Profielvraag: wordt gevraagd en getoond, maar telt niet mee.",
        .remarkWhenOne: "Geldt alleen als {1} {2} is.",
        .remarkWhenMany: "Geldt alleen als {1} een van {2} is.",
        .remarkGate: "Knock-out: bij een lage score hier wordt het oordeel afgetopt.",
        .remarkEvidence: "Onderbouwing verwacht: antwoord in de lange vorm, met value, evidence en note.",
        .remarkEvidenceRequired:
            "Onderbouwing verplicht: een antwoord zonder onderbouwing telt minder mee; antwoord in de lange vorm, met value, evidence en note.",
    ])
}
