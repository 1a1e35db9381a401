import ArgumentParser
import ReadinessKit

/// `--lang en|nl`: the language of every word written for people; without it, each
/// questionnaire's `language:`, else its rubric's.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help:
            "The language of reports and summaries: en or nl (default: the questionnaire's 'language:', else the rubric's)."
    )
    var language: String?

    func validate() throws {
        if let language, Strings.table(for: language) == nil {
            throw ValidationError(
                Problem.unknownLanguage(language, offered: Strings.tables.map(\.language)).description)
        }
    }
}
