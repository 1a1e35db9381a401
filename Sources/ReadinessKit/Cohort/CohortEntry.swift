/// One startup's line in a cohort overview: what the ranking, heat map and exports need.
///
/// Entries are small on purpose: a cohort keeps one per startup, never the full results.
public struct CohortEntry: Sendable, Equatable {
    /// The startup's name.
    public var startup: String
    /// The input it came from: a file path, or `file.csv:row`.
    public var source: String
    /// The slug its reports are written under.
    public var slug: String
    /// The overall score, 0–100.
    public var score: Double
    /// The verdict given.
    public var verdict: Verdict
    /// Each dimension's score in rubric order (nil when not applicable).
    public var dimensionScores: [Double?]
    /// Each dimension's level (0–9) in rubric order, when the rubric uses levels.
    public var levels: [UInt8]?
    /// Full ids of failed gates.
    public var gatesFailed: [String]
    /// How many applicable criteria are unanswered.
    public var unansweredCount: Int

    /// The entry for a result.
    public init(_ result: AssessmentResult, source: String, slug: String) {
        startup = result.startup
        self.source = source
        self.slug = slug
        score = result.score
        // The label in the language shown, as the entry's one-line form keeps it.
        verdict = Verdict(id: result.verdict.id, label: result.verdict.label, min: result.verdict.min)
        dimensionScores = result.dimensions.map(\.score)
        levels = result.usesLevels ? result.dimensions.map { UInt8(clamping: $0.level ?? 0) } : nil
        gatesFailed = result.gatesFailed
        unansweredCount = result.unanswered.count
    }
}

/// A questionnaire in a cohort that could not be scored, with its first problems.
public struct CohortFailure: Sendable, Equatable {
    /// The input it came from: a file path, or `file.csv:row`.
    public var source: String
    /// Its first problems, formatted `source:line:column: error: message`.
    public var messages: [String]

    /// Creates a failure.
    public init(source: String, messages: [String]) {
        self.source = source
        self.messages = messages
    }
}
