/// Decodes a questionnaire straight from libyaml's events, without building a `YAMLNode` tree
/// first: the fast path that lets a cohort of thousands cost little more than parsing it.
///
/// It takes only the ordinary shape and vouches for nothing else. Whenever `YAMLReader` and
/// `QuestionnaireDecoder` would say anything, an error or a warning, and whenever the file uses
/// something this path leaves to them (anchors, a number written `1_000`, an option spelled
/// with other code points), it returns nil; the caller then decodes the file the full way,
/// which explains every problem with its location. What it returns equals what the full way
/// returns: `EventDecoderEquivalenceTests` holds the two to that on real and mutated files.
public enum QuestionnaireEventDecoder {
    /// A questionnaire decoded on the fast path, with the rubric it was decoded against.
    public struct Decoded: Sendable {
        /// The questionnaire, as `QuestionnaireDecoder` would decode it.
        public var questionnaire: Questionnaire
        /// The rubric it was decoded and should be scored against.
        public var rubric: Rubric
    }

    /// Gives up on the fast path; the full decoder will explain why.
    struct GiveUp: Error {}

    /// Decodes questionnaire bytes, or returns nil to leave them to the full decoder.
    ///
    /// `rubric` is asked once for the rubric to decode against, with the text of `rubric:` if it
    /// came before `answers:` (nil otherwise); it returns nil to give up, when that names no
    /// rubric or an invalid one.
    public static func decode(bytes: [UInt8], limits: YAMLLimits = .standard,
                              rubric: (_ reference: String?) -> Rubric?) -> Decoded? {
        var body = bytes[...]
        // `YAMLReader` skips byte-order marks the same way, so locations agree.
        while body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.count <= limits.maxBytes, limits.maxDepth >= 4 else { return nil }
        return withoutActuallyEscaping(rubric) { rubric in
            body.withUnsafeBufferPointer { buffer -> Decoded? in
                guard let cursor = YAMLEventCursor(buffer) else { return nil }
                var reader = EventReader(cursor: cursor, maxNodes: limits.maxNodes, rubricFor: rubric)
                return try? reader.document()
            }
        }
    }
}
