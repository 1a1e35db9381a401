import ReadinessKit

/// The formats a report can be written in; each has exactly one writer.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown.
    case markdown = "md"
    /// One self-contained HTML file.
    case html
    /// The report value with the result JSON inside (`ReportJSON`).
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

    /// The report in this format as UTF-8 bytes: the one place that maps a format to its writer.
    /// `facts` (derived on first use, in the words of `strings`) serves every format of one
    /// result, so a cohort derives them once per startup.
    public func render(
        _ result: AssessmentResult, rubric: Rubric, strings: Strings, templates: ReportTemplates = .standard,
        facts: inout ReportFacts?
    ) throws(TemplateError) -> [UInt8] {
        let derived = facts ?? ReportFacts(result, rubric: rubric, strings: strings)
        facts = derived
        switch self {
        case .markdown: return Array(MarkdownWriter.write(derived).utf8)
        case .html: return try HTMLWriter.bytes(derived, templates: templates)
        case .json: return Array(JSONWriter.write(derived, result: result).utf8)
        case .csv: return Array(CSVWriter.write(derived).utf8)
        }
    }

    /// The report in this format as text (`render` decoded), for callers that want a string.
    public func text(
        _ result: AssessmentResult, rubric: Rubric, strings: Strings, templates: ReportTemplates = .standard
    )
        throws(TemplateError) -> String
    {
        var facts: ReportFacts?
        let bytes = try render(result, rubric: rubric, strings: strings, templates: templates, facts: &facts)
        return String(decoding: bytes, as: UTF8.self)
    }
}
