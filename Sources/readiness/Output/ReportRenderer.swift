import ReadinessKit
import ReadinessReports

/// Renders reports in any format with the chosen HTML templates.
struct ReportRenderer: Sendable {
    /// The parsed HTML templates.
    let templates: ReportTemplates
    /// The words and numbers of reports whose rubric is in a language without a table.
    let strings: Strings

    /// A renderer with the default templates, or with a customised copy from a folder.
    ///
    /// A folder that cannot be read, or a template that does not parse, is printed as an error
    /// (`DIR/report.mustache:12:5: error: …`) and throws `ExitCode.failure`.
    static func load(templatesFolder: String?, strings: Strings) throws -> ReportRenderer {
        guard let folder = templatesFolder else { return ReportRenderer(templates: .standard, strings: strings) }
        return ReportRenderer(templates: try TemplateFolder.load(folder), strings: strings)
    }

    /// The reports of one result as UTF-8 bytes, one per format, in order; the formats share
    /// one derivation of the report's facts. A customised template that runs past its limits
    /// throws its error.
    func render(_ formats: [ReportFormat], result: AssessmentResult, rubric: Rubric) throws(TemplateError)
        -> [(ReportFormat, [UInt8])]
    {
        var facts: ReportFacts?
        var reports: [(ReportFormat, [UInt8])] = []
        let strings = Strings.of(rubric, else: strings)
        for format in formats {
            reports.append(
                (
                    format,
                    try format.render(result, rubric: rubric, strings: strings, templates: templates, facts: &facts)
                ))
        }
        return reports
    }
}
