/// The six kinds of answer a criterion takes, each with what it needs to score.
public enum AnswerKind: Sendable, Equatable {
    /// Yes or no; yes scores 1 and no 0, swapped when `invert` is true.
    case yesNo(invert: Bool)
    /// One option; it scores the option's score.
    case choice([ChoiceOption])
    /// Several options; the sum of their scores, capped at 1.
    case multiChoice([ChoiceOption])
    /// A whole number in `min...max`; scores (value − min) / (max − min).
    case scale(Scale)
    /// A number; the band with the highest `from` not above it gives the score.
    case number([Band])
    /// Free text; never scored.
    case text

    /// The kind's name as written in a rubric: `yes-no`, `choice`, and so on.
    public var name: String {
        switch self {
        case .yesNo: return "yes-no"
        case .choice: return "choice"
        case .multiChoice: return "multi-choice"
        case .scale: return "scale"
        case .number: return "number"
        case .text: return "text"
        }
    }

    /// Every kind's name, for messages.
    public static let names = ["yes-no", "choice", "multi-choice", "scale", "number", "text"]
}

/// One option of a choice or multi-choice criterion.
public struct ChoiceOption: Sendable, Equatable {
    /// The option's id, which answers use.
    public var id: String
    /// The option's label, shown to people.
    public var label: String
    /// The option's score, 0 to 1.
    public var score: Double
    /// Advice specific to this option, shown before the criterion's.
    public var advice: String?
    /// Ids of resources specific to this option.
    public var resources: [String]

    /// Creates an option.
    public init(id: String, label: String, score: Double, advice: String? = nil, resources: [String] = []) {
        self.id = id
        self.label = label
        self.score = score
        self.advice = advice
        self.resources = resources
    }
}

/// The range and labels of a scale criterion.
public struct Scale: Sendable, Equatable {
    /// The lowest value.
    public var min: Int
    /// The highest value, above `min`.
    public var max: Int
    /// Labels for some values.
    public var labels: [Int: String]

    /// Creates a scale.
    public init(min: Int, max: Int, labels: [Int: String] = [:]) {
        self.min = min
        self.max = max
        self.labels = labels
    }
}

/// A band of a number criterion: values from `from` up score `score`.
public struct Band: Sendable, Equatable {
    /// The lowest value in the band.
    public var from: Double
    /// The score of values in the band, 0 to 1.
    public var score: Double
    /// A label for the band, if any.
    public var label: String?

    /// Creates a band.
    public init(from: Double, score: Double, label: String? = nil) {
        self.from = from
        self.score = score
        self.label = label
    }
}
