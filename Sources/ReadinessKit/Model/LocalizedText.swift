/// A human text of a rubric or catalogue: the text in the rubric's language, plus every
/// translation the file gives.
///
/// A rubric writes a text as a string (in its `language`) or as a mapping from language code to
/// string. Every writer today shows `text`, the rubric language's; `translations` keeps the rest
/// for the writers that will choose a language.
public struct LocalizedText: Sendable, Hashable {
    /// The text in the rubric's own language: what reports, handbooks and the terminal show.
    public var text: String
    /// The text in each language a mapping gives, by language code; empty for a plain string
    /// (written in its file's language) and for a text made in code.
    public var translations: [String: String]

    /// A text in one language only, made in code.
    public init(_ text: String) {
        self.text = text
        translations = [:]
    }

    /// A text with its translations; `text` is the rubric language's.
    public init(text: String, translations: [String: String]) {
        self.text = text
        self.translations = translations
    }

    /// The text in `language`, or the rubric language's when it is not written in that one.
    public func text(in language: String) -> String { translations[language] ?? text }

    /// The languages a mapping gives the text in, sorted; empty for a plain string.
    public var languages: [String] { translations.keys.sorted() }
}

extension LocalizedText: CustomStringConvertible {
    /// The text in the rubric's language.
    public var description: String { text }
}

extension LocalizedText {
    /// The same text with `text` taken from `language` when it is written in that one.
    func resolved(in language: String) -> LocalizedText {
        guard let chosen = translations[language], chosen != text else { return self }
        return LocalizedText(text: chosen, translations: translations)
    }
}
