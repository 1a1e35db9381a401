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

    /// The formats written when none are asked for: Markdown and HTML.
    public static let defaults: [ReportFormat] = [.markdown, .html]

    /// The file extension, without a dot.
    public var fileExtension: String { rawValue }

    /// The format named by a file extension or a common name (`md`, `markdown`, `html`, `htm`,
    /// `json`, `csv`), ignoring case; nil for anything else.
    public init?(name: String) {
        switch name.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The report text in this format: the one place that maps a format to its writer.
    public func render(_ result: AssessmentResult, rubric: Rubric, templates: ReportTemplates = .standard)
        throws(TemplateError) -> String
    {
        switch self {
        case .markdown: return MarkdownWriter.write(result, rubric: rubric)
        case .html: return try HTMLWriter.write(result, rubric: rubric, templates: templates)
        case .json: return JSONWriter.write(result)
        case .csv: return CSVWriter.write(result, rubric: rubric)
        }
    }

    /// The report as UTF-8 bytes, for writing to a file: the same text as `render`. The HTML
    /// page is rendered straight to bytes, and `facts` (derived on first use) serves every
    /// format of one result, so a cohort derives them once per startup.
    public func renderBytes(_ result: AssessmentResult, rubric: Rubric, templates: ReportTemplates = .standard,
                            facts: inout ReportFacts?) throws(TemplateError) -> [UInt8] {
        switch self {
        case .markdown, .html:
            let derived = facts ?? ReportFacts(result, rubric: rubric)
            facts = derived
            return self == .html ? try HTMLWriter.bytes(derived, templates: templates) : Array(MarkdownWriter.write(derived).utf8)
        case .json, .csv:
            return Array(try render(result, rubric: rubric, templates: templates).utf8)
        }
    }
}
