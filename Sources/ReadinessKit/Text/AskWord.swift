/// The words of `readiness ask` (greeting, question block, hints, help, messages, the end) and
/// the comments of the questionnaires that `init` and `ask` write.
public enum AskWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "ask"

    case allAnswered, firstQuestion, namePrompt, nameNeeded, askName, nothingSaved, noName
    case evidenceField, noteField, keepsOrClears, enterForNone, detailPrompt
    case resuming, resumedOne, resumedMany, newTitle, newIntroOne, newIntroMany
    case stoppedOne, stoppedMany, scoreSoFar, goOn
    case questionHeading, hintYesNo, hintChoice, hintMultiChoice, hintScale, hintText, commands
    case now, enterKeeps, noHelp, answerHelp, unit, helpCommands, invalid
    case notValid, noSuchOption, notAnOption, didYouMean
    case savedHeader, initSummary, questionsOne, questionsMany, dimensionsOne, dimensionsMany
    case initHowTo, initCommands, initSchema, startupRequired, dateFormat, formAnswer
}

extension AskWord {
    /// The English texts.
    static let english = table([
        .allAnswered: "Every question is answered. Run with --review to go through them again.",
        .firstQuestion: "This is the first question.",
        .namePrompt: "Startup name: ",
        .nameNeeded: "The name is needed: reports and file names use it.",
        .askName: "{1}: what is your startup called?",
        .nothingSaved: "Nothing saved.",
        .noName: "{1} has no startup name yet.",
        .evidenceField: "Evidence (a link or reference)",
        .noteField: "Note",
        .keepsOrClears: "Enter keeps '{1}', - clears",
        .enterForNone: "Enter for none",
        .detailPrompt: "{1}, {2}: ",
        .resuming: "Resuming {1}",
        .resumedOne: ": {2} of {1} question answered.",
        .resumedMany: ": {2} of {1} questions answered.",
        .newTitle: "{1} for {2}",
        .newIntroOne:
            ": {1} question. Each answer is saved to {2} at once; q stops, and the same command goes on later.",
        .newIntroMany:
            ": {1} questions. Each answer is saved to {2} at once; q stops, and the same command goes on later.",
        .stoppedOne: "Stopped with {2} of {1} question answered, saved in {3}.",
        .stoppedMany: "Stopped with {2} of {1} questions answered, saved in {3}.",
        .scoreSoFar: "Score so far {1} / 100 · {2}. ",
        .goOn: "Go on with: readiness ask {1}",
        .questionHeading: "{1}  ·  question {2} of {3}",
        .hintYesNo: "y or n",
        .hintChoice: "a number from 1 to {1}, or an option id",
        .hintMultiChoice: "numbers or ids separated by commas or spaces; - for none",
        .hintScale: "a whole number from {1} to {2}",
        .hintText: "free text",
        .commands: "? help · s skip · b back · q stop",
        .now: "now: {1}",
        .enterKeeps: "(Enter keeps it)",
        .noHelp: "This question has no help text.",
        .answerHelp: "Answer: {1}.",
        .unit: "Unit: {1}.",
        .helpCommands: "Enter or s skips, b goes back, q stops; every answer is saved at once.",
        .invalid: "✗ {1}",
        .notValid: "not a valid answer",
        .noSuchOption: "there is no option {1}; pick a number from 1 to {2}",
        .notAnOption: "'{1}' is not an option{2}; pick a number from 1 to {3} or an option id",
        .didYouMean: " (did you mean '{1}'?)",
        .savedHeader: "Saved by 'readiness ask' after every answer. Go on with: readiness ask {1}",
        .initSummary: "Questionnaire for {1} {2}: {3} in {4}.",
        .questionsOne: "{1} question",
        .questionsMany: "{1} questions",
        .dimensionsOne: "{1} dimension",
        .dimensionsMany: "{1} dimensions",
        .initHowTo:
            "Write each answer after its colon; leave it empty when you do not know yet. Put text in double quotes.",
        .initCommands:
            "Check it: readiness validate FILE  ·  score it: readiness assess FILE  ·  or answer in the terminal: readiness ask FILE",
        .initSchema: "Editor completion: readiness schema --rubric {1} --out .",
        .startupRequired: "Required: the startup's name, in double quotes.",
        .dateFormat: "YYYY-MM-DD",
        .formAnswer: "Answer: {1}",
    ])
}

