/// A startup's answers to a rubric's questions.
public struct Questionnaire: Sendable, Equatable {
    /// The startup's name.
    public var startup: String
    /// The rubric id it was written for, if given.
    public var rubric: String?
    /// The rubric version it was written for, if given.
    public var rubricVersion: String?
    /// Who assessed: `self` or a person's name, if given.
    public var assessor: String?
    /// The assessment date as `YYYY-MM-DD`, if given; reports use it, never the clock.
    public var date: String?
    /// The answers by full criterion id, in the order given.
    public var answers: [Answer]
    /// The language reports for this questionnaire are written in (`language:`), if given.
    public var language: String? = nil

    /// Creates a questionnaire.
    public init(
        startup: String, rubric: String? = nil, rubricVersion: String? = nil,
        assessor: String? = nil, date: String? = nil, answers: [Answer] = []
    ) {
        self.startup = startup
        self.rubric = rubric
        self.rubricVersion = rubricVersion
        self.assessor = assessor
        self.date = date
        self.answers = answers
    }

    /// The longest startup name accepted, in characters: names become file names and headings.
    public static let maxStartupLength = 200
    /// The error for a questionnaire whose `startup` is empty.
    static let emptyStartupMessage = "'startup' is empty; give the startup's name"

    /// The answer to a criterion, if any.
    public func answer(_ key: String) -> Answer? { answers.first { $0.criterion == key } }
}

/// One answer: a typed value plus optional evidence and note.
public struct Answer: Sendable, Equatable {
    /// The full criterion id.
    public var criterion: String
    /// The value, already checked against the criterion's answer kind.
    public var value: AnswerValue
    /// A link or reference backing the answer, if any.
    public var evidence: String?
    /// A free note, if any.
    public var note: String?
    /// Where the answer's key is in the questionnaire.
    public var location: SourceLocation

    /// Creates an answer.
    public init(
        criterion: String, value: AnswerValue, evidence: String? = nil, note: String? = nil,
        location: SourceLocation = .start
    ) {
        self.criterion = criterion
        self.value = value
        self.evidence = evidence
        self.note = note
        self.location = location
    }
}

/// A typed answer value.
public enum AnswerValue: Sendable, Equatable {
    /// A yes-no answer.
    case yesNo(Bool)
    /// A chosen option id.
    case choice(String)
    /// Chosen option ids, in the order given.
    case multiChoice([String])
    /// A whole scale value.
    case scale(Int)
    /// A number.
    case number(Double)
    /// Free text.
    case text(String)

    /// The values a `when` rule compares against: option ids, `yes`/`no`, or the number as text.
    public var conditionValues: [String] {
        switch self {
        case .yesNo(let yes): return [yes ? "yes" : "no"]
        case .choice(let id): return [id]
        case .multiChoice(let ids): return ids
        case .scale(let value): return [String(value)]
        case .number(let value): return [NumberText.canonical(value)]
        case .text(let text): return [text]
        }
    }
}
