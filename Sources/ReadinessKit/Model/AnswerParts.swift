/// One option of a choice or multi-choice criterion.
public struct ChoiceOption: Sendable, Equatable {
    /// The option's id, which answers use.
    public var id: String
    /// The option's label in every language it is written in.
    public var labelText: LocalizedText
    /// The option's score, 0 to 1.
    public var score: Double
    /// Advice specific to this option, shown before the criterion's, in every language given.
    public var adviceText: LocalizedText?
    /// Ids of resources specific to this option.
    public var resources: [String]

    /// Creates an option.
    public init(id: String, label: String, score: Double, advice: String? = nil, resources: [String] = []) {
        self.id = id
        labelText = LocalizedText(label)
        self.score = score
        adviceText = advice.map(LocalizedText.init)
        self.resources = resources
    }

    /// The option's label in the rubric's language, shown to people.
    public var label: String {
        get { labelText.text }
        set { labelText = LocalizedText(newValue) }
    }

    /// Advice specific to this option in the rubric's language, shown before the criterion's.
    public var advice: String? {
        get { adviceText?.text }
        set { adviceText = newValue.map(LocalizedText.init) }
    }
}

/// The range and labels of a scale criterion.
public struct Scale: Sendable, Equatable {
    /// The lowest value.
    public var min: Int
    /// The highest value, above `min`.
    public var max: Int
    /// Labels for some values, in every language they are written in.
    public var labelTexts: [Int: LocalizedText]

    /// Creates a scale.
    public init(min: Int, max: Int, labels: [Int: String] = [:]) {
        self.min = min
        self.max = max
        labelTexts = labels.mapValues(LocalizedText.init)
    }

    /// Labels for some values, in the rubric's language.
    public var labels: [Int: String] {
        get { labelTexts.mapValues(\.text) }
        set { labelTexts = newValue.mapValues(LocalizedText.init) }
    }
}

/// A band of a number criterion: values from `from` up score `score`.
public struct Band: Sendable, Equatable {
    /// The lowest value in the band.
    public var from: Double
    /// The score of values in the band, 0 to 1.
    public var score: Double
    /// A label for the band, if any, in every language it is written in.
    public var labelText: LocalizedText?

    /// Creates a band.
    public init(from: Double, score: Double, label: String? = nil) {
        self.from = from
        self.score = score
        labelText = label.map(LocalizedText.init)
    }

    /// A label for the band in the rubric's language, if any.
    public var label: String? {
        get { labelText?.text }
        set { labelText = newValue.map(LocalizedText.init) }
    }
}
