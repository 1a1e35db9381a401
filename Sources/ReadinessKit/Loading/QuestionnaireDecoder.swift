/// Decodes a questionnaire against its rubric, so each answer means what its criterion expects.
public enum QuestionnaireDecoder {
    /// The outcome: a questionnaire when there were no errors, and every diagnostic.
    public struct Output: Sendable {
        /// The questionnaire, or nil when any error was found.
        public var questionnaire: Questionnaire?
        /// Every problem found, ordered by location.
        public var diagnostics: [Diagnostic]
    }

    static let keys = ["startup", "rubric", "rubric_version", "assessor", "date", "language", "answers"]

    /// Decodes an already-read YAML tree against a rubric (files come in by `decode(bytes:rubric:)`).
    static func decode(_ root: YAMLNode, readDiagnostics: [Diagnostic] = [], rubric: Rubric) -> Output {
        var decoder = NodeDecoder(diagnostics: readDiagnostics)
        var questionnaire = Questionnaire(startup: "")
        if let pairs = decoder.mapping(root, "a questionnaire") {
            decoder.checkKeys(pairs, allowed: keys, in: "the questionnaire")
            decoder.require(["startup"], in: pairs, at: root.location, in: "the questionnaire")
            for pair in pairs {
                switch pair.key {
                case "startup":
                    // Nothing, '' and spaces are all an empty name, said as such.
                    if pair.value.isNull || pair.value.scalar?.trimmingSpaces().isEmpty == true {
                        decoder.error(Questionnaire.emptyStartupMessage, at: pair.value.location, code: .emptyStartup)
                    } else {
                        questionnaire.startup = decoder.text(pair.value, "'startup'")?.trimmingSpaces() ?? ""
                    }
                    if questionnaire.startup.count > Questionnaire.maxStartupLength {
                        decoder.error(
                            "'startup' is \(questionnaire.startup.count) characters long; a name has at most \(Questionnaire.maxStartupLength)",
                            at: pair.value.location)
                    }
                case "rubric": questionnaire.rubric = decoder.optionalText(pair.value, "'rubric'")
                case "rubric_version":
                    questionnaire.rubricVersion = decoder.optionalText(pair.value, "'rubric_version'")
                    if let version = questionnaire.rubricVersion, version != rubric.version {
                        decoder.warning(
                            "answers were written for version \(version) of '\(rubric.id)'; scoring with version \(rubric.version)",
                            at: pair.value.location)
                    }
                case "assessor": questionnaire.assessor = decoder.optionalText(pair.value, "'assessor'")
                case "language":
                    questionnaire.language = decoder.optionalText(pair.value, "'language'")
                    if let language = questionnaire.language, !isLanguageCode(language) {
                        decoder.error(
                            "'language' must be a language code such as en or nl, not '\(QuotedText.short(language))'",
                            at: pair.value.location, code: .invalidLanguage)
                    }
                case "date":
                    questionnaire.date = decoder.optionalText(pair.value, "'date'")
                    if let date = questionnaire.date, !DateText.isValid(date) {
                        decoder.error(
                            "'date' must be a date written YYYY-MM-DD, not '\(date)'", at: pair.value.location)
                    }
                case "answers":
                    if pair.value.isNull { break }
                    guard let answers = decoder.mapping(pair.value, "'answers'") else { break }
                    for answer in answers {
                        if let decoded = AnswerDecoder.decode(answer, rubric: rubric, with: &decoder) {
                            questionnaire.answers.append(decoded)
                        }
                    }
                default: break
                }
            }
        }
        let diagnostics = decoder.diagnostics.sortedByLocation()
        return Output(questionnaire: diagnostics.hasErrors ? nil : questionnaire, diagnostics: diagnostics)
    }
}

/// Checks dates written `YYYY-MM-DD`.
public enum DateText {
    /// Whether the text is a real calendar date written `YYYY-MM-DD`.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
