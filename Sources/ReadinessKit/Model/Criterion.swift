/// One question of a rubric and how its answer scores.
public struct Criterion: Sendable, Equatable {
    /// The full id, `dimension.criterion`, as answers refer to it.
    public var key: String
    /// The id within its dimension.
    public var id: String
    /// The question asked.
    public var question: String
    /// Markdown help: what counts, how to check.
    public var help: String?
    /// What kind of answer it takes and how that scores.
    public var answer: AnswerKind
    /// The unit of a number answer, if any.
    public var unit: String?
    /// The weight within its dimension, 0 or more; 0 makes it a profile question.
    public var weight: Double
    /// The readiness level (1–9) it belongs to, if any.
    public var level: Int?
    /// The knock-out threshold: a score below it caps the verdict.
    public var gate: Double?
    /// Whether an answer should come with evidence.
    public var evidenceExpected: Bool
    /// When the criterion applies; nil means always.
    public var when: Condition?
    /// Markdown advice shown when the score is below 1.
    public var advice: String?
    /// Markdown shown when the score is 1.
    public var strength: String?
    /// Ids of resources that help.
    public var resources: [String]
    /// Where the criterion starts in its rubric.
    public var location: SourceLocation = .start

    /// Creates a criterion.
    public init(key: String, id: String, question: String, help: String? = nil, answer: AnswerKind,
                unit: String? = nil, weight: Double = 1, level: Int? = nil, gate: Double? = nil,
                evidenceExpected: Bool = false, when: Condition? = nil, advice: String? = nil,
                strength: String? = nil, resources: [String] = []) {
        self.key = key
        self.id = id
        self.question = question
        self.help = help
        self.answer = answer
        self.unit = unit
        self.weight = weight
        self.level = level
        self.gate = gate
        self.evidenceExpected = evidenceExpected
        self.when = when
        self.advice = advice
        self.strength = strength
        self.resources = resources
    }

    /// Whether the criterion can score at all: not text and weight above 0.
    public var isScored: Bool {
        if case .text = answer { return false }
        return weight > 0
    }

    /// The options of a choice or multi-choice criterion; empty otherwise.
    public var options: [ChoiceOption] {
        switch answer {
        case .choice(let options), .multiChoice(let options): return options
        default: return []
        }
    }
}

/// A `when` rule: the criterion applies when another criterion's answer is one of some values.
public struct Condition: Sendable, Equatable {
    /// The full id of the criterion whose answer decides.
    public var criterion: String
    /// The values that make it apply, normalised to that criterion's answer kind.
    public var values: [String]

    /// Creates a condition.
    public init(criterion: String, values: [String]) {
        self.criterion = criterion
        self.values = values
    }
}
