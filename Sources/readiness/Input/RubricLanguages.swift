import Foundation
import ReadinessKit

/// Rubrics seen in the language each report is written in, made once per rubric and language
/// and shared by every worker; says once per rubric and language how many texts fell back.
final class RubricLanguages: @unchecked Sendable {
    /// `--lang`, if given.
    let preferred: String?
    private let lock = NSLock()
    private var views: [String: Rubric] = [:]

    /// A cache for one run.
    init(preferred: String?) {
        self.preferred = preferred
    }

    /// The rubric to score `questionnaire` with: its texts in the report's language.
    func rubric(_ rubric: Rubric, for questionnaire: Questionnaire?) -> Rubric {
        let (language, _) = LanguageChoice.choose(
            preferred: preferred, questionnaire: questionnaire?.language,
            rubric: rubric.language)
        return view(rubric, in: language)
    }

    /// The rubric in the language of an overview: `--lang`, else the rubric's.
    func overview(_ rubric: Rubric) -> (rubric: Rubric, strings: Strings) {
        let (language, strings) = LanguageChoice.choose(
            preferred: preferred, questionnaire: nil, rubric: rubric.language)
        return (view(rubric, in: language), strings)
    }

    private func view(_ rubric: Rubric, in language: String) -> Rubric {
        guard language != rubric.language else { return rubric }
        let key = "\(rubric.id)\u{0}\(rubric.version)\u{0}\(rubric.titleText.text)\u{0}\(language)"
        lock.lock()
        defer { lock.unlock() }
        if let cached = views[key] { return cached }
        let view = rubric.viewed(in: language)
        views[key] = view.rubric
        if view.fallbacks > 0 {
            let strings = Strings.table(for: language) ?? .english
            Terminal.writeError(
                strings.plural(
                    view.fallbacks, one: TerminalWord.languageFallbackOne, many: .languageFallbackMany,
                    rubric.id, language, rubric.language) + "\n")
        }
        return view.rubric
    }
}

extension Strings {
    /// The strings table of a rubric's (or a rubric view's) language, else `fallback`.
    static func of(_ rubric: Rubric, else fallback: Strings) -> Strings {
        Strings.table(for: rubric.language) ?? fallback
    }
}
