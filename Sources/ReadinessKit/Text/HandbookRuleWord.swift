/// The sentences of the handbook's rules (`explain`): kinds of answer, how each scores, gates,
/// conditions, levels, evidence, bands and verdict ranges, and the "How the score is computed" text.
public enum HandbookRuleWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "handbookRule"

    case kindYesNo, kindChoice, kindMulti, kindScale, kindNumber, kindNumberUnit, kindText
    case notScored, profileNotScored
    case yesScoresOne, yesScoresZero, multiScoring, scaleScoring, numberScoring, numberScoringLowest
    case gateNever, secondVerdict, gate, failYes, failNo, failMulti, failRange, noAnswer, failsWith, quoted
    case whenUnknown, whenIs, whenIncludes, level, levelNamed, evidence, evidenceWithHelp
    case toBelow, orMore, below, anyScore, listOr, listAnd
    case kindsIntro, ruleYesNoName, ruleYesNo, ruleChoiceName, ruleChoice, ruleMultiName, ruleMulti
    case ruleScaleName, ruleScale, ruleNumberName, ruleNumber, ruleTextName, ruleText
    case counting, formulas, verdicts, gatesOne, gatesMany, gatesRule, passFull, levels
    case evidenceOne, evidenceMany, evidenceRule, nextSteps
}

extension HandbookRuleWord {
    /// The English texts.
    static let english = table([
        .kindYesNo: "yes or no",
        .kindChoice: "one option",
        .kindMulti: "any of the options",
        .kindScale: "a whole number from {1} to {2}",
        .kindNumber: "a number",
        .kindNumberUnit: "a number ({1})",
        .kindText: "free text",
        .notScored: "not scored",
        .profileNotScored: "profile question: not scored",
        .yesScoresOne: "Yes scores 1, no scores 0.",
        .yesScoresZero: "Yes scores 0, no scores 1.",
        .multiScoring: "The scores of the chosen options add up, to at most 1.",
        .scaleScoring: "Scores (value − {1}) / {2}: {1} scores 0, {3} scores 1.",
        .numberScoring: "The band the number falls in gives the score.",
        .numberScoringLowest: "The band the number falls in gives the score. A number below {1} is not accepted.",
        .gateNever: "a gate of 0 never fails.",
        .secondVerdict: "the second verdict",
        .gate: "a score below {1} caps the verdict at {2}.",
        .failYes: "yes",
        .failNo: "no",
        .failMulti: "options whose scores add up to less than {1}",
        .failRange: "{1} to {2}",
        .noAnswer: "no answer",
        .failsWith: "Fails with {1}.",
        .quoted: "“{1}”",
        .whenUnknown: "asked only when {1} is {2}.",
        .whenIs: "asked only when the answer to {1} {2} is {3}.",
        .whenIncludes: "asked only when the answer to {1} {2} includes {3}.",
        .level: "level {1}",
        .levelNamed: "level {1} · {2}",
        .evidence: "expected. An answer given without evidence is marked unverified; its score stays the same.",
        .evidenceWithHelp: "expected. An answer given without evidence is marked unverified; its score stays the same. "
            + "The help above says what counts.",
        .toBelow: "{1} to below {2}",
        .orMore: "{1} or more",
        .below: "below {1}",
        .anyScore: "any score",
        .listOr: "{1} or {2}",
        .listAnd: "{1} and {2}",
        .kindsIntro: "Every answer scores from 0 (nothing) to 1 (full marks), by the kind of question:",
        .ruleYesNoName: "Yes or no",
        .ruleYesNo: "yes scores 1 and no scores 0 (a question can swap them).",
        .ruleChoiceName: "One option",
        .ruleChoice: "the chosen option's score, listed with each question.",
        .ruleMultiName: "Any of the options",
        .ruleMulti: "the scores of the chosen options added up, at most 1.",
        .ruleScaleName: "A whole number on a scale",
        .ruleScale: "(value − lowest) / (highest − lowest): the lowest value scores 0, the highest 1.",
        .ruleNumberName: "A number",
        .ruleNumber:
            "the score of the band it falls in, listed with each question; a number below the lowest band is not accepted.",
        .ruleTextName: "Free text",
        .ruleText: "never scored.",
        .counting: """
        An applicable question left unanswered scores 0. Profile questions (weight 0) and free-text \
        questions are asked and shown in reports, never scored. A question with a condition (“asked only \
        when …”) counts only when the condition holds, or when the question it depends on is unanswered: \
        leaving a profile question empty never hides a question.
        """,
        .formulas: """
        A dimension's score D is 100 × Σ(w × s) / Σw over its questions that count, w being a question's \
        weight and s its score. The overall score is Σ(W × D) / ΣW over the dimensions, W being a \
        dimension's weight. A dimension in which no question counts is shown as not applicable and drops \
        out, so the shares of the others grow. Reports show scores with one decimal, question scores on \
        the same 0–100 scale (0.6 as 60.0).
        """,
        .verdicts: "The verdict is the first in this list whose minimum the overall score reaches:",
        .gatesOne: "Question {1} is a knock-out: when it scores",
        .gatesMany: "Questions {1} are knock-outs: when one of them scores",
        .gatesRule: "{1} below its gate, the verdict is capped at {2} at best, "
            + "whatever the overall score. An unanswered knock-out question scores 0, so it fails too.",
        .passFull: "1, full marks",
        .levels: "Each dimension reaches the highest level L carried by one of its counted questions such that "
            + "every counted question of level L or lower scores at least the rubric's “pass” (here {1}). "
            + "A dimension with no such level is at level 0. The levels and their questions are listed at the end.",
        .evidenceOne: "One question expects",
        .evidenceMany: "{1} questions expect",
        .evidenceRule: "{1} evidence with the answer: a document, a data-room folder or a link. An answer "
            + "without it is marked unverified in reports; its score is not changed.",
        .nextSteps: """
        Reports list next steps: failed knock-outs first, then the questions that would add the most \
        points to the overall score if they reached full marks (a question's weight share in its \
        dimension, times its dimension's share, times what it still lacks).
        """,
    ])
}

