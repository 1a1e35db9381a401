/// Located problems of a panel's inputs, for the CLI to print against their files.
public struct PanelFailure: Error, Sendable {
    /// The problems, in the order found.
    public var diagnostics: [Diagnostic]

    /// A failure with its problems.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

/// One problem of a panel that belongs to an assessment: its source and the located diagnostic.
public struct PanelProblem: Sendable {
    /// The assessment's source (a path, or `file.csv:row`).
    public var source: String
    /// The file the diagnostic's location is in.
    public var path: String
    /// What is wrong, and where.
    public var diagnostic: Diagnostic
}

/// The panel's diagnostic messages: for whoever prepares the input files, English like every
/// diagnostic of the kit.
enum PanelDiagnostics {
    static let missingAssessor = "missing required key 'assessor': a panel needs to know who assessed"

    static let conflictIncomplete = "a conflict needs an assessor and a startup"

    static func conflictsColumn(_ name: String) -> String {
        "a conflicts CSV needs an '\(name)' column"
    }

    static func secondFounder(_ startup: String, first: String) -> String {
        "a second 'self' assessment of '\(QuotedText.short(startup))' (the first is \(first)); this one is skipped"
    }

    static func secondAssessment(_ assessor: String, _ startup: String, first: String) -> String {
        "'\(QuotedText.short(assessor))' assesses '\(QuotedText.short(startup))' a second time (the first is \(first)); this one is skipped"
    }

    static func rubricMismatch(_ startup: String, rubric: String, first: String) -> String {
        "'\(QuotedText.short(startup))' is assessed with rubric '\(rubric)' here but not in \(first); this one is skipped"
    }
}
