/// What looking up a questionnaire's rubric found: the rubric, or why there is none.
public enum RubricLookup: Sendable {
    /// The rubric to decode the answers against.
    case found(Rubric)
    /// The reference names no rubric (or there is no reference): an error at `rubric:`, or at
    /// the document when the file has no `rubric:`.
    case unknown(String)
    /// A reason outside the file (an override that names nothing, a rubric that is invalid):
    /// the file fails as a whole with this message and no location.
    case unusable(String)
}

extension QuestionnaireDecoder {
    /// A questionnaire decoded from a file, with its rubric and its warnings.
    public struct Decoded: Sendable {
        /// The questionnaire.
        public var questionnaire: Questionnaire
        /// The rubric it was decoded and should be scored against.
        public var rubric: Rubric
        /// Every warning, ordered by location.
        public var warnings: [Diagnostic]
    }

    /// Why a questionnaire file did not decode.
    public struct Failure: Error, Sendable {
        /// The problems located in the file, ordered by location.
        public var diagnostics: [Diagnostic]
        /// A problem with the file as a whole, without a location (see `RubricLookup.unusable`).
        public var message: String?
    }

    /// Decodes a questionnaire file's bytes: the one way from a file to a questionnaire.
    ///
    /// Reads the YAML, asks `rubric` once for the rubric that `rubric:` names (nil when the file
    /// names none), then decodes the answers against it. Out comes the questionnaire with its
    /// warnings, or every problem with its location.
    public static func decode(
        bytes: [UInt8], limits: YAMLLimits = .standard,
        rubric lookup: (_ reference: String?) -> RubricLookup
    ) -> Result<Decoded, Failure> {
        let read = YAMLReader.read(bytes: bytes, limits: limits)
        guard let root = read.root else {
            let diagnostics = read.diagnostics.isEmpty ? [Diagnostic.error(emptyMessage, at: .start)] : read.diagnostics
            return .failure(Failure(diagnostics: diagnostics.sortedByLocation()))
        }
        let header = QuestionnaireHeader(root)
        let rubric: Rubric
        switch lookup(header.rubric) {
        case .found(let found):
            rubric = found
        case .unknown(let message):
            let location = header.rubricLocation ?? root.location
            return .failure(
                Failure(diagnostics: (read.diagnostics + [.error(message, at: location)]).sortedByLocation()))
        case .unusable(let message):
            return .failure(Failure(diagnostics: [], message: message))
        }
        let decoded = decode(root, readDiagnostics: read.diagnostics, rubric: rubric)
        guard let questionnaire = decoded.questionnaire else {
            return .failure(Failure(diagnostics: decoded.diagnostics))
        }
        return .success(Decoded(questionnaire: questionnaire, rubric: rubric, warnings: decoded.diagnostics))
    }

    /// Decodes questionnaire text against a rubric known beforehand, by the same path as a file.
    public static func decode(_ text: String, rubric: Rubric) -> Output {
        switch decode(bytes: Array(text.utf8), rubric: { _ in .found(rubric) }) {
        case .success(let decoded): return Output(questionnaire: decoded.questionnaire, diagnostics: decoded.warnings)
        case .failure(let failure): return Output(questionnaire: nil, diagnostics: failure.diagnostics)
        }
    }

    // MARK: - Private

    private static let emptyMessage = "the questionnaire is empty; expected 'startup:' and 'answers:'"
}
