/// One question of a rubric and how its answer scores.
///
/// A value type whose fields live in one shared, immutable box: rubrics hand criteria
/// around constantly while scoring, and a copy then costs one reference count instead of one
/// per text field.
public struct Criterion: Sendable, Equatable {
    struct Fields: Equatable {
        var key: String
        var id: String
        var texts: CriterionTexts
        var answer: AnswerKind
        var weight: Double
        var level: Int?
        var gate: Double?
        var gateCap: String?
        var evidence: EvidenceRule
        var pass: Double?
        var when: Condition?
        var resources: [String]
        var location: SourceLocation
        var levelLocation: SourceLocation?
        var origin: String?
    }

    var box: SharedFields<Fields>

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
    /// Every human text of the criterion, in every language the rubric gives.
    public var texts: CriterionTexts {
        get { box.fields.texts }
        set { box = box.changing { $0.texts = newValue } }
    }
    /// What kind of answer it takes and how that scores.
    public var answer: AnswerKind {
        get { box.fields.answer }
        set { box = box.changing { $0.answer = newValue } }
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
    /// The knock-out threshold (`gate`, or `gate.below`): a counted score below it caps the verdict.
    public var gate: Double? {
        get { box.fields.gate }
        set { box = box.changing { $0.gate = newValue } }
    }
    /// The id of the verdict a failed gate caps at (`gate.cap`); nil caps at the second verdict.
    public var gateCap: String? {
        get { box.fields.gateCap }
        set { box = box.changing { $0.gateCap = newValue } }
    }
    /// What the criterion asks of an answer's evidence.
    public var evidence: EvidenceRule {
        get { box.fields.evidence }
        set { box = box.changing { $0.evidence = newValue } }
    }
    /// The score that passes this criterion's level (`pass`); nil means the rubric's `pass`.
    public var pass: Double? {
        get { box.fields.pass }
        set { box = box.changing { $0.pass = newValue } }
    }
    /// When the criterion applies; nil means always.
    public var when: Condition? {
        get { box.fields.when }
        set { box = box.changing { $0.when = newValue } }
    }
    /// Ids of resources that help.
    public var resources: [String] {
        get { box.fields.resources }
        set { box = box.changing { $0.resources = newValue } }
    }
    /// Where the criterion starts in the rubric file that holds it.
    public var location: SourceLocation {
        get { box.fields.location }
        set { box = box.changing { $0.location = newValue } }
    }
    /// Where its `level` key is, when it has one (for lint about the level).
    package var levelLocation: SourceLocation? {
        get { box.fields.levelLocation }
        set { box = box.changing { $0.levelLocation = newValue } }
    }
    /// The file that holds it when that is a base reached through `extends` (as the loader
    /// named it); nil for the rubric's own file.
    public var origin: String? {
        get { box.fields.origin }
        set { box = box.changing { $0.origin = newValue } }
    }

    /// Creates a criterion.
    public init(
        key: String, id: String, question: String, help: String? = nil, answer: AnswerKind,
        unit: String? = nil, weight: Double = 1, level: Int? = nil, gate: Double? = nil,
        evidenceExpected: Bool = false, when: Condition? = nil, advice: String? = nil,
        strength: String? = nil, resources: [String] = []
    ) {
        let texts = CriterionTexts(
            question: LocalizedText(question), help: help.map(LocalizedText.init),
            unit: unit.map(LocalizedText.init), advice: advice.map(LocalizedText.init),
            strength: strength.map(LocalizedText.init))
        box = SharedFields(
            Fields(
                key: key, id: id, texts: texts, answer: answer, weight: weight, level: level,
                gate: gate, gateCap: nil, evidence: evidenceExpected ? .expected : .optional,
                pass: nil, when: when, resources: resources, location: .start, levelLocation: nil,
                origin: nil))
    }

    /// Compares every field.
    public static func == (lhs: Criterion, rhs: Criterion) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Whether an answer should come with evidence (`evidence: expected` or `required`).
    public var evidenceExpected: Bool {
        get { evidence != .optional }
        set { evidence = newValue ? .expected : .optional }
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

/// What a criterion asks of an answer's evidence (`evidence:`).
public enum EvidenceRule: String, Sendable, Equatable, CaseIterable {
    /// Evidence is welcome, never asked for (`optional` or `none`).
    case optional
    /// An answer without evidence is flagged unverified and keeps its score.
    case expected
    /// An answer without evidence is flagged unverified and counts `score × unverified`.
    case required
}
