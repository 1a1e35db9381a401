import ReadinessKit

/// The formats a report can be written in; each has exactly one writer.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown.
    case markdown = "md"
    /// One self-contained HTML file.
    case html
    /// The result JSON of the design brief.
    case json
    /// One row per criterion, RFC 4180.
    case csv

    /// The file extension, without a dot.
    public var fileExtension: String { rawValue }
}
