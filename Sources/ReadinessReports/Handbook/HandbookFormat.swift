import ReadinessKit

/// The formats a rubric handbook can be written in; each has exactly one writer.
public enum HandbookFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown.
    case markdown = "md"
    /// One self-contained HTML page that prints well on A4.
    case html

    /// The file extension, without a dot.
    public var fileExtension: String { rawValue }

    /// The handbook text in this format, in the words of `strings`: the one place that maps a
    /// format to its writer.
    public func render(_ rubric: Rubric, strings: Strings) -> String {
        switch self {
        case .markdown: return HandbookMarkdownWriter.write(rubric, strings: strings)
        case .html: return HandbookHTMLWriter.write(rubric, strings: strings)
        }
    }
}
