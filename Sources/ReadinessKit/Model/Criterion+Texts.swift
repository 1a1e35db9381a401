/// Every human text of a criterion, each in every language the rubric gives.
public struct CriterionTexts: Sendable, Equatable {
    /// The question asked.
    public var question: LocalizedText
    /// Markdown help: what counts, how to check.
    public var help: LocalizedText?
    /// The unit of a number answer.
    public var unit: LocalizedText?
    /// Markdown advice shown when the score is below 1.
    public var advice: LocalizedText?
    /// Markdown shown when the score is 1.
    public var strength: LocalizedText?

    /// Creates the texts.
    public init(
        question: LocalizedText, help: LocalizedText? = nil, unit: LocalizedText? = nil,
        advice: LocalizedText? = nil, strength: LocalizedText? = nil
    ) {
        self.question = question
        self.help = help
        self.unit = unit
        self.advice = advice
        self.strength = strength
    }
}

extension Criterion {
    /// The question asked, in the rubric's language.
    public var question: String {
        get { texts.question.text }
        set { texts.question = LocalizedText(newValue) }
    }
    /// Markdown help in the rubric's language: what counts, how to check.
    public var help: String? {
        get { texts.help?.text }
        set { texts.help = newValue.map(LocalizedText.init) }
    }
    /// The unit of a number answer in the rubric's language, if any.
    public var unit: String? {
        get { texts.unit?.text }
        set { texts.unit = newValue.map(LocalizedText.init) }
    }
    /// Markdown advice in the rubric's language, shown when the score is below 1.
    public var advice: String? {
        get { texts.advice?.text }
        set { texts.advice = newValue.map(LocalizedText.init) }
    }
    /// Markdown in the rubric's language, shown when the score is 1.
    public var strength: String? {
        get { texts.strength?.text }
        set { texts.strength = newValue.map(LocalizedText.init) }
    }
}
