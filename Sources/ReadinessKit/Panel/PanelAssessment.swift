/// One assessment of a panel: a questionnaire, where it came from and its place in the input.
public struct PanelAssessment: Sendable {
    /// The questionnaire, already checked against the rubric.
    public var questionnaire: Questionnaire
    /// The rubric it was checked against.
    public var rubric: Rubric
    /// How it is named in messages: a path, or `file.csv:row`.
    public var source: String
    /// The file its diagnostics are located in (for a CSV row, the CSV file).
    public var path: String
    /// Where its header is in `path`: the start of a YAML file, a CSV row's first cell.
    public var location: SourceLocation
    /// Its position among all the run's assessments (input order).
    public var position: Int

    /// Creates an assessment.
    public init(
        questionnaire: Questionnaire, rubric: Rubric, source: String, path: String? = nil,
        location: SourceLocation = .start, position: Int
    ) {
        self.questionnaire = questionnaire
        self.rubric = rubric
        self.source = source
        self.path = path ?? source
        self.location = location
        self.position = position
    }

    /// The assessor's name as written (empty when missing).
    public var assessor: String { questionnaire.assessor ?? "" }

    /// Whether this is the founder's own assessment: the assessor `self`, in any ASCII case.
    public var isFounder: Bool { PanelAssessment.isFounder(assessor) }

    /// Whether an assessor name means the founder: `self` in any ASCII case, not trimmed.
    public static func isFounder(_ assessor: String) -> Bool {
        let bytes = Array(assessor.utf8)
        guard bytes.count == 4 else { return false }
        return zip(bytes, "self".utf8).allSatisfy { ($0 | 0x20) == $1 }
    }

    /// Whether `a` sorts before `b` in byte order (UTF-8), the order members are listed in.
    public static func byteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
