import Foundation
import ReadinessKit
import ReadinessReports

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

    /// The slugs no startup's reports may take: the cohort overview's (`cohort.md`, …), so that
    /// `assess` into a batch's folder cannot replace it. `batch` reserves the same.
    static let reservedSlugs: Set<String> = ["cohort"]

    /// Renders and writes every result's reports; slugs are unique in input order.
    ///
    /// `reserved` slugs (`reservedSlugs` unless told) are never used for a startup.
    func write(
        _ items: [(result: AssessmentResult, rubric: Rubric)],
        reserved: Set<String> = ReportOutput.reservedSlugs
    ) throws(AtomicWriter.Failure) -> [Written] {
        let slugs = Slug.unique(items.map(\.result.startup), reserved: reserved)
        var written: [Written] = []
        for (item, slug) in zip(items, slugs) {
            var paths: [String] = []
            let reports: [(ReportFormat, [UInt8])]
            do throws(TemplateError) {
                reports = try renderer.render(formats, result: item.result, rubric: item.rubric)
            } catch {
                let template = "\(error.name).\(DefaultTemplates.fileExtension):\(error.line):\(error.column)"
                throw AtomicWriter.Failure(path: template, problem: .unrenderable(reason: error.message))
            }
            for (format, bytes) in reports {
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
