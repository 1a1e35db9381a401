import Foundation
import ReadinessKit
import ReadinessReports

/// Renders reports in any format with the chosen HTML templates.
struct ReportRenderer: Sendable {
    /// The parsed HTML templates.
    let templates: ReportTemplates

    /// A renderer with the default templates, or with a customised copy from a folder.
    ///
    /// A folder that cannot be read, or a template that does not parse, is printed as an error
    /// (`DIR/report.mustache:12:5: error: …`) and throws `ExitCode.failure`.
    static func load(templatesFolder: String?) throws -> ReportRenderer {
        guard let folder = templatesFolder else { return ReportRenderer(templates: .standard) }
        return ReportRenderer(templates: try TemplateFolder.load(folder))
    }

    /// The reports of one result as UTF-8 bytes, one per format, in order; the formats share
    /// one derivation of the report's facts. A customised template that runs past its limits
    /// throws its error.
    func render(_ formats: [ReportFormat], result: AssessmentResult, rubric: Rubric) throws(TemplateError)
        -> [(ReportFormat, [UInt8])]
    {
        var facts: ReportFacts?
        var reports: [(ReportFormat, [UInt8])] = []
        for format in formats {
            reports.append((format, try format.render(result, rubric: rubric, templates: templates, facts: &facts)))
        }
        return reports
    }
}

/// Writes each startup's reports as `<slug>.<ext>` into one folder, atomically.
struct ReportOutput {
    /// The folder to write to; created when missing.
    let folder: String
    /// The formats to write, in order.
    let formats: [ReportFormat]
    /// How to render them.
    let renderer: ReportRenderer

    /// The files written for one startup.
    struct Written {
        var startup: String
        var paths: [String]
    }

    /// Renders and writes every result's reports; slugs are unique in input order.
    ///
    /// `reserved` slugs (such as `cohort`) are never used for a startup.
    func write(_ items: [(result: AssessmentResult, rubric: Rubric)], reserved: Set<String> = []) throws -> [Written] {
        let slugs = Slug.unique(items.map(\.result.startup), reserved: reserved)
        var written: [Written] = []
        for (item, slug) in zip(items, slugs) {
            var paths: [String] = []
            for (format, bytes) in try renderer.render(formats, result: item.result, rubric: item.rubric) {
                let path = self.path(slug: slug, format: format)
                try AtomicWriter.write(bytes, to: path)
                paths.append(path)
            }
            written.append(Written(startup: item.result.startup, paths: paths))
        }
        return written
    }

    /// The path of a report: `<folder>/<slug>.<ext>`.
    func path(slug: String, format: ReportFormat) -> String {
        (folder as NSString).appendingPathComponent("\(slug).\(format.fileExtension)")
    }
}