extension HandbookRuleWord {
    /// The Dutch texts.
    static let dutch = table([
        .kindYesNo: "ja of nee",
        .kindChoice: "één optie",
        .kindMulti: "een of meer opties",
        .kindScale: "een heel getal van {1} tot en met {2}",
        .kindNumber: "een getal",
        .kindNumberUnit: "een getal ({1})",
        .kindText: "vrije tekst",
        .notScored: "telt niet mee",
        .profileNotScored: "profielvraag: telt niet mee",
        .yesScoresOne: "Ja scoort 1, nee scoort 0.",
        .yesScoresZero: "Ja scoort 0, nee scoort 1.",
        .multiScoring: "De scores van de gekozen opties worden opgeteld, tot hooguit 1.",
        .scaleScoring: "Scoort (waarde − {1}) / {2}: {1} scoort 0, {3} scoort 1.",
        .numberScoring: "De bandbreedte waarin het getal valt, bepaalt de score.",
        .numberScoringLowest:
            "De bandbreedte waarin het getal valt, bepaalt de score. Een getal onder {1} wordt niet geaccepteerd.",
        .gateNever: "een drempel van 0 wordt nooit gemist.",
        .secondVerdict: "het tweede oordeel",
        .gate: "bij een score onder {1} wordt het oordeel afgetopt op {2}.",
        .failYes: "ja",
        .failNo: "nee",
        .failMulti: "opties waarvan de scores samen onder {1} blijven",
        .failRange: "{1} tot en met {2}",
        .noAnswer: "geen antwoord",
        .failsWith: "Niet gehaald bij {1}.",
        .quoted: "‘{1}’",
        .whenUnknown: "alleen gevraagd als {1} {2} is.",
        .whenIs: "alleen gevraagd als vraag {1} {2} beantwoord is met {3}.",
        .whenIncludes: "alleen gevraagd als het antwoord op vraag {1} {2} {3} bevat.",
        .level: "niveau {1}",
        .levelNamed: "niveau {1} · {2}",
        .evidence:
            "verwacht. Een antwoord zonder onderbouwing wordt gemarkeerd als niet onderbouwd; de score blijft gelijk.",
        .evidenceWithHelp:
            "verwacht. Een antwoord zonder onderbouwing wordt gemarkeerd als niet onderbouwd; de score blijft gelijk. "
            + "De uitleg hierboven zegt wat telt.",
        .toBelow: "{1} tot {2}",
        .orMore: "{1} of meer",
        .below: "onder {1}",
        .anyScore: "elke score",
        .listOr: "{1} of {2}",
        .listAnd: "{1} en {2}",
        .kindsIntro: "Elk antwoord scoort van 0 (niets) tot 1 (volle score), afhankelijk van het soort vraag:",
        .ruleYesNoName: "Ja of nee",
        .ruleYesNo: "ja scoort 1 en nee scoort 0 (een vraag kan dat omdraaien).",
        .ruleChoiceName: "Eén optie",
        .ruleChoice: "de score van de gekozen optie, vermeld bij elke vraag.",
        .ruleMultiName: "Een of meer opties",
        .ruleMulti: "de scores van de gekozen opties bij elkaar opgeteld, hooguit 1.",
        .ruleScaleName: "Een heel getal op een schaal",
        .ruleScale: "(waarde − laagste) / (hoogste − laagste): de laagste waarde scoort 0, de hoogste 1.",
        .ruleNumberName: "Een getal",
        .ruleNumber:
            "de score van de bandbreedte waarin het getal valt, vermeld bij elke vraag; een getal onder de laagste bandbreedte wordt niet geaccepteerd.",
        .ruleTextName: "Vrije tekst",
        .ruleText: "telt nooit mee.",
        .counting: """
        Een vraag die van toepassing is maar niet beantwoord, scoort 0. Profielvragen (gewicht 0) en vragen \
        met vrije tekst worden gevraagd en in rapporten getoond, maar tellen nooit mee. Een vraag met een \
        voorwaarde (‘alleen gevraagd als …’) telt alleen mee als de voorwaarde geldt, of als de vraag waar \
        hij van afhangt niet beantwoord is: een lege profielvraag verbergt dus nooit een vraag.
        """,
        .formulas: """
        De score D van een onderdeel is 100 × Σ(w × s) / Σw over de vragen die meetellen, met w het gewicht \
        van een vraag en s haar score. De totaalscore is Σ(W × D) / ΣW over de onderdelen, met W het gewicht \
        van een onderdeel. Een onderdeel waarin geen vraag meetelt, staat als niet van toepassing en valt \
        weg; de aandelen van de andere worden dan groter. Rapporten tonen scores met één decimaal, en \
        vraagscores op dezelfde schaal van 0–100 (0,6 als 60,0).
        """,
        .verdicts: "Het oordeel is het eerste in deze lijst waarvan de totaalscore het minimum haalt:",
        .gatesOne: "Vraag {1} is een knock-out: scoort die",
        .gatesMany: "De vragen {1} zijn knock-outs: scoort een ervan",
        .gatesRule: "{1} onder de eigen drempel, dan is het oordeel hooguit {2}, "
            + "wat de totaalscore ook is. Een onbeantwoorde knock-outvraag scoort 0 en wordt dus ook niet gehaald.",
        .passFull: "1, de volle score",
        .levels: "Elk onderdeel haalt het hoogste niveau L van zijn meetellende vragen waarvoor geldt dat "
            + "elke meetellende vraag van niveau L of lager minstens de ‘pass’ van de rubric scoort (hier {1}). "
            + "Een onderdeel zonder zo’n niveau staat op niveau 0. De niveaus en hun vragen staan aan het eind.",
        .evidenceOne: "Eén vraag verwacht",
        .evidenceMany: "{1} vragen verwachten",
        .evidenceRule: "{1} een onderbouwing bij het antwoord: een document, een map in de dataroom of een link. Een "
            + "antwoord zonder onderbouwing staat in rapporten als niet onderbouwd; de score verandert niet.",
        .nextSteps: """
        Rapporten geven volgende stappen: eerst de niet-gehaalde knock-outs, dan de vragen die de meeste \
        punten aan de totaalscore zouden toevoegen als ze de volle score haalden (het aandeel van het gewicht \
        van een vraag in haar onderdeel, maal het aandeel van dat onderdeel, maal wat er nog ontbreekt).
        """,
    ])
}
