import ReadinessKit

/// Renders a panel's pages in every format: the one place that maps a format to a panel writer.
/// A startup's Markdown and HTML reports show the consensus through the assessment report's
/// own writers (`ReportFacts`), then the panel's sections.
public struct PanelPages: Sendable {
    /// The words and numbers.
    public let strings: Strings
    /// The HTML templates of the consensus part.
    public let templates: ReportTemplates
    /// Whether the run was normalised (`normalized_score` in the JSON).
    public let normalized: Bool
    /// The discuss threshold, named in the reports.
    public let discuss: Double

    /// Pages in the words of `strings`.
    public init(
        strings: Strings, templates: ReportTemplates = .standard, normalized: Bool,
        discuss: Double = PanelEngine.defaultDiscuss
    ) {
        self.strings = strings
        self.templates = templates
        self.normalized = normalized
        self.discuss = discuss
    }

    /// A startup's panel report as UTF-8 bytes.
    public func report(_ panel: PanelResult, format: ReportFormat) throws(TemplateError) -> [UInt8] {
        switch format {
        case .json: return compactJSON(panel) + [0x0A]
        case .csv: return Array(PanelCSVWriter.startup(panel).utf8)
        case .markdown, .html:
            let facts = ReportFacts(panel.result, rubric: panel.result.rubric, strings: strings)
            if format == .markdown {
                return Array(
                    PanelMarkdownWriter.write(panel, consensus: facts, strings: strings, discuss: discuss).utf8)
            }
            return Array(
                try PanelHTMLWriter.write(
                    panel, consensus: facts, templates: templates, strings: strings,
                    discuss: discuss
                ).utf8)
        }
    }

    /// A startup's panel JSON on one line, without the newline: its report file's and its
    /// element of `panel.json`.
    public func compactJSON(_ panel: PanelResult) -> [UInt8] {
        var out: [UInt8] = []
        PanelJSON.value(panel, normalized: normalized).writeCompact(into: &out)
        return out
    }

    /// The overview `panel.<ext>` as UTF-8 bytes; `slug` names each startup's report files and
    /// `json` gives a startup's `compactJSON` when the caller has it.
    public func overview(
        _ run: PanelRun, format: ReportFormat, slug: (PanelResult) -> String,
        json: ((PanelResult) -> [UInt8])? = nil
    ) -> [UInt8] {
        switch format {
        case .json: return PanelJSON.bytes(run, compact: json ?? compactJSON)
        case .csv: return Array(PanelCSVWriter.overview(run, slug: slug).utf8)
        case .markdown: return Array(PanelOverviewMarkdown.write(run, strings: strings, slug: slug).utf8)
        case .html: return Array(PanelOverviewHTML.write(run, strings: strings, slug: slug).utf8)
        }
    }
}
