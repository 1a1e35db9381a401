/// The questionnaire keys read before its rubric is known: which rubric it names.
public struct QuestionnaireHeader: Sendable, Equatable {
    /// The rubric id in `rubric:`, if any.
    public var rubric: String?
    /// Where `rubric:` is, if it is.
    public var rubricLocation: SourceLocation?
    /// The startup name in `startup:`, if it is text.
    public var startup: String?

    /// Reads the header from a questionnaire's YAML root.
    public init(_ root: YAMLNode) {
        if let node = root["rubric"], !node.isNull, let text = node.scalar {
            rubric = text
            rubricLocation = node.location
        }
        if let node = root["startup"], !node.isNull { startup = node.scalar }
    }

    /// Whether a YAML root looks like a rubric rather than a questionnaire (a rubric that
    /// `extends` another may have neither dimensions nor verdicts of its own).
    public static func looksLikeRubric(_ root: YAMLNode) -> Bool {
        root["dimensions"] != nil || ((root["verdicts"] != nil || root["extends"] != nil) && root["answers"] == nil)
    }
}
