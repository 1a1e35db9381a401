/// A rubric seen in one language: every human text taken from that language where the rubric
/// gives it, else kept in the rubric's own language (a fallback, text by text).
public struct LanguageView: Sendable {
    /// The rubric with every `text` in the chosen language where it is written in it.
    public var rubric: Rubric
    /// How many texts were not written in the chosen language and kept the rubric's own.
    public var fallbacks: Int
}

extension Rubric {
    /// The rubric with its texts in `language` where it gives them; the others fall back to the
    /// rubric's language, and `fallbacks` counts them. Scoring is unchanged: only texts move, and
    /// the view's `language` becomes `language`, the language its reports are written in.
    public func viewed(in language: String) -> LanguageView {
        guard language != self.language else { return LanguageView(rubric: self, fallbacks: 0) }
        var picker = TextPicker(language: language)
        var rubric = self
        rubric.titleText = picker.pick(titleText)
        rubric.summaryText = summaryText.map { picker.pick($0) }
        rubric.verdicts = verdicts.map { verdict in
            var verdict = verdict
            verdict.labelText = picker.pick(verdict.labelText)
            return verdict
        }
        rubric.levels = levels.mapValues { picker.pick($0) }
        rubric.dimensions = dimensions.map { picker.dimension($0) }
        rubric.resources = resources.map { picker.resource($0) }
        // The view's language is the one its texts (and so its reports) are written in.
        rubric.edition.language = language
        return LanguageView(rubric: rubric, fallbacks: picker.fallbacks)
    }
}

/// Picks each text's language and counts the ones that fall back.
private struct TextPicker {
    let language: String
    var fallbacks = 0

    mutating func pick(_ text: LocalizedText) -> LocalizedText {
        if let chosen = text.translations[language] {
            return LocalizedText(text: chosen, translations: text.translations)
        }
        fallbacks += 1
        return text
    }

    mutating func dimension(_ dimension: Dimension) -> Dimension {
        var dimension = dimension
        dimension.titleText = pick(dimension.titleText)
        dimension.summaryText = dimension.summaryText.map { pick($0) }
        dimension.levels = dimension.levels.mapValues { pick($0) }
        dimension.criteria = dimension.criteria.map { criterion($0) }
        return dimension
    }

    mutating func criterion(_ criterion: Criterion) -> Criterion {
        var criterion = criterion
        var texts = criterion.texts
        texts.question = pick(texts.question)
        texts.help = texts.help.map { pick($0) }
        texts.unit = texts.unit.map { pick($0) }
        texts.advice = texts.advice.map { pick($0) }
        texts.strength = texts.strength.map { pick($0) }
        criterion.texts = texts
        switch criterion.answer {
        case .choice(let options): criterion.answer = .choice(options.map { option($0) })
        case .multiChoice(let options): criterion.answer = .multiChoice(options.map { option($0) })
        case .scale(var scale):
            scale.labelTexts = scale.labelTexts.mapValues { pick($0) }
            criterion.answer = .scale(scale)
        case .number(let bands):
            criterion.answer = .number(
                bands.map { band in
                    var band = band
                    band.labelText = band.labelText.map { pick($0) }
                    return band
                })
        case .yesNo, .text: break
        }
        return criterion
    }

    mutating func option(_ option: ChoiceOption) -> ChoiceOption {
        var option = option
        option.labelText = pick(option.labelText)
        option.adviceText = option.adviceText.map { pick($0) }
        return option
    }

    mutating func resource(_ resource: Resource) -> Resource {
        var resource = resource
        resource.titleText = pick(resource.titleText)
        resource.summaryText = resource.summaryText.map { pick($0) }
        resource.contactText = resource.contactText.map { pick($0) }
        resource.bookingText = resource.bookingText.map { pick($0) }
        resource.costText = resource.costText.map { pick($0) }
        resource.eligibilityText = resource.eligibilityText.map { pick($0) }
        resource.leadTimeText = resource.leadTimeText.map { pick($0) }
        return resource
    }
}

/// Which language a report is written in: `--lang`, else the questionnaire's `language:`, else
/// the rubric's; the first of these the tool has a strings table for. Never the machine's locale.
public enum LanguageChoice {
    /// The language to write in, and its strings table (English when the tool speaks none of them).
    public static func choose(preferred: String?, questionnaire: String?, rubric: String) -> (
        language: String, strings: Strings
    ) {
        for candidate in [preferred, questionnaire, rubric].compactMap({ $0 }) {
            if let strings = Strings.table(for: candidate) { return (candidate, strings) }
        }
        return (rubric, .english)
    }
}
