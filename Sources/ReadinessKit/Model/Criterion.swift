/// One question of a rubric and how its answer scores.
///
/// A value type whose fields live in one shared, immutable box: rubrics hand criteria
/// around constantly while scoring, and a copy then costs one reference count instead of one
/// per text field.
public struct Criterion: Sendable, Equatable {
    private struct Fields: Equatable {
        var key: String
        var id: String
        var question: String
        var help: String?
        var answer: AnswerKind
        var unit: String?
        var weight: Double
        var level: Int?
        var gate: Double?
        var evidenceExpected: Bool
        var when: Condition?
        var advice: String?
        var strength: String?
        var resources: [String]
        var location: SourceLocation
    }

    private var box: SharedFields<Fields>

    /// The full id, `dimension.criterion`, as answers refer to it.
    public var key: String {
        get { box.fields.key }
        set { box = box.changing { $0.key = newValue } }
    }
    /// The id within its dimension.
    public var id: String {
        get { box.fields.id }
        set { box = box.changing { $0.id = newValue } }
    }
    /// The question asked.
    public var question: String {
        get { box.fields.question }
        set { box = box.changing { $0.question = newValue } }
    }
    /// Markdown help: what counts, how to check.
    public var help: String? {
        get { box.fields.help }
        set { box = box.changing { $0.help = newValue } }
    }
    /// What kind of answer it takes and how that scores.
    public var answer: AnswerKind {
        get { box.fields.answer }
        set { box = box.changing { $0.answer = newValue } }
    }
    /// The unit of a number answer, if any.
    public var unit: String? {
        get { box.fields.unit }
        set { box = box.changing { $0.unit = newValue } }
    }
    /// The weight within its dimension, 0 or more; 0 makes it a profile question.
    public var weight: Double {
        get { box.fields.weight }
        set { box = box.changing { $0.weight = newValue } }
    }
    /// The readiness level (1–9) it belongs to, if any.
    public var level: Int? {
        get { box.fields.level }
        set { box = box.changing { $0.level = newValue } }
    }
    /// The knock-out threshold: a score below it caps the verdict.
    public var gate: Double? {
        get { box.fields.gate }
        set { box = box.changing { $0.gate = newValue } }
    }
    /// Whether an answer should come with evidence.
    public var evidenceExpected: Bool {
        get { box.fields.evidenceExpected }
        set { box = box.changing { $0.evidenceExpected = newValue } }
    }
    /// When the criterion applies; nil means always.
    public var when: Condition? {
        get { box.fields.when }
        set { box = box.changing { $0.when = newValue } }
    }
    /// Markdown advice shown when the score is below 1.
    public var advice: String? {
        get { box.fields.advice }
        set { box = box.changing { $0.advice = newValue } }
    }
    /// Markdown shown when the score is 1.
    public var strength: String? {
        get { box.fields.strength }
        set { box = box.changing { $0.strength = newValue } }
    }
    /// Ids of resources that help.
    public var resources: [String] {
        get { box.fields.resources }
        set { box = box.changing { $0.resources = newValue } }
    }
    /// Where the criterion starts in its rubric.
    public var location: SourceLocation {
        get { box.fields.location }
        set { box = box.changing { $0.location = newValue } }
    }

    /// Creates a criterion.
    public init(key: String, id: String, question: String, help: String? = nil, answer: AnswerKind,
                unit: String? = nil, weight: Double = 1, level: Int? = nil, gate: Double? = nil,
                evidenceExpected: Bool = false, when: Condition? = nil, advice: String? = nil,
                strength: String? = nil, resources: [String] = []) {
        box = SharedFields(Fields(key: key, id: id, question: question, help: help, answer: answer, unit: unit,
                         weight: weight, level: level, gate: gate, evidenceExpected: evidenceExpected,
                         when: when, advice: advice, strength: strength, resources: resources,
                         location: .start))
    }

    /// Compares every field.
    public static func == (lhs: Criterion, rhs: Criterion) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
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
