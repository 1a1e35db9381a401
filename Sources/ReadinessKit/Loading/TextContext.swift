/// What the rubric file being read allows and which languages its texts are read in.
struct TextContext {
    /// The file's own rubric format (`format:`, default 1): format-2 keys need 2.
    var format = 1
    /// The language the file's plain strings are in: its `language`, else its base's.
    var fileLanguage = "en"
    /// The language of the rubric being built (the extending file's), whose texts writers show.
    var rubricLanguage = "en"
    /// The languages the rubric being built offers; lint names texts missing in one of them.
    var languages = ["en"]
}

extension NodeDecoder {
    /// A human text: a string in the file's language, or (format 2) a mapping from language
    /// code to string. A mapping without the rubric's language or the file's warns and uses its
    /// first text; lint notes
    /// every offered language it lacks.
    mutating func localized(_ node: YAMLNode, _ what: @autoclosure () -> String) -> LocalizedText? {
        guard let pairs = node.mapping else {
            guard let plain = text(node, what()) else { return nil }
            if context.languages.count > 1 { noteMissing(in: [context.fileLanguage], at: node.location, what()) }
            return LocalizedText(plain)
        }
        needsFormat2("a text in several languages", at: node.location)
        var translations: [String: String] = [:]
        var first: String?
        for pair in pairs {
            guard isLanguageCode(pair.key) else {
                error(
                    "'\(pair.key)' is not a language code (such as en, nl or pt-BR)", at: pair.keyLocation,
                    code: .invalidLanguage)
                continue
            }
            guard let text = text(pair.value, "the '\(pair.key)' text of \(what())") else { continue }
            translations[pair.key] = text
            if first == nil { first = text }
            if !context.languages.contains(pair.key) {
                lint.append(
                    .warning(
                        "\(what()) has a '\(pair.key)' text, but the rubric's 'languages' do not offer \(pair.key)",
                        at: pair.keyLocation, code: .textUnofferedLanguage))
            }
        }
        guard first != nil else {
            if pairs.isEmpty {
                error("\(what()) must be text, not an empty mapping", at: node.location, code: .wrongType)
            }
            return nil
        }
        guard let chosen = translations[context.rubricLanguage] ?? translations[context.fileLanguage] else {
            // Nothing to fall back on: the first text given stands in, with a warning.
            warning(
                "\(what()) has no '\(context.rubricLanguage)' text (the rubric's language); its first text stands in",
                at: node.location, code: .textMissingLanguage)
            return LocalizedText(text: first ?? "", translations: translations)
        }
        noteMissing(in: Array(translations.keys), at: node.location, what())
        return LocalizedText(text: chosen, translations: translations)
    }

    /// An optional human text: nil when absent or null.
    mutating func optionalLocalized(_ node: YAMLNode?, _ what: @autoclosure () -> String) -> LocalizedText? {
        guard let node, !node.isNull else { return nil }
        return localized(node, what())
    }

    /// An error when the file is not format 2: `what` needs `format: 2`.
    mutating func needsFormat2(_ what: String, at location: SourceLocation) {
        guard context.format < 2 else { return }
        error("\(what) needs 'format: 2' (add it at the top of the rubric)", at: location, code: .needsFormat2)
    }

    /// Lint warnings for the offered languages a text, written in `given`, lacks.
    private mutating func noteMissing(in given: [String], at location: SourceLocation, _ what: String) {
        for language in context.languages where !given.contains(language) {
            lint.append(
                .warning(
                    "\(what) has no '\(language)' text (the rubric offers \(context.languages.joined(separator: ", ")))",
                    at: location, code: .textMissingTranslation))
        }
    }
}

/// Whether a text is a language code: two or three lower-case letters, then optional
/// `-` subtags of letters and digits (`en`, `nl`, `pt-BR`).
func isLanguageCode(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let head = parts.first, (2...3).contains(head.count), head.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
    else {
        return false
    }
    return parts.dropFirst().allSatisfy { part in
        (2...8).contains(part.count)
            && part.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
    }
}