extension AskWord {
    /// The Dutch texts.
    static let dutch = table([
        .allAnswered: "Alle vragen zijn beantwoord. Start met --review om ze nog eens door te lopen.",
        .firstQuestion: "Dit is de eerste vraag.",
        .namePrompt: "Naam van de startup: ",
        .nameNeeded: "De naam is nodig: rapporten en bestandsnamen gebruiken hem.",
        .askName: "{1}: hoe heet je startup?",
        .nothingSaved: "Niets opgeslagen.",
        .noName: "{1} heeft nog geen naam voor de startup.",
        .evidenceField: "Onderbouwing (een link of verwijzing)",
        .noteField: "Notitie",
        .keepsOrClears: "Enter houdt '{1}', - wist het",
        .enterForNone: "Enter voor niets",
        .detailPrompt: "{1}, {2}: ",
        .resuming: "Verder met {1}",
        .resumedOne: ": {2} van {1} vraag beantwoord.",
        .resumedMany: ": {2} van {1} vragen beantwoord.",
        .newTitle: "{1} voor {2}",
        .newIntroOne:
            ": {1} vraag. Elk antwoord wordt meteen opgeslagen in {2}; met q stop je, en met hetzelfde commando ga je later verder.",
        .newIntroMany:
            ": {1} vragen. Elk antwoord wordt meteen opgeslagen in {2}; met q stop je, en met hetzelfde commando ga je later verder.",
        .stoppedOne: "Gestopt met {2} van {1} vraag beantwoord, opgeslagen in {3}.",
        .stoppedMany: "Gestopt met {2} van {1} vragen beantwoord, opgeslagen in {3}.",
        .scoreSoFar: "Score tot nu toe {1} / 100 · {2}. ",
        .goOn: "Verder met: readiness ask {1}",
        .questionHeading: "{1}  ·  vraag {2} van {3}",
        .hintYesNo: "j of n",
        .hintChoice: "een getal van 1 tot en met {1}, of een optie-id",
        .hintMultiChoice: "getallen of id's, gescheiden door komma's of spaties; - voor geen",
        .hintScale: "een heel getal van {1} tot en met {2}",
        .hintText: "vrije tekst",
        .commands: "? hulp · s overslaan · b terug · q stoppen",
        .now: "nu: {1}",
        .enterKeeps: "(Enter houdt het)",
        .noHelp: "Bij deze vraag staat geen uitleg.",
        .answerHelp: "Antwoord: {1}.",
        .unit: "Eenheid: {1}.",
        .helpCommands: "Enter of s slaat over, b gaat terug, q stopt; elk antwoord wordt meteen opgeslagen.",
        .invalid: "✗ {1}",
        .notValid: "geen geldig antwoord",
        .noSuchOption: "optie {1} bestaat niet; kies een getal van 1 tot en met {2}",
        .notAnOption: "'{1}' is geen optie{2}; kies een getal van 1 tot en met {3} of een optie-id",
        .didYouMean: " (bedoel je '{1}'?)",
        .savedHeader: "Na elk antwoord opgeslagen door 'readiness ask'. Verder met: readiness ask {1}",
        .initSummary: "Vragenlijst voor {1} {2}: {3} in {4}.",
        .questionsOne: "{1} vraag",
        .questionsMany: "{1} vragen",
        .dimensionsOne: "{1} onderdeel",
        .dimensionsMany: "{1} onderdelen",
        .initHowTo:
            "Schrijf elk antwoord achter de dubbele punt; laat het leeg als je het nog niet weet. Zet tekst tussen dubbele aanhalingstekens.",
        .initCommands:
            "Controleren: readiness validate BESTAND  ·  scoren: readiness assess BESTAND  ·  of beantwoorden in de terminal: readiness ask BESTAND",
        .initSchema: "Aanvullen in je editor: readiness schema --rubric {1} --out .",
        .startupRequired: "Verplicht: de naam van de startup, tussen dubbele aanhalingstekens.",
        .dateFormat: "JJJJ-MM-DD",
        .formAnswer: "Antwoord: {1}",
    ])
}
